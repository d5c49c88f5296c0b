package org.nec.gateway;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.springframework.web.servlet.function.ServerRequest;

/**
 * A forwarded request whose body can be sent again to another instance: the proxy reads the servlet's input
 * stream once, so a body up to {@link #REPLAYABLE} bytes is held in memory and each attempt reads it afresh. A
 * larger body is streamed through once and never replayed.
 */
final class ReplayableRequest {

    static final int REPLAYABLE = 1024 * 1024;

    private final ServerRequest original;
    private final byte[] head;
    private final InputStream rest;

    private ReplayableRequest(ServerRequest original, byte[] head, InputStream rest) {
        this.original = original;
        this.head = head;
        this.rest = rest;
    }

    static ReplayableRequest of(ServerRequest request) throws IOException {
        InputStream in = request.servletRequest().getInputStream();
        byte[] head = in.readNBytes(REPLAYABLE + 1);
        return new ReplayableRequest(request, head, head.length > REPLAYABLE ? in : null);
    }

    boolean replayable() {
        return rest == null;
    }

    /** A fresh request for one attempt, reading the body from its start. */
    ServerRequest attempt() {
        InputStream body = rest == null ? new ByteArrayInputStream(head)
                : new SequenceInputStream(new ByteArrayInputStream(head), rest);
        HttpServletRequest servlet = new HttpServletRequestWrapper(original.servletRequest()) {
            @Override
            public ServletInputStream getInputStream() {
                return new Body(body);
            }
        };
        return ServerRequest.create(servlet, original.messageConverters());
    }

    private static final class Body extends ServletInputStream {

        private final InputStream in;

        Body(InputStream in) {
            this.in = in;
        }

        @Override
        public int read() throws IOException {
            return in.read();
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return in.read(buffer, offset, length);
        }

        @Override
        public boolean isFinished() {
            try {
                return in.available() == 0;
            } catch (IOException e) {
                return true;
            }
        }

        @Override
        public boolean isReady() {
            return true;
        }

        @Override
        public void setReadListener(ReadListener listener) {
            throw new UnsupportedOperationException("blocking reads only");
        }
    }
}
