package io.crowdflow.bench.load;

import jakarta.json.JsonObject;

/** Creates load-test users in the realm through Keycloak's admin REST API (master realm admin), once. */
final class KeycloakUsers {

    private final Http http;
    private final String base;
    private final String adminToken;

    KeycloakUsers(Http http, String keycloak, String admin, String password) {
        this.http = http;
        this.base = keycloak + "/admin/realms/crowdflow";
        this.adminToken = http.form("setup", keycloak + "/realms/master/protocol/openid-connect/token",
                        "grant_type=password&client_id=admin-cli&username=" + LoadDriver.enc(admin) + "&password="
                                + LoadDriver.enc(password), null)
                .expect(200, "Keycloak admin token").object().getString("access_token");
    }

    /** The user's id; the user is created with password = user name and the realm role, if absent. */
    String ensure(String username, String role) {
        String id = find(username);
        if (id == null) {
            http.post("setup", base + "/users", adminToken, """
                    {"username": "%s", "enabled": true, "emailVerified": true, "email": "%s@load.example",
                     "firstName": "Load", "lastName": "Test",
                     "credentials": [{"type": "password", "value": "%s", "temporary": false}]}"""
                    .formatted(username, username, username), null).expect(201, "create " + username);
            id = find(username);
            JsonObject roleRep = http.get("setup", base + "/roles/" + role, adminToken).expect(200, "role").object();
            http.post("setup", base + "/users/" + id + "/role-mappings/realm", adminToken,
                    "[" + roleRep + "]", null).expect(204, "grant " + role);
        }
        return id;
    }

    private String find(String username) {
        var users = http.get("setup", base + "/users?exact=true&username=" + LoadDriver.enc(username), adminToken)
                .expect(200, "find " + username).json().asJsonArray();
        return users.isEmpty() ? null : users.getJsonObject(0).getString("id");
    }
}
