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

import java.net.SocketTimeoutException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.call.Bulkhead;
import dev.camelgroq.responses.call.Failures;
import dev.camelgroq.responses.http.AnswerTooLargeException;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.response.OutboundHeaders;

/**
 * One HTTP attempt of a streamed call. Its events are handled in order: deltas go to the session (and on to
 * {@code streamTo}); {@code response.completed} ends the attempt with an {@link HttpAnswer} whose body is the final
 * response object, so the caller maps it exactly like a non-streamed answer; every other ending is a
 * {@link StreamFailure}.
 */
final class StreamAttempt implements EventPump.Handler {

    private final StreamSession session;
    private final long startNanos = System.nanoTime();
    private final long timeoutMillis;
    private final CompletableFuture<HttpAnswer> result = new CompletableFuture<>();
    private final EventPump pump;
    private final InactivityTimer timer;
    /**
     * Joins deltas on the I/O thread before they are queued for streamTo (streamMinChars, streamMaxDelay), so that
     * a delta that is only buffered costs no hand-over to the delivering thread; null: each delta is queued alone.
     * Guarded by itself (the I/O thread and the streamMaxDelay timer use it).
     */
    private final DeltaCoalescer coalescer;
    private volatile int status;
    private volatile Map<String, String> headers = Map.of();
    private volatile Future<?> request;
    private volatile long firstDeltaMillis = -1;
    /** Deltas of this attempt handed to streamTo: once there is one, this model call is not attempted again. */
    private volatile int forwarded;

    StreamAttempt(StreamSession session, InactivityTimer timer, long timeoutMillis) {
        this.session = session;
        this.timer = timer;
        this.timeoutMillis = timeoutMillis;
        this.pump = session.newPump(this, timer);
        this.coalescer = session.newCoalescer();
    }

    EventPump pump() {
        return pump;
    }

    /**
     * Queues an event of the stream (on the I/O thread). With coalescing, a delta is buffered and only joined text
     * is queued; what is still buffered is queued before {@code response.completed}, so that it reaches streamTo
     * before the exchange completes. Other endings drop it: it was not forwarded.
     */
    void offer(StreamEvent event) {
        if (coalescer == null) {
            pump.offer(event);
            return;
        }
        synchronized (coalescer) {
            // queued under the lock, so that the timer's flush cannot overtake a later delta
            if (event.kind() == StreamEvent.Kind.DELTA) {
                firstDeltaArrived();
                queue(coalescer.add(event, () -> session.scheduleFlush(this::flushDue)));
                return;
            }
            if (event.kind() == StreamEvent.Kind.COMPLETED) {
                queue(coalescer.rest());
            }
            pump.offer(event);
        }
    }

    /** The streamMaxDelay timer: queues the buffered text when it has waited long enough. */
    private void flushDue() {
        synchronized (coalescer) {
            queue(coalescer.due());
        }
    }

    private void queue(StreamEvent joined) {
        if (joined != null) {
            pump.offer(joined);
        }
    }

    private void firstDeltaArrived() {
        if (firstDeltaMillis < 0) {
            firstDeltaMillis = (System.nanoTime() - startNanos) / 1_000_000;
        }
    }

    InactivityTimer timer() {
        return timer;
    }

    CompletableFuture<HttpAnswer> result() {
        return result;
    }

    void request(Future<?> request) {
        this.request = request;
    }

    void onHead(int status, Map<String, String> headers) {
        this.status = status;
        this.headers = headers;
    }

    void completePlain(byte[] body) {
        result.complete(new HttpAnswer(status, headers, body));
    }

    void failPlain(Exception cause) {
        result.completeExceptionally(cause);
    }

    @Override
    public boolean handle(StreamEvent event, Runnable resume) {
        if (result.isDone()) {
            return true;
        }
        try {
            switch (event.kind()) {
                case DELTA:
                    firstDeltaArrived();
                    if (session.forwards()) {
                        forwarded++;
                    }
                    return session.delta(event, resume, this::abort);
                case COMPLETED:
                    finish(event.json().path("response"));
                    break;
                case INCOMPLETE:
                    incomplete(event.json().path("response"));
                    break;
                case FAILED:
                    JsonNode response = event.json().path("response");
                    markStatus(response);
                    fail(failure(response.path("error"), "response.failed"), null);
                    break;
                case ERROR:
                    JsonNode error = event.json().path("error").isObject() ? event.json().path("error") : event.json();
                    fail(failure(error, "an error event"), null);
                    break;
                case END:
                    fail(details("stream_cut", "the stream ended before response.completed", true), null);
                    break;
                case TRANSPORT_FAILURE:
                    transportFailure(event.failure());
                    break;
                default:
                    break;
            }
        } catch (JsonProcessingException | RuntimeException e) {
            fail(details("stream_error", "cannot handle a streamed event: " + e, false), e);
        }
        return true;
    }

    private void finish(JsonNode response) throws JsonProcessingException {
        if (!response.isObject()) {
            fail(details("stream_error", "response.completed carries no response object", true), null);
            return;
        }
        pump.stop();
        session.firstToken(firstDeltaMillis);
        result.complete(new HttpAnswer(status, headers, Json.MAPPER.writeValueAsBytes(response)));
    }

    private void incomplete(JsonNode response) {
        markStatus(response);
        String reason = response.path("incomplete_details").path("reason").asText(null);
        GroqResponsesException.Details d = details("incomplete", "the streamed response is incomplete"
                                                                 + (reason == null ? "" : " (reason " + reason + ")"),
                false);
        d.code(reason == null ? "incomplete" : reason);
        fail(d, null);
    }

    private void transportFailure(Throwable cause) {
        if (cause instanceof StreamTimeoutException) {
            fail(details("stream_timeout", cause.getMessage(), true).type("timeout"), cause);
        } else if (cause instanceof AnswerTooLargeException) {
            fail(details("response_too_large", cause.getMessage(), false).type("response_too_large"), cause);
        } else if (cause instanceof Bulkhead.FullException) {
            fail(details(Failures.BULKHEAD_FULL, "no thread to deliver the stream: " + cause.getMessage(), true)
                    .type(Failures.BULKHEAD_FULL), cause);
        } else if (cause instanceof SocketTimeoutException) {
            fail(details("stream_timeout", "no streamed event for requestTimeout=" + timeoutMillis + " ms", true)
                    .type("timeout"), cause);
        } else {
            fail(details("stream_cut", "the stream broke before response.completed: " + cause, true), cause);
        }
    }

    /** The streamTo endpoint failed on a delta: stop reading and end the call with that failure. */
    private void abort(Throwable cause) {
        Future<?> r = request;
        if (r != null) {
            r.cancel(true);
        }
        fail(details("stream_to_failed", "the streamTo endpoint " + session.streamToName() + " failed on a delta: "
                                         + cause.getMessage(),
                false), cause);
    }

    private void markStatus(JsonNode response) {
        OutboundHeaders.endState(session.exchange().getMessage(), response);
    }

    /** An error object of an event; a request error is not worth another attempt, a server-side one is. */
    private GroqResponsesException.Details failure(JsonNode error, String what) {
        String message = error.path("message").asText("no message");
        // a top-level error event's own "type" is "error": that names the event, not the kind of failure
        String type = error.path("type").asText("error");
        type = "error".equals(type) ? "stream_error" : type;
        GroqResponsesException.Details d = details(error.path("code").asText(null), what + ": " + message,
                !"invalid_request_error".equals(type));
        return d.type(type).param(error.path("param").asText(null));
    }

    private GroqResponsesException.Details details(String code, String message, boolean retryable) {
        boolean retry = retryable && forwarded == 0;
        String note = forwarded == 0 ? "" : "; " + forwarded + " delta(s) had already been forwarded"
                                            + (session.streamToName() == null ? "" : " to " + session.streamToName())
                                            + ", so the route has seen partial text and the call is not retried";
        return new GroqResponsesException.Details().status(status).type("stream_error").code(code)
                .requestId(header("x-request-id"))
                .retryable(retry).message(message + note);
    }

    private String header(String name) {
        for (Map.Entry<String, String> e : headers.entrySet()) {
            if (e.getKey().equalsIgnoreCase(name)) {
                return e.getValue();
            }
        }
        return null;
    }

    private void fail(GroqResponsesException.Details details, Throwable cause) {
        pump.stop();
        if (forwarded > 0) {
            session.firstToken(firstDeltaMillis);
        }
        result.completeExceptionally(new StreamFailure(details, cause));
    }
}
