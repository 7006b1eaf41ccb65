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

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import dev.camelgroq.responses.call.ResponsesCaller;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.response.OutboundHeaders;
import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.Exchange;
import org.apache.hc.core5.concurrent.FutureCallback;

/**
 * The streaming side of one exchange: every model call of its flow (tool rounds and repairs included) is sent with
 * {@code stream: true} through here; text deltas are forwarded to {@code streamTo} in order, one at a time; the time
 * to the first delta is put on the exchange when it completes.
 */
public final class StreamSession implements ResponsesCaller.Sender {

    private final Streaming streaming;
    private final Exchange exchange;
    private volatile long firstTokenMillis = -1;

    StreamSession(Streaming streaming, Exchange exchange) {
        this.streaming = streaming;
        this.exchange = exchange;
    }

    @Override
    public CompletableFuture<HttpAnswer> send(URI uri, Map<String, String> headers, byte[] body, long timeoutMillis) {
        Map<String, String> streamHeaders = new LinkedHashMap<>(headers);
        streamHeaders.put("Accept", "text/event-stream");
        InactivityTimer timer = new InactivityTimer(streaming.resources().scheduler(), timeoutMillis);
        StreamAttempt attempt = new StreamAttempt(this, timer, timeoutMillis);
        SseResponseConsumer consumer = new SseResponseConsumer(attempt, streaming.resources().limits());
        // no socket timeout: the timer is requestTimeout, and it does not count the pauses a slow streamTo causes
        Future<Void> request = streaming.resources().transport().postJson(uri, streamHeaders, body, 0, consumer,
                new FutureCallback<Void>() {
                    @Override
                    public void completed(Void ignored) {
                        // the consumer ends the attempt
                    }

                    @Override
                    public void failed(Exception cause) {
                        consumer.failed(cause);
                    }

                    @Override
                    public void cancelled() {
                        consumer.failed(new IOException("the streamed request to " + uri + " was cancelled"));
                    }
                });
        attempt.request(request);
        timer.start(() -> expire(consumer, request, new SocketTimeoutException(
                "no streamed event within requestTimeout=" + timeoutMillis + " ms")));
        // an answer that is not a stream (plain JSON, an error) is bounded like a plain call: all in by requestTimeout
        consumer.watchedBy(schedule(timeoutMillis, () -> {
            if (!consumer.streaming()) {
                expire(consumer, request, new SocketTimeoutException("no complete answer within requestTimeout="
                                                                     + timeoutMillis + " ms (headers and body)"));
            }
        }));
        // the longest the whole answer may take; it also cuts off a server that holds the connection after the end
        long streamTimeout = streaming.resources().limits().streamTimeoutMillis();
        consumer.watchedBy(schedule(streamTimeout,
                () -> expire(consumer, request, new StreamTimeoutException(streamTimeout))));
        attempt.result().whenComplete((answer, failure) -> {
            if (failure != null) {
                // a failed or abandoned attempt reads no further
                request.cancel(true);
            }
        });
        return attempt.result();
    }

    /** Ends the attempt with {@code cause} and stops reading. */
    private static void expire(SseResponseConsumer consumer, Future<Void> request, Exception cause) {
        consumer.failed(cause);
        request.cancel(true);
    }

    /** Runs {@code task} after {@code millis} on the scheduler (0: never); null when not scheduled. */
    private Future<?> schedule(long millis, Runnable task) {
        if (millis <= 0) {
            return null;
        }
        try {
            return streaming.resources().scheduler().schedule(task, millis, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping, which ends every call in flight anyway
            return null;
        }
    }

    /** Wraps the exchange's callback so the time to first token is set before the route continues. */
    public AsyncCallback completion(AsyncCallback callback) {
        return doneSync -> {
            if (firstTokenMillis >= 0) {
                OutboundHeaders.timeToFirstToken(exchange.getMessage(), firstTokenMillis);
            }
            callback.done(doneSync);
        };
    }

    EventPump newPump(EventPump.Handler handler, InactivityTimer timer) {
        return new EventPump(streaming.target() == null ? Runnable::run : streaming.resources().executor(), handler,
                Streaming.QUEUE_LIMIT_CHARS, Streaming.QUEUE_LIMIT_EVENTS, streaming.stats(), timer);
    }

    Exchange exchange() {
        return exchange;
    }

    /** A buffer for the deltas of one attempt when the endpoint coalesces them for streamTo, else null. */
    DeltaCoalescer newCoalescer() {
        return forwards() && streaming.coalescing().enabled() ? new DeltaCoalescer(streaming.coalescing()) : null;
    }

    /** Runs {@code flush} after streamMaxDelay (when set), so that buffered text does not wait longer. */
    void scheduleFlush(Runnable flush) {
        long delay = streaming.coalescing().maxDelayMillis();
        if (delay > 0) {
            schedule(delay, flush);
        }
    }

    /** Whether deltas go on to a {@code streamTo} route (else they only make up the final body). */
    boolean forwards() {
        return streaming.target() != null;
    }

    String streamToName() {
        return streaming.streamTo();
    }

    /**
     * The time to the first delta of an attempt whose deltas count: one that completed, or one whose deltas reached
     * {@code streamTo}. A discarded attempt (failed and retried) does not set it. The first such attempt wins.
     */
    void firstToken(long millis) {
        if (firstTokenMillis < 0 && millis >= 0) {
            firstTokenMillis = millis;
        }
    }

    /** Handles a delta; returns false when its delivery to streamTo completes later (then {@code resume} runs). */
    boolean delta(StreamEvent event, Runnable resume, Consumer<Throwable> abort) {
        AsyncProducer target = streaming.target();
        if (target == null) {
            return true;
        }
        Exchange delta = streaming.deltaExchange(exchange, event);
        boolean sync;
        try {
            sync = target.process(delta, doneSync -> {
                if (!doneSync) {
                    delivered(delta, abort);
                    resume.run();
                }
            });
        } catch (RuntimeException e) {
            delta.setException(e);
            sync = true;
        }
        if (sync) {
            delivered(delta, abort);
        }
        return sync;
    }

    private static void delivered(Exchange delta, Consumer<Throwable> abort) {
        if (delta.getException() != null) {
            abort.accept(delta.getException());
        }
    }
}
