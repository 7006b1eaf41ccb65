/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.camelgroq.responses.test;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;

/**
 * Writes an answer onto an exchange, now or later, normally or with a transport fault. Delays are scheduled: no thread
 * waits while a reply is pending, so thousands of delayed answers can be in flight at once. Streamed answers are
 * written by {@code streamWriters}, never on a timer or HTTP handler thread: a write blocks while the client does not
 * read (its socket buffer is full), and a client that stops reading must stall only its own stream.
 */
final class ResponseWriter {

    private static final int TRICKLE_CHUNK = 24;

    private final ScheduledExecutorService scheduler;
    private final Executor streamWriters;

    ResponseWriter(ScheduledExecutorService scheduler, Executor streamWriters) {
        this.scheduler = scheduler;
        this.streamWriters = streamWriters;
    }

    void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body, Reply.Fault fault,
              Duration delay, Duration trickleInterval) {
        Runnable write = () -> write(exchange, status, headers, body, fault, trickleInterval);
        if (delay.isZero() || delay.isNegative()) {
            write.run();
        } else {
            scheduler.schedule(write, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    // --- streaming (issue 10) ---

    /**
     * Writes the events of a streamed 200 answer: all at once, trickled, or one every {@link StreamShape#eventDelay}
     * (scheduled), optionally dropping the connection after {@link StreamShape#cutAfterEvents} events; or one of the
     * hostile streams (a huge line, keep-alives forever, a flood of {@code flood} events).
     */
    void stream(HttpExchange exchange, Map<String, String> headers, List<byte[]> events, byte[] flood, Reply reply,
                Duration delay) {
        if (hostile(exchange, headers, events, flood, reply.hostile, delay)) {
            return;
        }
        StreamShape shape = reply.stream;
        if (shape.cutAfterEvents == null && shape.eventDelay.isZero()) {
            byte[] all = concat(events, events.size());
            Delivery delivery = reply.delivery;
            onStreamWriter(exchange, () -> write(exchange, 200, headers, all, delivery.fault, delivery.trickleInterval),
                    delay);
            return;
        }
        onStreamWriter(exchange, () -> {
            try {
                headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
                // a cut stream declares the full length, so closing early drops the connection
                exchange.sendResponseHeaders(200, shape.cutAfterEvents == null ? 0 : concat(events, events.size()).length);
                nextEvent(exchange, events, 0, shape);
            } catch (IOException | RuntimeException e) {
                exchange.close();
            }
        }, delay);
    }

    /** Runs {@code write} on a stream writer thread after {@code delay} (the timer only hands it over). */
    private void onStreamWriter(HttpExchange exchange, Runnable write, Duration delay) {
        Runnable handOver = () -> {
            try {
                streamWriters.execute(write);
            } catch (RejectedExecutionException closing) {
                exchange.close();
            }
        };
        if (delay.isZero() || delay.isNegative()) {
            handOver.run();
        } else {
            scheduler.schedule(handOver, delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private void nextEvent(HttpExchange exchange, List<byte[]> events, int index, StreamShape shape) {
        try {
            int i = index;
            do {
                if (i >= events.size() || (shape.cutAfterEvents != null && i >= shape.cutAfterEvents)) {
                    exchange.close();
                    return;
                }
                OutputStream out = exchange.getResponseBody();
                out.write(events.get(i));
                out.flush();
                i++;
            } while (shape.eventDelay.isZero());
            int next = i;
            onStreamWriter(exchange, () -> nextEvent(exchange, events, next, shape), shape.eventDelay);
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }

    private static byte[] concat(List<byte[]> parts, int count) {
        int length = 0;
        for (int i = 0; i < count; i++) {
            length += parts.get(i).length;
        }
        byte[] all = new byte[length];
        int at = 0;
        for (int i = 0; i < count; i++) {
            System.arraycopy(parts.get(i), 0, all, at, parts.get(i).length);
            at += parts.get(i).length;
        }
        return all;
    }

    // --- end streaming (issue 10) ---

    // --- hostile streams (issue 15) ---

    private static final int HOSTILE_CHUNK = 64 * 1024;
    private final AtomicInteger clientAborted = new AtomicInteger();
    private final AtomicLong hostileBytes = new AtomicLong();

    /** Streams of the hostile modes that ended because the client hung up before the emulator was done. */
    int clientAbortedStreams() {
        return clientAborted.get();
    }

    /** Bytes the hostile modes have written so far. */
    long hostileBytesWritten() {
        return hostileBytes.get();
    }

    void resetHostileCounters() {
        clientAborted.set(0);
        hostileBytes.set(0);
    }

    /** Whether {@code hostile} asks for a hostile stream; then it is written here and true is returned. */
    private boolean hostile(HttpExchange exchange, Map<String, String> headers, List<byte[]> events, byte[] flood,
                            HostileStream hostile, Duration delay) {
        if (hostile.hugeLineBytes > 0) {
            onStreamWriter(exchange, () -> hostileWrite(exchange, headers, out -> {
                byte[] chunk = new byte[HOSTILE_CHUNK];
                Arrays.fill(chunk, (byte) 'x');
                written(out, "data: ".getBytes(StandardCharsets.US_ASCII));
                for (long left = hostile.hugeLineBytes; left > 0; left -= chunk.length) {
                    out.write(chunk, 0, (int) Math.min(chunk.length, left));
                    hostileBytes.addAndGet(Math.min(chunk.length, left));
                }
                exchange.close();
            }), delay);
            return true;
        }
        if (hostile.keepAliveInterval != null) {
            onStreamWriter(exchange, () -> hostileWrite(exchange, headers,
                    out -> keepAlive(exchange, out, hostile.keepAliveInterval)), delay);
            return true;
        }
        if (flood != null) {
            onStreamWriter(exchange, () -> hostileWrite(exchange, headers, out -> {
                for (byte[] event : events) {
                    written(out, event);
                }
                for (int i = 0; i < hostile.floodEvents; i++) {
                    written(out, flood);
                }
                exchange.close();
            }), delay);
            return true;
        }
        return false;
    }

    /** Something to write onto an open response body. */
    private interface BodyWrite {
        void write(OutputStream out) throws IOException;
    }

    private void hostileWrite(HttpExchange exchange, Map<String, String> headers, BodyWrite write) {
        try {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(200, 0);
            write.write(exchange.getResponseBody());
        } catch (IOException | RuntimeException e) {
            clientAborted.incrementAndGet();
            exchange.close();
        }
    }

    private void written(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        hostileBytes.addAndGet(bytes.length);
    }

    private void keepAlive(HttpExchange exchange, OutputStream out, Duration interval) throws IOException {
        written(out, ": keep-alive\n\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        onStreamWriter(exchange, () -> {
            try {
                keepAlive(exchange, out, interval);
            } catch (IOException | RuntimeException e) {
                clientAborted.incrementAndGet();
                exchange.close();
            }
        }, interval);
    }

    // --- end hostile streams (issue 15) ---

    private void write(HttpExchange exchange, int status, Map<String, String> headers, byte[] body, Reply.Fault fault,
                       Duration trickleInterval) {
        try {
            headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            switch (fault) {
                case MALFORMED_JSON:
                    byte[] cut = Arrays.copyOf(body, Math.max(1, body.length / 2));
                    exchange.sendResponseHeaders(status, cut.length);
                    writeAndClose(exchange, cut);
                    break;
                case CLOSE_MID_BODY:
                    exchange.sendResponseHeaders(status, body.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    // closing with bytes missing makes the server drop the connection
                    exchange.close();
                    break;
                case NEVER_ANSWER:
                    // keep the exchange open: the client's deadline (or the emulator's close) ends it
                    break;
                case CHUNKED:
                    exchange.sendResponseHeaders(status, 0);
                    writeAndClose(exchange, body);
                    break;
                case TRICKLE:
                    exchange.sendResponseHeaders(status, body.length);
                    trickle(exchange, body, 0, trickleInterval);
                    break;
                default:
                    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
                    writeAndClose(exchange, body);
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }

    private void trickle(HttpExchange exchange, byte[] body, int offset, Duration interval) {
        try {
            int len = Math.min(TRICKLE_CHUNK, body.length - offset);
            OutputStream out = exchange.getResponseBody();
            out.write(body, offset, len);
            out.flush();
            if (offset + len >= body.length) {
                exchange.close();
            } else {
                scheduler.schedule(() -> trickle(exchange, body, offset + len, interval), interval.toNanos(),
                        TimeUnit.NANOSECONDS);
            }
        } catch (IOException | RuntimeException e) {
            exchange.close();
        }
    }

    private static void writeAndClose(HttpExchange exchange, byte[] body) throws IOException {
        try (OutputStream out = exchange.getResponseBody()) {
            if (body.length > 0) {
                out.write(body);
            }
        }
    }
}
