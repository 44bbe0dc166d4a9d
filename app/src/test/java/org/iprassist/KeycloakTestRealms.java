package org.iprassist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The realms the Keycloak suite imports. {@code gx} is the repository's realm definition
 * ({@code docs/keycloak/gx-realm.json}) as shipped, with the portal client's redirect URIs pointed
 * at the application's test port and these test-only additions:
 * <ul>
 * <li>{@code ipr-test}: a public client with the password grant, whose tokens name the API in
 * {@code aud} — the way the tests obtain bearer tokens;</li>
 * <li>{@code ipr-test-other-audience}: the same without the API in {@code aud};</li>
 * <li>{@code ipr-test-short-lived}: like {@code ipr-test}, with tokens that live 3 seconds;</li>
 * <li>{@code liuzhou-admin}: unit admin and staff of {@code gx-liuzhou}, for the isolation
 * harness.</li>
 * </ul>
 * {@code zz} and {@code gd} are copies of that realm under other names: same clients, users and
 * organizations, so their tokens claim exactly what {@code gx} tokens claim, but from another
 * issuer. Nobody configures {@code zz}; {@code gd} becomes a trusted province's realm when
 * {@link KeycloakProvinceIsolationTests} onboards the province.
 */
final class KeycloakTestRealms {

	static final String TEST_CLIENT = "ipr-test";

	static final String OTHER_AUDIENCE_CLIENT = "ipr-test-other-audience";

	static final String SHORT_LIVED_CLIENT = "ipr-test-short-lived";

	static final int SHORT_LIFESPAN_SECONDS = 3;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private KeycloakTestRealms() {
	}

	static void write(Path importDir, int appPort) throws IOException {
		Path source = Path.of(System.getProperty("basedir", "."), "..", "docs", "keycloak", "gx-realm.json");
		ObjectNode gx = (ObjectNode) JSON.readTree(Files.readString(source));
		ObjectNode portal = client(gx, "ipr-portal");
		portal.put("rootUrl", "http://localhost:" + appPort);
		portal.set("redirectUris", JSON.valueToTree(List.of("http://localhost:" + appPort + "/login/oauth2/code/*")));
		((ObjectNode) portal.get("attributes")).put("post.logout.redirect.uris", "http://localhost:" + appPort + "/*");
		ArrayNode clients = (ArrayNode) gx.get("clients");
		clients.add(testClient(TEST_CLIENT, true, Map.of()));
		clients.add(testClient(OTHER_AUDIENCE_CLIENT, false, Map.of()));
		clients.add(testClient(SHORT_LIVED_CLIENT, true,
				Map.of("access.token.lifespan", String.valueOf(SHORT_LIFESPAN_SECONDS))));
		ObjectNode liuzhouAdmin = ((ObjectNode) user(gx, "liuzhou-staff")).deepCopy();
		liuzhouAdmin.put("username", "liuzhou-admin");
		liuzhouAdmin.put("email", "liuzhou-admin@test.ipr-assist.example");
		liuzhouAdmin.set("realmRoles", JSON.valueToTree(List.of("default-roles-gx", "STAFF", "UNIT_ADMIN")));
		((ArrayNode) gx.get("users")).add(liuzhouAdmin);
		for (JsonNode organization : gx.get("organizations")) {
			if (organization.get("alias").asString().equals("gx-liuzhou")) {
				((ArrayNode) organization.get("members")).add(JSON.valueToTree(Map.of("username", "liuzhou-admin")));
			}
		}
		Files.writeString(importDir.resolve("gx-realm.json"), JSON.writeValueAsString(gx));
		writeCopy(gx, "zz", "An untrusted realm (test only)", importDir);
		writeCopy(gx, "gd", "Another province's realm (test only)", importDir);
	}

	private static void writeCopy(ObjectNode gx, String realm, String displayName, Path importDir) throws IOException {
		ObjectNode copy = gx.deepCopy();
		copy.put("realm", realm);
		copy.put("displayName", displayName);
		Files.writeString(importDir.resolve(realm + "-realm.json"),
				JSON.writeValueAsString(copy).replace("default-roles-gx", "default-roles-" + realm));
	}

	private static ObjectNode testClient(String clientId, boolean apiAudience, Map<String, String> attributes) {
		ObjectNode client = JSON.createObjectNode();
		client.put("clientId", clientId);
		client.put("enabled", true);
		client.put("protocol", "openid-connect");
		client.put("publicClient", true);
		client.put("standardFlowEnabled", false);
		client.put("directAccessGrantsEnabled", true);
		client.set("attributes", JSON.valueToTree(attributes));
		client.set("defaultClientScopes",
				JSON.valueToTree(List.of("basic", "profile", "email", "roles", "web-origins", "acr")));
		client.set("optionalClientScopes", JSON.valueToTree(List.of("organization")));
		if (apiAudience) {
			client.set("protocolMappers", JSON.valueToTree(List.of(Map.of("name", "audience ipr-api", "protocol",
					"openid-connect", "protocolMapper", "oidc-audience-mapper", "config",
					Map.of("included.client.audience", "ipr-api", "access.token.claim", "true")))));
		}
		return client;
	}

	private static ObjectNode client(ObjectNode realm, String clientId) {
		for (JsonNode client : realm.get("clients")) {
			if (client.get("clientId").asString().equals(clientId)) {
				return (ObjectNode) client;
			}
		}
		throw new IllegalStateException("The realm has no client " + clientId);
	}

	private static JsonNode user(ObjectNode realm, String username) {
		for (JsonNode user : realm.get("users")) {
			if (user.get("username").asString().equals(username)) {
				return user;
			}
		}
		throw new IllegalStateException("The realm has no user " + username);
	}
}
