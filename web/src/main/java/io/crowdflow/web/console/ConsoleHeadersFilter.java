package io.crowdflow.web.console;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;

/**
 * Security headers on everything the WAR serves: the console's content security policy (no inline script,
 * connections only to this server and Keycloak), no MIME sniffing, no framing, no referrer, no powerful
 * browser features, a browsing context of its own. The API's JSON gets them too, which costs nothing and
 * protects a response opened directly in a browser; API answers (personal data, balances) are never cached.
 * HSTS is left to the TLS-terminating proxy or listener: on plain HTTP browsers ignore it.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ConsoleHeadersFilter extends HttpFilter {

    private transient ConsoleConfig config;

    @Override
    public void init() {
        config = ConsoleConfig.fromSettings();
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("Content-Security-Policy", config.contentSecurityPolicy());
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()");
        response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setHeader("Cache-Control", "no-store");
        }
        chain.doFilter(request, response);
    }
}
