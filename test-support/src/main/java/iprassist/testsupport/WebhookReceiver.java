package iprassist.testsupport;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * A platform's webhook receiver on loopback, as a platform would write it: it checks the signature
 * with the webhook secret and acknowledges with 204 only if it is valid; while "down" it answers 503.
 */
public class WebhookReceiver implements AutoCloseable {

	public final List<Received> received = new CopyOnWriteArrayList<>();

	private final HttpServer server;

	private final Map<String, String> secrets;

	public volatile boolean down;

	public WebhookReceiver(Map<String, String> secretsByPath) throws IOException {
		this.secrets = secretsByPath;
		server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		server.createContext("/", exchange -> {
			try (InputStream in = exchange.getRequestBody()) {
				String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				String timestamp = exchange.getRequestHeaders().getFirst("X-IPR-Timestamp");
				String signature = exchange.getRequestHeaders().getFirst("X-IPR-Signature");
				String secret = secrets.get(exchange.getRequestURI().getPath());
				boolean valid = secret != null && timestamp != null && signature != null
						&& signature.equals("sha256=" + hmac(secret, timestamp + "." + body));
				received.add(new Received(exchange.getRequestURI().getPath(), body, valid, down));
				exchange.sendResponseHeaders(down ? 503 : valid ? 204 : 401, -1);
			}
			finally {
				exchange.close();
			}
		});
		server.start();
	}

	public String url(String path) {
		return "http://127.0.0.1:" + server.getAddress().getPort() + path;
	}

	public static String hmac(String secret, String data) {
		try {
			javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
			mac.init(new javax.crypto.spec.SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return java.util.HexFormat.of().formatHex(mac.doFinal(data.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Override
	public void close() {
		server.stop(0);
	}

	public record Received(String path, String body, boolean signatureValid, boolean whileDown) {
	}
}
