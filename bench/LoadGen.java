import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Fallback load generator of bench/run, used only when wrk is not installed. Run in its own JVM:
 * {@code java bench/LoadGen.java URL CONNECTIONS SECONDS PAGES}. Each of CONNECTIONS threads sends
 * GET URL?size=20&page=N (N drawn from 0..PAGES-1 with a fixed seed) back to back for SECONDS and
 * prints one line: {@code requests=R seconds=S rps=X errors=E p50ms=A p99ms=B}.
 */
public class LoadGen {

	public static void main(String[] args) throws Exception {
		String url = args[0];
		int connections = Integer.parseInt(args[1]);
		double seconds = Double.parseDouble(args[2]);
		int pages = Integer.parseInt(args[3]);
		HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
		AtomicBoolean running = new AtomicBoolean(true);
		List<Thread> threads = new ArrayList<>();
		long[][] latencies = new long[connections][];
		int[] counts = new int[connections];
		int[] errors = new int[connections];
		for (int t = 0; t < connections; t++) {
			int id = t;
			latencies[id] = new long[1 << 16];
			Thread thread = new Thread(() -> {
				Random random = new Random(20240601L + id);
				while (running.get()) {
					HttpRequest request = HttpRequest
						.newBuilder(URI.create(url + "?size=20&page=" + random.nextInt(pages)))
						.timeout(Duration.ofSeconds(30))
						.build();
					long started = System.nanoTime();
					try {
						HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
						if (response.statusCode() >= 400) {
							errors[id]++;
						}
					}
					catch (Exception ex) {
						errors[id]++;
					}
					if (!running.get()) {
						break;
					}
					if (counts[id] == latencies[id].length) {
						latencies[id] = Arrays.copyOf(latencies[id], counts[id] * 2);
					}
					latencies[id][counts[id]++] = System.nanoTime() - started;
				}
			});
			threads.add(thread);
		}
		long started = System.nanoTime();
		threads.forEach(Thread::start);
		Thread.sleep((long) (seconds * 1000));
		running.set(false);
		double elapsed = (System.nanoTime() - started) / 1e9;
		for (Thread thread : threads) {
			thread.join(35_000);
		}
		int total = Arrays.stream(counts).sum();
		long[] all = new long[total];
		int at = 0;
		for (int t = 0; t < connections; t++) {
			System.arraycopy(latencies[t], 0, all, at, counts[t]);
			at += counts[t];
		}
		Arrays.sort(all);
		System.out.printf("requests=%d seconds=%.2f rps=%.2f errors=%d p50ms=%.1f p99ms=%.1f%n", total, elapsed,
				total / elapsed, Arrays.stream(errors).sum(), percentile(all, 0.50), percentile(all, 0.99));
		System.exit(0);
	}

	private static double percentile(long[] sorted, double p) {
		return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (sorted.length * p))] / 1e6;
	}
}
