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
package dev.camelgroq.responses.stream;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;

import dev.camelgroq.responses.http.AnswerTooLargeException;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;

/**
 * Reads one streamed attempt on the HTTP client's I/O thread. A 2xx {@code text/event-stream} answer is parsed as it
 * arrives and its events go through an {@link EventPump} (bounded, with read backpressure); any other answer (an
 * error status, or JSON when the server did not stream) is collected whole and handed on like a non-streamed answer.
 * Every byte counts against {@code maxResponseSize} (the whole stream, or the plain body), and a line or an event
 * against {@link StreamLimits#maxEventBytes()}: past a cap the read fails with {@link AnswerTooLargeException} and the
 * connection is dropped. After a terminal event, later bytes are counted but no longer parsed.
 */
final class SseResponseConsumer implements AsyncResponseConsumer<Void> {

    /** The read capacity granted at a time for a non-streamed answer (no backpressure needed). */
    private static final int PLAIN_CAPACITY = 1024 * 1024;

    private final StreamAttempt attempt;
    private final SseParser parser;
    private final long maxBytes;
    private final ByteArrayOutputStream plain = new ByteArrayOutputStream();
    private volatile boolean sse;
    private volatile FutureCallback<Void> done;
    private volatile boolean ended;
    private final List<Future<?>> deadlines = new ArrayList<>(2);
    private long read;

    SseResponseConsumer(StreamAttempt attempt, StreamLimits limits) {
        this.attempt = attempt;
        this.maxBytes = limits.maxResponseBytes();
        this.parser = new SseParser(event -> {
            StreamEvent actionable = StreamEvent.of(event);
            if (actionable != null) {
                attempt.offer(actionable);
            }
        }, limits.maxEventBytes());
    }

    /** Whether the answer is known to be a stream of events (false until its head arrived, and for plain answers). */
    boolean streaming() {
        return sse;
    }

    @Override
    public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                FutureCallback<Void> resultCallback) throws HttpException, IOException {
        attempt.timer().touch();
        Map<String, String> headers = new LinkedHashMap<>();
        for (Header h : response.getHeaders()) {
            headers.merge(h.getName(), h.getValue(), (a, b) -> a + "," + b);
        }
        int status = response.getCode();
        String type = entity == null ? null : entity.getContentType();
        sse = status >= 200 && status < 300 && type != null && type.toLowerCase().startsWith("text/event-stream");
        if (!sse) {
            // a plain answer is bounded like a plain call: by the deadline for headers and body, not by silence
            attempt.timer().cancel();
        }
        attempt.onHead(status, headers);
        done = resultCallback;
        if (entity == null) {
            end();
        }
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing for us
    }

    @Override
    public void updateCapacity(CapacityChannel channel) throws IOException {
        if (sse) {
            attempt.pump().updateCapacity(channel);
        } else {
            channel.update(PLAIN_CAPACITY);
        }
    }

    @Override
    public void consume(ByteBuffer src) throws IOException {
        if (ended) {
            // the attempt failed or was abandoned (a deadline, a cap): make the client drop the connection at once
            throw new IOException("the streamed attempt has ended: reading stopped");
        }
        attempt.timer().touch();
        read += src.remaining();
        if (maxBytes > 0 && read > maxBytes) {
            throw new AnswerTooLargeException(maxBytes);
        }
        if (!sse) {
            byte[] bytes = new byte[src.remaining()];
            src.get(bytes);
            plain.write(bytes, 0, bytes.length);
        } else if (attempt.pump().isStopped()) {
            // the attempt has its outcome: what a server sends after it is only counted
            src.position(src.limit());
        } else {
            try {
                parser.feed(src);
            } catch (UncheckedIOException tooLarge) {
                throw tooLarge.getCause();
            }
        }
    }

    @Override
    public void streamEnd(List<? extends Header> trailers) {
        end();
    }

    @Override
    public void failed(Exception cause) {
        if (!endOnce()) {
            return;
        }
        if (sse) {
            attempt.pump().offer(StreamEvent.failure(cause));
        } else {
            attempt.failPlain(cause);
        }
    }

    @Override
    public void releaseResources() {
        // nothing held beyond the attempt
    }

    /** Marks the answer ended and stops the inactivity timer; false when it had ended already. */
    private boolean endOnce() {
        List<Future<?>> toCancel;
        synchronized (this) {
            if (ended) {
                return false;
            }
            ended = true;
            toCancel = List.copyOf(deadlines);
            deadlines.clear();
        }
        attempt.timer().cancel();
        toCancel.forEach(d -> d.cancel(false));
        return true;
    }

    /**
     * Deadlines that watch this answer until its last byte (also after the attempt has its outcome, so a server that
     * keeps the connection open after the final event is still cut off); cancelled when the answer ends.
     */
    void watchedBy(Future<?> deadline) {
        if (deadline == null) {
            return;
        }
        synchronized (this) {
            if (!ended) {
                deadlines.add(deadline);
                return;
            }
        }
        deadline.cancel(false);
    }

    private void end() {
        if (!endOnce()) {
            return;
        }
        if (sse) {
            attempt.pump().offer(StreamEvent.end());
        } else {
            attempt.completePlain(plain.toByteArray());
        }
        FutureCallback<Void> callback = done;
        if (callback != null) {
            callback.completed(null);
        }
    }
}
