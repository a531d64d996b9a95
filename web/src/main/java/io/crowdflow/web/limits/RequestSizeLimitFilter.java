package io.crowdflow.web.limits;

import io.crowdflow.web.problem.Problem;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Refuses a request body larger than its {@link BodyLimit} with 413 {@code payload-too-large}, before the
 * API reads it into memory. A client that asked {@code Expect: 100-continue} (curl does for large bodies) is
 * refused before it sends the body. Otherwise the body is read and discarded up to {@link #DRAIN_CAP}, so that
 * the client, still sending, gets to read the answer; a larger one gets the answer and a closed connection.
 * A chunked body is read up to one byte past the limit and then either refused or handed on from that buffer.
 * Bodies over 64 MiB never get here: Undertow's {@code max-post-size} (configure-platform.cli) refuses them.
 */
@WebFilter(urlPatterns = {"/api/*", "/engine-rest/*"}, asyncSupported = true)
public class RequestSizeLimitFilter extends HttpFilter {

    /** The most an oversized body is read (and thrown away) so that its sender can read the refusal. */
    static final long DRAIN_CAP = 10L << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        long limit = BodyLimit.forPath(request.getRequestURI().substring(request.getContextPath().length()));
        long declared = request.getContentLengthLong();
        boolean waitsToSend = "100-continue".equalsIgnoreCase(request.getHeader("Expect"));
        if (declared > limit) {
            boolean drained = !waitsToSend && declared <= DRAIN_CAP && drain(request, declared);
            refuse(response, limit, declared + " bytes", !drained);
            return;
        }
        if (declared < 0 && request.getHeader("Transfer-Encoding") != null) {
            byte[] body = request.getInputStream().readNBytes((int) limit + 1);
            if (body.length > limit) {
                refuse(response, limit, "more than " + BodyLimit.describe(limit), !drain(request, DRAIN_CAP));
                return;
            }
            chain.doFilter(new BufferedBody(request, body), response);
            return;
        }
        chain.doFilter(request, response);
    }

    /** Reads the rest of the body and throws it away; false when it was longer than {@code max} or broke off. */
    private static boolean drain(HttpServletRequest request, long max) {
        try {
            var in = request.getInputStream();
            byte[] buffer = new byte[64 * 1024];
            long read = 0;
            int n;
            while ((n = in.read(buffer)) >= 0) {
                read += n;
                if (read > max) {
                    return false;
                }
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void refuse(HttpServletResponse response, long limit, String size, boolean close)
            throws IOException {
        String json = new Problem("payload-too-large", "Content Too Large", 413, "the request body has " + size
                + "; this endpoint accepts at most " + BodyLimit.describe(limit)).toJson();
        response.setStatus(413);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        if (close) {
            // the body was not read to its end: this connection cannot carry another request
            response.setHeader("Connection", "close");
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** The request with its body replaced by the bytes already read. */
    static final class BufferedBody extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new IllegalStateException("the body is already buffered; read it synchronously");
                }

                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }
            };
        }
    }
}
