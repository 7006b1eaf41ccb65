package dev.camelgroq.responses.request;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLConnection;

/**
 * Reads a resource given by an {@code http:} / {@code https:} URI (a JSON schema, a tool list) with a deadline and a
 * size cap, so a slow, silent or endless server cannot stall the start of a route or fill the heap.
 */
final class HttpResources {

    /** The whole download must be done within this time. */
    static final int TIMEOUT_MILLIS = 10_000;
    /** The largest resource read (a JSON schema or tool list is far smaller). */
    static final int MAX_BYTES = 4 * 1024 * 1024;

    private HttpResources() {
    }

    static InputStream open(String uri) throws IOException {
        return open(uri, TIMEOUT_MILLIS);
    }

    static InputStream open(String uri, int timeoutMillis) throws IOException {
        URLConnection connection = URI.create(uri).toURL().openConnection();
        connection.setConnectTimeout(timeoutMillis);
        connection.setReadTimeout(timeoutMillis);
        connection.setUseCaches(false);
        return new Deadline(connection.getInputStream(), timeoutMillis, uri);
    }

    /** All bytes of {@code in}, refused past {@link #MAX_BYTES}. */
    static byte[] readCapped(InputStream in, String uri) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = in.read(buffer)) >= 0) {
            if (out.size() + n > MAX_BYTES) {
                throw new IOException(uri + " is larger than " + MAX_BYTES + " bytes");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** Fails a read once the whole download has taken longer than the timeout (each read is itself bounded). */
    private static final class Deadline extends java.io.FilterInputStream {
        private final long deadlineNanos;
        private final int timeoutMillis;
        private final String uri;

        Deadline(InputStream in, int timeoutMillis, String uri) {
            super(in);
            this.deadlineNanos = System.nanoTime() + timeoutMillis * 1_000_000L;
            this.timeoutMillis = timeoutMillis;
            this.uri = uri;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            if (System.nanoTime() > deadlineNanos) {
                throw new SocketTimeoutException("reading " + uri + " took longer than " + timeoutMillis + " ms");
            }
            return super.read(b, off, len);
        }
    }
}
