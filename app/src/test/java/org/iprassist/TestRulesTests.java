package org.iprassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rules for the tests of every module, read from their sources: a test waits for the condition it
 * needs (Awaitility), never a fixed time; each test method sets up what it needs, so none depends
 * on the order methods run in; and nothing a test starts binds a fixed port, which fails as soon as
 * anything else on the machine listens there. Sources rather than classes, because the other
 * modules' test classes are not on this module's class path, and because the method-order default
 * can also be set in {@code junit-platform.properties}.
 */
class TestRulesTests {

	private static final Map<String, Pattern> RULES = Map.of(
			"waits a fixed time instead of for a condition (use Awaitility)",
			Pattern.compile("\\bThread\\s*\\.\\s*sleep\\s*\\(|\\bTimeUnit\\s*\\.\\s*\\w+\\s*\\.\\s*sleep\\s*\\("),
			"orders test methods (each test method sets up what it needs)",
			Pattern.compile("@TestMethodOrder\\b|\\bMethodOrderer\\b|@Order\\b|junit\\.jupiter\\.testmethod\\.order"),
			"binds a fixed port (use port 0 and read the port taken)",
			Pattern.compile("server\\.port\"?\\s*[=:,]\\s*\"?[1-9]|new\\s+ServerSocket\\s*\\(\\s*[1-9]"));

	@Test
	void noTestOfAnyModuleSleepsOrdersItsMethodsOrBindsAFixedPort() {
		Path root = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().getParent();
		List<Path> sources = testSources(root);
		assertThat(sources).as("test sources found under " + root)
			.extracting(source -> root.relativize(source).getName(0).toString())
			.contains("core", "tenants", "module-cases", "module-experts", "module-appraisal", "app");
		List<Path> checked = sources.stream().filter(source -> !source.endsWith("TestRulesTests.java")).toList();
		assertThat(violations(checked)).isEmpty();
	}

	@Test
	void eachRuleFindsWhatItForbids(@TempDir Path root) throws IOException {
		Path module = root.resolve("module-bad");
		Path source = module.resolve("src/test/java/BadTests.java");
		Files.createDirectories(source.getParent());
		Files.writeString(source, """
				@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
				class BadTests {
					@Test @Order(1) void first() throws Exception { Thread.sleep(500); }
					@Test void second() throws Exception { TimeUnit.SECONDS.sleep(1); }
					@Test void third() { run("--server.port=8080"); new ServerSocket(8080); }
				}
				""");
		Path properties = module.resolve("src/test/resources/junit-platform.properties");
		Files.createDirectories(properties.getParent());
		Files.writeString(properties, "junit.jupiter.testmethod.order.default=org.junit.jupiter.api.MethodOrderer$MethodName\n");
		assertThat(violations(testSources(root))).hasSize(6);
		Files.writeString(source, """
				class GoodTests {
					@Test void waits() { await().until(done::get); run("--server.port=0"); new ServerSocket(0); }
				}
				""");
		Files.delete(properties);
		assertThat(violations(testSources(root))).isEmpty();
	}

	private static List<Path> testSources(Path root) {
		try (Stream<Path> modules = Files.list(root)) {
			List<Path> sources = new ArrayList<>();
			for (Path test : modules.map(module -> module.resolve("src/test")).filter(Files::isDirectory).toList()) {
				try (Stream<Path> files = Files.walk(test)) {
					files.filter(file -> file.toString().endsWith(".java") || file.toString().endsWith(".properties"))
						.forEach(sources::add);
				}
			}
			return sources;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static List<String> violations(List<Path> sources) {
		List<String> violations = new ArrayList<>();
		for (Path source : sources) {
			List<String> lines = read(source);
			for (int i = 0; i < lines.size(); i++) {
				for (var rule : RULES.entrySet()) {
					if (rule.getValue().matcher(lines.get(i)).find()) {
						violations.add(source + ":" + (i + 1) + " " + rule.getKey() + ": " + lines.get(i).strip());
					}
				}
			}
		}
		return violations;
	}

	private static List<String> read(Path source) {
		try {
			return Files.readAllLines(source);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
