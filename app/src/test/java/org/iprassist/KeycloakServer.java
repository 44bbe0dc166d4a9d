package org.iprassist;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;

import org.awaitility.core.ConditionTimeoutException;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.awaitility.Awaitility.await;

/**
 * A real Keycloak ({@code keycloak-quarkus-dist}, unpacked by the build into
 * {@code target/keycloak}) for the Keycloak suite: started once per test run in dev mode on
 * 127.0.0.1 with the realms of {@link KeycloakTestRealms} imported ({@code gx} from
 * {@code docs/keycloak/gx-realm.json} plus test-only clients and users, and two copies) — and stopped by its own process id, descendants included, when the run ends
 * (JUnit closes it from the root store; a shutdown hook covers a JVM that dies first).
 * <p>
 * Keycloak 26 needs Java 21+: it runs on {@code IPR_KEYCLOAK_JAVA_HOME} or the first JDK 21+ under
 * {@code /usr/lib/jvm}. When Keycloak or such a JDK is missing, the suite fails, it never skips.
 */
final class KeycloakServer {

	static final String ADMIN = "admin";

	static final String ADMIN_PASSWORD = "admin-test-only";

	/** Demo secrets of docs/keycloak/gx-realm.json: for demo and tests only. */
	static final String PORTAL_SECRET = "DEMO-ONLY-portal-secret-change-me";

	static final String PROVISIONING_SECRET = "DEMO-ONLY-provisioning-secret-change-me";

	static final String PASSWORD = "Demo-Passw0rd";

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static KeycloakServer running;

	private final Path home;

	private final Path javaHome;

	private final int port;

	private final int managementPort;

	private final int appPort;

	private Process process;

	private KeycloakServer(Path home, Path javaHome) {
		this.home = home;
		this.javaHome = javaHome;
		this.port = freePort();
		this.managementPort = freePort();
		this.appPort = freePort();
	}

	static synchronized KeycloakServer started() {
		if (running == null) {
			KeycloakServer server = new KeycloakServer(keycloakHome(), javaHome());
			server.start(true);
			Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
			running = server;
		}
		return running;
	}

	String issuer(String realm) {
		return "http://127.0.0.1:" + port + "/realms/" + realm;
	}

	int appPort() {
		return appPort;
	}

	String appUrl(String path) {
		return "http://localhost:" + appPort + path;
	}

	/**
	 * Starts the server; with {@code fresh}, on an empty database with the realms imported.
	 */
	synchronized void start(boolean fresh) {
		long startedAt = System.nanoTime();
		try {
			Path data = home.resolve("data");
			if (fresh) {
				deleteRecursively(data);
				Files.createDirectories(data.resolve("import"));
				KeycloakTestRealms.write(data.resolve("import"), appPort);
			}
			ProcessBuilder builder = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
					"--import-realm", "--http-host=127.0.0.1", "--http-port=" + port,
					"--http-management-port=" + managementPort, "--hostname-strict=false");
			builder.environment().put("JAVA_HOME", javaHome.toString());
			builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", ADMIN);
			builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", ADMIN_PASSWORD);
			builder.redirectErrorStream(true);
			builder.redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("keycloak.log").toFile()));
			process = builder.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start Keycloak from " + home, ex);
		}
		awaitReady();
		System.out.printf("Keycloak ready on port %d after %d ms (pid %d)%n", port,
				Duration.ofNanos(System.nanoTime() - startedAt).toMillis(), process.pid());
	}

	/**
	 * Stops the server and every process it started, by process id.
	 */
	synchronized void stop() {
		if (process == null) {
			return;
		}
		ProcessHandle handle = process.toHandle();
		List<ProcessHandle> descendants = handle.descendants().toList();
		handle.destroy();
		descendants.forEach(ProcessHandle::destroy);
		for (ProcessHandle each : Stream.concat(Stream.of(handle), descendants.stream()).toList()) {
			try {
				each.onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
			}
			catch (Exception ex) {
				each.destroyForcibly();
			}
		}
		process = null;
	}

	private void awaitReady() {
		URI discovery = URI.create(issuer("gx") + "/.well-known/openid-configuration");
		try {
			await().atMost(Duration.ofSeconds(240)).pollInterval(Duration.ofMillis(500)).until(() -> {
				if (!process.isAlive()) {
					throw new IllegalStateException("Keycloak exited with " + process.exitValue() + "; see " + logFile());
				}
				return answers(discovery);
			});
		}
		catch (ConditionTimeoutException ex) {
			stop();
			throw new IllegalStateException("Keycloak was not ready within 240 s; see " + logFile());
		}
	}

	private static boolean answers(URI discovery) throws InterruptedException {
		try {
			return HTTP.send(HttpRequest.newBuilder(discovery).GET().build(), HttpResponse.BodyHandlers.discarding())
				.statusCode() == 200;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private Path logFile() {
		return home.resolve("keycloak.log");
	}

	/**
	 * An access token by the resource owner password grant of a test-only client.
	 */
	String token(String realm, String clientId, String username) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("grant_type", "password");
		form.put("client_id", clientId);
		form.put("username", username);
		form.put("password", PASSWORD);
		form.put("scope", "openid organization");
		return JsonPath.read(post(issuer(realm) + "/protocol/openid-connect/token", form, null), "$.access_token");
	}

	/**
	 * The aliases of the organizations in a realm, read through the admin REST API as the bootstrap
	 * admin.
	 */
	List<String> organizationAliases(String realm) {
		Map<String, String> form = Map.of("grant_type", "password", "client_id", "admin-cli", "username", ADMIN,
				"password", ADMIN_PASSWORD);
		String admin = JsonPath.read(post(issuer("master") + "/protocol/openid-connect/token", form, null),
				"$.access_token");
		HttpRequest request = HttpRequest
			.newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/realms/" + realm
					+ "/organizations?briefRepresentation=true&max=1000"))
			.header("Authorization", "Bearer " + admin)
			.GET()
			.build();
		return JsonPath.read(send(request), "$[*].alias");
	}

	private static String post(String url, Map<String, String> form, String bearer) {
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body));
		Optional.ofNullable(bearer).ifPresent(token -> request.header("Authorization", "Bearer " + token));
		return send(request.build());
	}

	private static String send(HttpRequest request) {
		try {
			HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() >= 300) {
				throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
						+ response.body());
			}
			return response.body();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Path keycloakHome() {
		Path home = Path.of(System.getProperty("ipr.keycloak.home",
				Path.of(System.getProperty("basedir", "."), "target/keycloak/keycloak-26.7.3").toString()));
		if (!Files.isExecutable(home.resolve("bin/kc.sh"))) {
			throw new IllegalStateException("No Keycloak at " + home
					+ ": run the suite through Maven (`./mvnw verify`), which unpacks org.keycloak:keycloak-quarkus-dist");
		}
		return home;
	}

	/**
	 * Keycloak 26 runs on Java 21 or later; the build itself may run on 17.
	 */
	private static Path javaHome() {
		String configured = System.getenv("IPR_KEYCLOAK_JAVA_HOME");
		if (configured != null) {
			return Path.of(configured);
		}
		if (Runtime.version().feature() >= 21) {
			return Path.of(System.getProperty("java.home"));
		}
		try (Stream<Path> jdks = Files.list(Path.of("/usr/lib/jvm"))) {
			return jdks.filter(jdk -> javaVersion(jdk) >= 21)
				.max(Comparator.comparingInt(KeycloakServer::javaVersion))
				.orElseThrow(() -> new IllegalStateException(
						"Keycloak needs a JDK 21+: none under /usr/lib/jvm; set IPR_KEYCLOAK_JAVA_HOME"));
		}
		catch (IOException ex) {
			throw new IllegalStateException("Keycloak needs a JDK 21+: set IPR_KEYCLOAK_JAVA_HOME", ex);
		}
	}

	private static int javaVersion(Path jdk) {
		try {
			Path release = jdk.resolve("release");
			if (!Files.isRegularFile(release) || !Files.isExecutable(jdk.resolve("bin/java"))) {
				return 0;
			}
			for (String line : Files.readAllLines(release)) {
				if (line.startsWith("JAVA_VERSION=")) {
					String version = line.substring("JAVA_VERSION=".length()).replace("\"", "");
					return Integer.parseInt(version.split("[.+-]")[0]);
				}
			}
			return 0;
		}
		catch (IOException | NumberFormatException ex) {
			return 0;
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static void deleteRecursively(Path path) throws IOException {
		if (!Files.exists(path)) {
			return;
		}
		try (Stream<Path> files = Files.walk(path)) {
			for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(file);
			}
		}
	}

	/**
	 * Makes sure the server runs and that JUnit stops it when the whole run ends (values of the root
	 * store are closed then).
	 */
	static final class Running implements BeforeAllCallback {

		@Override
		public void beforeAll(ExtensionContext context) {
			KeycloakServer server = started();
			context.getRoot()
				.getStore(ExtensionContext.Namespace.create(KeycloakServer.class))
				.computeIfAbsent("keycloak", key -> (AutoCloseable) server::stop, AutoCloseable.class);
		}
	}

	/**
	 * Points the application under test at the running server: keycloak mode, the {@code gx} realm
	 * trusted for Guangxi and as the platform issuer, a one-second clock skew so an expired token is
	 * refused seconds after it expires, and the port the portal client's redirect URI names.
	 */
	static final class Properties implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			KeycloakServer server = started();
			Map<String, Object> properties = Map.of("ipr.auth.mode", "keycloak", "ipr.auth.keycloak.realms.gx",
					server.issuer("gx"), "ipr.auth.keycloak.platform-issuer", server.issuer("gx"),
					"ipr.auth.keycloak.clock-skew", "1s", "ipr.auth.keycloak.portal.client-secret", PORTAL_SECRET,
					"ipr.auth.keycloak.admin.client-secret", PROVISIONING_SECRET, "ipr.auth.keycloak.admin.timeout",
					"3s", "server.port", server.appPort());
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ipr-keycloak", properties));
		}
	}
}
