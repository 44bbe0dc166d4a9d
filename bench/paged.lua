-- wrk script for bench/run: GET <url>?page=N&size=20 with N uniformly drawn from 0..BENCH_PAGES-1.
-- Each thread draws its own sequence from a fixed seed, so A and B rounds see the same page mix.
local pages = tonumber(os.getenv("BENCH_PAGES") or "250")
local seed = 20240601
local counter = 0

function setup(thread)
  counter = counter + 1
  thread:set("id", counter)
end

function init(args)
  math.randomseed(seed + (id or 0))
end

function request()
  return wrk.format("GET", wrk.path .. "?size=20&page=" .. math.random(0, pages - 1))
end
