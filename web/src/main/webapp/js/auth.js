// Login through Keycloak with keycloak-js: authorization code flow with PKCE (S256), public client.
// Tokens stay in keycloak-js's memory; a reload asks Keycloak again (its session cookie makes that quick).
import Keycloak from '../vendor/keycloak-js/keycloak.js';

const ROLES = ['requester', 'worker', 'reviewer', 'compliance-officer', 'process-designer', 'admin'];

export async function startAuth(config) {
    const keycloak = new Keycloak({
        url: config.keycloak.url,
        realm: config.keycloak.realm,
        clientId: config.keycloak.clientId
    });
    const home = location.origin + location.pathname;
    const authenticated = await keycloak.init({
        pkceMethod: 'S256',
        checkLoginIframe: false,
        responseMode: 'fragment',
        redirectUri: home
    });
    keycloak.onTokenExpired = () => keycloak.updateToken(30).catch(() => keycloak.login({redirectUri: home}));

    return {
        authenticated,
        login: (locale) => keycloak.login({redirectUri: home, locale}),
        logout: () => keycloak.logout({redirectUri: home}),
        username: () => keycloak.tokenParsed?.preferred_username ?? '',
        subject: () => keycloak.subject,
        /** The platform roles of the person, in a fixed order. */
        roles: () => ROLES.filter((role) => keycloak.hasRealmRole(role)),
        token: () => keycloak.token,
        fresh: () => keycloak.updateToken(30)
    };
}
