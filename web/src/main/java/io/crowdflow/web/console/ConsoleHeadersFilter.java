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
 * connections only to this server and Keycloak), no MIME sniffing, no framing, no referrer. The API's JSON
 * gets them too, which costs nothing and protects a response opened directly in a browser.
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
        chain.doFilter(request, response);
    }
}
