package org.nec.platform.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Request bodies are capped on the bytes actually read, not on what {@code Content-Length} announces, so a chunked
 * body is capped too: reading past the cap fails with {@link BodyTooLarge}, answered 413 by
 * {@link ProblemDetailsAdvice}, or here when it escapes a page. A body announced larger is refused before it is read.
 */
final class BodyCap extends OncePerRequestFilter {

    private final long maxBytes;

    BodyCap(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            tooLarge(response);
            return;
        }
        CappedRequest capped = new CappedRequest(request, maxBytes);
        try {
            chain.doFilter(capped, response);
        } catch (IOException | ServletException | RuntimeException failure) {
            if (!capped.exceeded || response.isCommitted()) {
                throw failure;
            }
            response.reset();
            tooLarge(response);
        }
    }

    private void tooLarge(HttpServletResponse response) throws IOException {
        response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
                + "\"detail\":\"" + BodyTooLarge.detail(maxBytes) + "\"}").getBytes(StandardCharsets.UTF_8));
    }

    /** A body read beyond the cap. An {@link IOException}, as any failure to read the body. */
    static final class BodyTooLarge extends IOException {

        BodyTooLarge(long maxBytes) {
            super(detail(maxBytes));
        }

        static String detail(long maxBytes) {
            return "The request body is larger than " + maxBytes / 1024 + " KB.";
        }
    }

    private static final class CappedRequest extends HttpServletRequestWrapper {

        private final long maxBytes;
        private ServletInputStream stream;
        private volatile boolean exceeded;

        CappedRequest(HttpServletRequest request, long maxBytes) {
            super(request);
            this.maxBytes = maxBytes;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream());
            }
            return stream;
        }

        @Override
        public BufferedReader getReader() throws IOException {
            String charset = getCharacterEncoding() == null ? "UTF-8" : getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        private final class CountingStream extends ServletInputStream {

            private final ServletInputStream body;
            private long read;

            CountingStream(ServletInputStream body) {
                this.body = body;
            }

            @Override
            public int read() throws IOException {
                int b = body.read();
                count(b < 0 ? 0 : 1);
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = body.read(buffer, offset, length);
                count(Math.max(n, 0));
                return n;
            }

            private void count(int bytes) throws BodyTooLarge {
                read += bytes;
                if (read > maxBytes) {
                    exceeded = true;
                    throw new BodyTooLarge(maxBytes);
                }
            }

            @Override
            public boolean isFinished() {
                return body.isFinished();
            }

            @Override
            public boolean isReady() {
                return body.isReady();
            }

            @Override
            public void setReadListener(ReadListener listener) {
                body.setReadListener(listener);
            }
        }
    }
}
