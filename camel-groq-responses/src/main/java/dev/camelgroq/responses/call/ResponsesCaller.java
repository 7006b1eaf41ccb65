package dev.camelgroq.responses.call;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.ratelimit.Permit;
import dev.camelgroq.responses.ratelimit.RateLimitBucket;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.response.ErrorMapper;
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

    /** What an endpoint gives its caller. */
    public record Settings(String step, URI uri, String apiKey, boolean inferenceMetrics, long timeoutMillis,
                           RetryPolicy retry, RateLimitGovernor governor, long outputTokensEstimate) {
    }

    private final GroqHttpTransport transport;
    private final ScheduledExecutorService scheduler;
    private final Settings settings;
    private final Map<String, String> headers;

    public ResponsesCaller(GroqHttpTransport transport, ScheduledExecutorService scheduler, Settings settings) {
        this.transport = transport;
        this.scheduler = scheduler;
        this.settings = settings;
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + settings.apiKey());
        h.put("Accept", "application/json");
        if (settings.inferenceMetrics()) {
            h.put("Groq-Beta", "inference-metrics");
        }
        this.headers = Map.copyOf(h);
    }

    /** One call in flight: the request and where its outcome goes. */
    private final class Call {
        final String model;
        final byte[] body;
        final long inputTokens;
        final Long outputCap;
        final RateLimitBucket bucket;
        final CompletableFuture<CallResult> result = new CompletableFuture<>();
        long waited;

        Call(String model, byte[] body, long inputTokens, Long outputCap, RateLimitBucket bucket) {
            this.model = model;
            this.body = body;
            this.inputTokens = inputTokens;
            this.outputCap = outputCap;
            this.bucket = bucket;
        }
    }

    /** Sends the request; the future completes on an I/O or scheduler thread. */
    public CompletableFuture<CallResult> call(ObjectNode request) {
        String model = request.path("model").asText();
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Cannot serialize the request", e));
        }
        RateLimitBucket bucket = settings.governor() == null ? null
                : settings.governor().bucket(settings.apiKey(), model);
        JsonNode max = request.get("max_output_tokens");
        Long outputCap = max != null && max.canConvertToLong() ? max.asLong() : null;
        Call call = new Call(model, body, (body.length + 3) / 4, outputCap, bucket);
        attempt(call, 1);
        return call.result;
    }

    private void attempt(Call call, int attempt) {
        CompletableFuture<Permit> admission = call.bucket == null ? CompletableFuture.completedFuture(Permit.unlimited())
                : call.bucket.acquire(call.inputTokens, call.outputCap, settings.outputTokensEstimate(),
                        settings.retry().maxDelay());
        admission.whenComplete((permit, refused) -> {
            if (refused != null) {
                call.result.completeExceptionally(unwrap(refused));
                return;
            }
            call.waited += permit.waitedMillis();
            LOG.debug("groq-responses:{} attempt {} to model {} ({} bytes)", settings.step(), attempt, call.model,
                    call.body.length);
            try {
                transport.postJson(settings.uri(), headers, call.body, settings.timeoutMillis())
                        .whenComplete((answer, failure) -> outcome(call, attempt, permit, answer, unwrap(failure)));
            } catch (Throwable e) {
                outcome(call, attempt, permit, null, e);
            }
        });
    }

    private void outcome(Call call, int attempt, Permit permit, HttpAnswer answer, Throwable failure) {
        try {
            GroqResponsesException.Details details;
            RateLimitHeaders limits = answer == null ? null : RateLimitHeaders.from(answer);
            if (failure != null) {
                if (call.bucket != null) {
                    call.bucket.onNoAnswer(permit);
                }
                details = ErrorMapper.details(failure);
            } else if (answer.isSuccess()) {
                JsonNode root = parse(answer);
                if (root != null) {
                    ParsedResponse parsed = new ParsedResponse(root);
                    if (call.bucket != null) {
                        call.bucket.onAnswer(permit, limits, answer.status(), parsed.usage("output_tokens"),
                                parsed.usage("total_tokens"), null);
                    }
                    call.result.complete(new CallResult(parsed, answer, limits, attempt, call.waited));
                    return;
                }
                if (call.bucket != null) {
                    call.bucket.onAnswer(permit, limits, answer.status(), null, null, null);
                }
                details = ErrorMapper.details(answer, limits).retryable(true)
                        .message("the 2xx answer is not a JSON object (truncated or malformed body)");
            } else {
                details = ErrorMapper.details(answer, limits);
                if (call.bucket != null) {
                    call.bucket.onAnswer(permit, limits, answer.status(), null, null, details.errorMessage());
                }
            }
            details.attempts(attempt);
            RetryPolicy.Decision decision = settings.retry().decide(details, limits, attempt);
            if (decision.retry()) {
                LOG.debug("groq-responses:{} attempt {} failed ({} {}), retrying in {} ms", settings.step(), attempt,
                        details.statusCode(), details.errorCode(), decision.delayMillis());
                scheduler.schedule(() -> attempt(call, attempt + 1), decision.delayMillis(), TimeUnit.MILLISECONDS);
            } else {
                call.result.completeExceptionally(ErrorMapper.exception(details, failure, settings.step(), call.model,
                        settings.apiKey(), decision.reason()));
            }
        } catch (Throwable e) {
            call.result.completeExceptionally(e);
        }
    }

    private static JsonNode parse(HttpAnswer answer) {
        try {
            JsonNode root = Json.MAPPER.readTree(answer.body());
            return root != null && root.isObject() ? root : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
