package io.crowdflow.web.console;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** {@code GET /crowdflow/config.json}: where the console logs in. Public: it holds nothing secret. */
@WebServlet("/config.json")
public class ConsoleConfigServlet extends HttpServlet {

    private transient ConsoleConfig config;

    @Override
    public void init() {
        config = ConsoleConfig.fromSettings();
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write(config.json());
    }
}
