// Login through Keycloak with keycloak-js: authorization code flow with PKCE (S256), public client.
// Tokens stay in keycloak-js's memory, never in storage or a URL. On every page load keycloak-js asks
// Keycloak (prompt=none, a redirect) whether the browser has a session, so a reload keeps one logged in.
// The code comes back in the query string (responseMode 'query'), which keeps the console's #/route,
// and keycloak-js removes it from the address at once; it is single-use and useless without the PKCE
// verifier.
import Keycloak from '../vendor/keycloak-js/keycloak.js';

const ROLES = ['requester', 'worker', 'reviewer', 'compliance-officer', 'process-designer', 'admin'];

export async function startAuth(config) {
    const keycloak = new Keycloak({
        url: config.keycloak.url,
        realm: config.keycloak.realm,
        clientId: config.keycloak.clientId
    });
    const home = location.origin + location.pathname;
    const here = () => home + location.hash;
    const authenticated = await keycloak.init({
        onLoad: 'check-sso',
        pkceMethod: 'S256',
        checkLoginIframe: false,
        responseMode: 'query',
        redirectUri: here()
    });
    keycloak.onTokenExpired = () => keycloak.updateToken(30).catch(() => keycloak.login({redirectUri: here()}));

    return {
        authenticated,
        login: (locale) => keycloak.login({redirectUri: here(), locale}),
        logout: () => keycloak.logout({redirectUri: home}),
        username: () => keycloak.tokenParsed?.preferred_username ?? '',
        subject: () => keycloak.subject,
        /** The platform roles of the person, in a fixed order. */
        roles: () => ROLES.filter((role) => keycloak.hasRealmRole(role)),
        token: () => keycloak.token,
        fresh: () => keycloak.updateToken(30)
    };
}
