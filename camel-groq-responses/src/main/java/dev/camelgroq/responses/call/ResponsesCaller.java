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
package dev.camelgroq.responses.call;

import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.http.GroqApi;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.ratelimit.Permit;
import dev.camelgroq.responses.ratelimit.RateLimitBucket;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import dev.camelgroq.responses.request.CallSpec;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.response.ErrorMapper;
import dev.camelgroq.responses.response.FailedAnswers;
import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Performs one logical Responses call for an endpoint: waits for rate-limit budget, posts the request, and on a
 * retryable failure schedules another attempt (never parking a thread). Ends in a {@link CallResult} or a
 * {@link GroqResponsesException} that says how many attempts were made.
 */
public final class ResponsesCaller {

    private static final Logger LOG = LoggerFactory.getLogger(ResponsesCaller.class);

    /**
     * What an endpoint gives its caller. {@code api} says where Groq is and holds the credential;
     * {@code timeoutMillis} bounds each whole attempt (0: no deadline); {@code maxResponseBytes} and
     * {@code maxRequestBytes} cap what is read and sent (0: no cap).
     */
    public record Settings(String step, GroqApi api, boolean inferenceMetrics, long timeoutMillis,
                           RetryPolicy retry, RateLimitGovernor governor, long outputTokensEstimate,
                           long maxResponseBytes, long maxRequestBytes) {
    }

    private final GroqHttpTransport transport;
    private final ScheduledExecutorService scheduler;
    private final Settings settings;
    private final Map<String, String> headers;
    private final Set<Call> inFlight = ConcurrentHashMap.newKeySet();
    private volatile boolean stopped;
    private CallObserver observer = CallObserver.NONE;

    public ResponsesCaller(GroqHttpTransport transport, ScheduledExecutorService scheduler, Settings settings) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.settings = settings;
        this.headers = settings.api().headers(settings.inferenceMetrics());
    }

    /** Reports calls to {@code observer} (set once, when the endpoint starts). */
    public void observeWith(CallObserver observer) {
        this.observer = observer == null ? CallObserver.NONE : observer;
    }

    /** One call in flight: the request and where its outcome goes. */
    private final class Call {
        final String model;
        final byte[] body;
        final long inputTokens;
        final Long outputCap;
        final RateLimitBucket bucket;
        final CompletableFuture<CallResult> result = new CompletableFuture<>();
        final long started = System.nanoTime();
        long waited;
        /** Failed attempts that count against maxRetries (waits for rate limits do not). */
        int failures;
        /** Milliseconds waited for rate limits: the governor's queue and Groq's 429 delays. */
        long rateLimitWaited;
        Sender sender;
        boolean streamed;
        volatile int attempts;
        volatile CompletableFuture<HttpAnswer> http;
        volatile Future<?> backoff;
        volatile CompletableFuture<Permit> admission;

        Call(String model, byte[] body, long inputTokens, Long outputCap, RateLimitBucket bucket) {
            this.model = model;
            this.body = body;
            this.inputTokens = inputTokens;
            this.outputCap = outputCap;
            this.bucket = bucket;
        }
    }

    /** Sends one attempt's bytes and returns its answer; the default posts JSON, a streamed call reads events. */
    @FunctionalInterface
    public interface Sender {
        CompletableFuture<HttpAnswer> send(URI uri, Map<String, String> headers, byte[] body, long timeoutMillis);
    }

    /**
     * Sends {@code request}, the JSON of the call {@code spec} describes (its model and output cap are read from the
     * spec, never from the JSON), each attempt through {@code sender} (null: a plain JSON post); rate limits and
     * retries apply as usual. The future completes on an I/O or scheduler thread.
     */
    public CompletableFuture<CallResult> call(CallSpec spec, ObjectNode request, Sender sender) {
        String model = spec.model();
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Cannot serialize the request", e));
        }
        if (settings.maxRequestBytes() > 0 && body.length > settings.maxRequestBytes()) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("groq-responses:" + settings.step()
                    + ": the request is " + body.length + " bytes, more than maxInputSize=" + settings.maxRequestBytes()
                    + " bytes: shorten the input (or the conversation) or raise maxInputSize"));
        }
        if (stopped) {
            return CompletableFuture.failedFuture(Failures.stopped(settings.step(), model, 0));
        }
        RateLimitBucket bucket = settings.governor() == null ? null
                : settings.governor().bucket(settings.api().apiKey(), model);
        Call call = new Call(model, body, (body.length + 3) / 4, spec.maxOutputTokens(), bucket);
        call.streamed = sender != null;
        call.sender = sender != null ? sender
                : (u, h, b, t) -> transport.postJson(u, h, b, t, settings.maxResponseBytes());
        inFlight.add(call);
        call.result.whenComplete((r, t) -> inFlight.remove(call));
        if (stopped) {
            abort(call);
        }
        attempt(call, 1);
        return call.result;
    }

    /**
     * Ends every call still waiting (on the wire, for rate-limit budget or in a retry backoff) with a
     * {@link Failures#STOPPED} exception, and refuses new ones. Called when the endpoint stops.
     */
    public void stop() {
        stopped = true;
        List<Call> calls = List.copyOf(inFlight);
        // first every call waiting for rate-limit budget leaves the queue (and ends): ending a call that holds budget
        // then admits nobody, where it would otherwise hand its place to the next in line, one after the other
        calls.forEach(call -> {
            CompletableFuture<Permit> admission = call.admission;
            if (admission != null) {
                admission.cancel(false);
            }
        });
        calls.forEach(this::abort);
    }

    private void abort(Call call) {
        if (call.result.completeExceptionally(Failures.stopped(settings.step(), call.model, call.attempts))) {
            // a call waiting for rate-limit budget leaves the queue (an admission that comes anyway is given back
            // unused, see attempt)
            CompletableFuture<Permit> admission = call.admission;
            if (admission != null) {
                admission.cancel(false);
            }
            Future<?> backoff = call.backoff;
            if (backoff != null) {
                backoff.cancel(false);
            }
            CompletableFuture<HttpAnswer> http = call.http;
            if (http != null) {
                http.cancel(true);
            }
            LOG.debug("groq-responses:{} ended a call to {} because the endpoint stopped", settings.step(),
                    call.model);
        }
    }

    private void attempt(Call call, int attempt) {
        if (call.result.isDone()) {
            return;
        }
        call.attempts = attempt;
        CompletableFuture<Permit> admission = call.bucket == null ? CompletableFuture.completedFuture(Permit.unlimited())
                : call.bucket.acquire(call.inputTokens, call.outputCap, settings.outputTokensEstimate(),
                        settings.retry().queueWait(call.rateLimitWaited), settings.retry().queueWaitOption());
        call.admission = admission;
        admission.whenComplete((permit, refused) -> {
            if (refused != null && stopped) {
                // withdrawn from the queue by a stop
                abort(call);
                return;
            }
            if (refused != null) {
                observer.failed(call.model, unwrap(refused), System.nanoTime() - call.started);
                call.result.completeExceptionally(unwrap(refused));
                return;
            }
            if (stopped) {
                // admitted while the stop ends the calls one by one (a call ended before it freed this place)
                abort(call);
            }
            if (call.result.isDone()) {
                // stopped while waiting for budget: give the reservation back unused
                if (call.bucket != null) {
                    call.bucket.onNoAnswer(permit);
                }
                return;
            }
            call.waited += permit.waitedMillis();
            call.rateLimitWaited += permit.waitedMillis();
            observer.admitted(call.model, permit.waitedMillis());
            LOG.debug("groq-responses:{} attempt {} to model {} ({} bytes)", settings.step(), attempt, call.model,
                    call.body.length);
            try {
                CompletableFuture<HttpAnswer> http = call.sender.send(settings.api().responsesUri(), headers, call.body,
                        settings.timeoutMillis());
                call.http = http;
                // a streamed call is bounded by silence between events (requestTimeout), not by a whole-attempt deadline
                Future<?> deadline = call.streamed ? null : deadline(http);
                http.whenComplete((answer, failure) -> {
                    if (deadline != null) {
                        deadline.cancel(false);
                    }
                    outcome(call, attempt, permit, answer, unwrap(failure));
                });
                if (call.result.isDone()) {
                    http.cancel(true);
                }
            } catch (Throwable e) {
                outcome(call, attempt, permit, null, e);
            }
        });
    }

    /** Fails the attempt when headers and body are not all in after requestTimeout (the request is then cancelled). */
    private Future<?> deadline(CompletableFuture<HttpAnswer> http) {
        long timeout = settings.timeoutMillis();
        if (timeout <= 0) {
            return null;
        }
        try {
            return scheduler.schedule(() -> http.completeExceptionally(new SocketTimeoutException(
                    "no complete answer within requestTimeout=" + timeout + " ms (headers and body)")),
                    timeout, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            return null;
        }
    }

    private void outcome(Call call, int attempt, Permit permit, HttpAnswer answer, Throwable failure) {
        try {
            GroqResponsesException.Details details;
            RateLimitHeaders limits = answer == null ? null : RateLimitHeaders.from(answer);
            if (answer != null) {
                observer.answered(call.model, answer.status(), limits);
            }
            if (failure != null) {
                if (call.bucket != null) {
                    call.bucket.onNoAnswer(permit);
                }
                details = ErrorMapper.details(failure);
            } else if (answer.isSuccess()) {
                ParsedResponse parsed = ParsedResponse.parse(answer.body());
                if (call.bucket != null) {
                    call.bucket.onAnswer(permit, limits, answer.status(),
                            parsed == null ? null : parsed.outputTokens(),
                            parsed == null ? null : parsed.totalTokens(),
                            parsed == null ? null : parsed.inputTokens(),
                            parsed == null ? null : parsed.cachedTokens(), null);
                }
                details = parsed == null ? null : FailedAnswers.problem(parsed, answer);
                if (parsed != null && details == null) {
                    observer.succeeded(call.model, parsed, System.nanoTime() - call.started);
                    call.result.complete(new CallResult(parsed, answer, limits, attempt, call.waited));
                    return;
                }
                if (parsed == null) {
                    details = ErrorMapper.details(answer, limits).retryable(true)
                            .message("the 2xx answer is not a JSON object (truncated or malformed body)");
                }
            } else {
                details = ErrorMapper.details(answer, limits);
                if (call.bucket != null) {
                    call.bucket.onAnswer(permit, limits, answer.status(), null, null, details.errorMessage());
                }
            }
            details.attempts(attempt);
            RetryPolicy.Decision decision = settings.retry().decide(details, limits, call.failures + 1,
                    call.rateLimitWaited);
            if (decision.rateLimitWait()) {
                call.rateLimitWaited += decision.delayMillis();
            } else {
                call.failures++;
            }
            if (decision.retry() && !call.result.isDone()) {
                LOG.debug("groq-responses:{} attempt {} failed ({} {}), retrying in {} ms{}", settings.step(), attempt,
                        details.statusCode(), details.errorCode(), decision.delayMillis(),
                        decision.rateLimitWait() ? " (a wait for rate limits, not counted as a retry)" : "");
                observer.retrying(call.model, details.errorCode(), details.statusCode(), failure);
                call.backoff = scheduler.schedule(() -> attempt(call, attempt + 1), decision.delayMillis(),
                        TimeUnit.MILLISECONDS);
            } else {
                GroqResponsesException error = ErrorMapper.exception(details, failure, settings.step(), call.model,
                        settings.api().apiKey(), decision.reason());
                observer.failed(call.model, error, System.nanoTime() - call.started);
                call.result.completeExceptionally(error);
            }
        } catch (Throwable e) {
            call.result.completeExceptionally(stopped ? Failures.stopped(settings.step(), call.model, attempt) : e);
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
