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
package dev.camelgroq.responses.observe;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;

import dev.camelgroq.responses.response.ParsedResponse;
import dev.camelgroq.responses.response.RateLimitHeaders;
import dev.camelgroq.responses.tools.ToolOutcome;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;

import static dev.camelgroq.responses.observe.MeterNames.*;

/**
 * Records one endpoint's calls into a Micrometer registry. Meters are created once per (request model, response
 * model) or (model, error type) and cached, so a call costs a few map lookups. Only loaded when Micrometer is on the
 * classpath and a registry was found.
 */
final class MeterRecorder {

    /** The meters a successful call of one (request model, response model) records into. */
    private record CallMeters(Timer duration, DistributionSummary input, DistributionSummary output,
                              DistributionSummary cached, DistributionSummary reasoning, Timer queue, Timer prompt,
                              Timer completion) {
    }

    /** The meters of one request model. */
    private record ModelMeters(Tags tags, Timer governorWait, Timer firstToken, AtomicLong remainingTokens,
                               AtomicLong remainingRequests, Map<String, Counter> rejected,
                               Map<String, Counter> retries, Map<String, Timer> failures) {
    }

    private record Pair(String a, String b) {
    }

    private final MeterRegistry registry;
    private final Tags base;
    private final ToIntFunction<String> governorQueue;
    private final BoundedNames models = new BoundedNames(50);
    private final BoundedNames tools = new BoundedNames(100);
    private final Map<String, ModelMeters> byModel = new ConcurrentHashMap<>();
    private final Map<Pair, CallMeters> byCall = new ConcurrentHashMap<>();
    private final Map<Pair, Timer> toolTimers = new ConcurrentHashMap<>();
    private final Counter repairs;

    /**
     * @param governorQueue requests waiting for rate-limit budget for a model, or null without a governor
     */
    MeterRecorder(MeterRegistry registry, String endpoint, String serverAddress, ToIntFunction<String> governorQueue) {
        this.registry = registry;
        this.base = Tags.of(OPERATION, "chat", PROVIDER, "groq", SERVER_ADDRESS, serverAddress, ENDPOINT, endpoint);
        this.governorQueue = governorQueue;
        this.repairs = Counter.builder(REPAIRS).description("Structured-output repair requests sent to the model")
                .tags(base).register(registry);
    }

    private ModelMeters model(String requestModel) {
        String model = models.bound(requestModel);
        ModelMeters m = byModel.get(model);
        return m != null ? m : byModel.computeIfAbsent(model, this::newModel);
    }

    private ModelMeters newModel(String model) {
        Tags tags = base.and(REQUEST_MODEL, model);
        AtomicLong tokens = new AtomicLong(-1);
        AtomicLong requests = new AtomicLong(-1);
        Gauge.builder(REMAINING, tokens, AtomicLong::get).description("x-ratelimit-remaining-tokens of the last"
                                                                      + " answer (tokens per minute; -1 before one)")
                .tags(tags).tag(LIMIT_TYPE, "tokens").strongReference(true).register(registry);
        Gauge.builder(REMAINING, requests, AtomicLong::get).description("x-ratelimit-remaining-requests of the last"
                                                                        + " answer (requests per day; -1 before one)")
                .tags(tags).tag(LIMIT_TYPE, "requests").strongReference(true).register(registry);
        if (governorQueue != null) {
            Gauge.builder(GOVERNOR_QUEUE, () -> governorQueue.applyAsInt(model))
                    .description("Requests waiting for rate-limit budget").tags(tags).strongReference(true)
                    .register(registry);
        }
        Timer wait = Timer.builder(GOVERNOR_WAIT).description("Time an attempt waited for rate-limit budget")
                .tags(tags).register(registry);
        Timer ttft = Timer.builder(TIME_TO_FIRST_TOKEN).description("Time to the first streamed token").tags(tags)
                .register(registry);
        return new ModelMeters(tags, wait, ttft, tokens, requests, new ConcurrentHashMap<>(),
                new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
    }

    void admitted(String model, long waitedMillis) {
        model(model).governorWait().record(waitedMillis, TimeUnit.MILLISECONDS);
    }

    void answered(String model, int status, RateLimitHeaders limits) {
        ModelMeters m = model(model);
        if (status == 429 || status == 498) {
            m.rejected().computeIfAbsent(String.valueOf(status), s -> Counter.builder(REJECTED_ANSWERS)
                    .description("429 (rate limit) and 498 (flex capacity) answers, retried or not")
                    .tags(m.tags()).tag(STATUS_CODE, s).register(registry)).increment();
        }
        if (limits != null) {
            if (limits.remainingTokens() != null) {
                m.remainingTokens().set(limits.remainingTokens());
            }
            if (limits.remainingRequests() != null) {
                m.remainingRequests().set(limits.remainingRequests());
            }
        }
    }

    void retrying(String model, String errorType) {
        ModelMeters m = model(model);
        m.retries().computeIfAbsent(errorType, e -> Counter.builder(RETRIES)
                .description("Attempts retried by the component").tags(m.tags()).tag(ERROR_TYPE, e)
                .register(registry)).increment();
    }

    void succeeded(String requestModel, ParsedResponse response, long nanos) {
        CallMeters c = call(models.bound(requestModel), models.bound(response.model()));
        c.duration().record(nanos, TimeUnit.NANOSECONDS);
        record(c.input(), response.inputTokens());
        record(c.output(), response.outputTokens());
        record(c.cached(), response.cachedTokens());
        record(c.reasoning(), response.reasoningTokens());
        record(c.queue(), response.timing("queue_time"));
        record(c.prompt(), response.timing("prompt_time"));
        record(c.completion(), response.timing("completion_time"));
    }

    void failed(String model, String errorType, long nanos) {
        ModelMeters m = model(model);
        m.failures().computeIfAbsent(errorType, e -> Timer.builder(OPERATION_DURATION)
                .description("Duration of a Responses call, retries included").tags(m.tags())
                .tag(RESPONSE_MODEL, NONE).tag(ERROR_TYPE, e).register(registry)).record(nanos, TimeUnit.NANOSECONDS);
    }

    void firstToken(String model, long millis) {
        model(model).firstToken().record(millis, TimeUnit.MILLISECONDS);
    }

    void tool(ToolOutcome outcome) {
        Pair key = new Pair(tools.bound(outcome.name()), outcome.outcome());
        Timer t = toolTimers.computeIfAbsent(key, k -> Timer.builder(TOOL_CALLS)
                .description("Tool calls run by the component and their duration").tags(base)
                .tag(TOOL_NAME, k.a()).tag(OUTCOME, String.valueOf(k.b())).register(registry));
        t.record(outcome.durationMillis(), TimeUnit.MILLISECONDS);
    }

    void repair() {
        repairs.increment();
    }

    private CallMeters call(String requestModel, String responseModel) {
        Pair key = new Pair(requestModel, responseModel);
        CallMeters c = byCall.get(key);
        return c != null ? c : byCall.computeIfAbsent(key, this::newCall);
    }

    private CallMeters newCall(Pair key) {
        Tags tags = base.and(REQUEST_MODEL, key.a(), RESPONSE_MODEL, key.b());
        return new CallMeters(
                Timer.builder(OPERATION_DURATION).description("Duration of a Responses call, retries included")
                        .tags(tags).tag(ERROR_TYPE, NONE).register(registry),
                tokens(TOKEN_USAGE, tags, TOKEN_TYPE, "input"), tokens(TOKEN_USAGE, tags, TOKEN_TYPE, "output"),
                tokens(TOKEN_DETAILS, tags, TOKEN_DETAIL, "cached"),
                tokens(TOKEN_DETAILS, tags, TOKEN_DETAIL, "reasoning"),
                serverTime(tags, "queue"), serverTime(tags, "prompt"), serverTime(tags, "completion"));
    }

    private DistributionSummary tokens(String name, Tags tags, String key, String value) {
        return DistributionSummary.builder(name).baseUnit("tokens").description("Tokens used per call")
                .tags(tags).tag(key, value).register(registry);
    }

    private Timer serverTime(Tags tags, String phase) {
        return Timer.builder(SERVER_TIME).description("Groq's own queue, prompt and completion time of a call"
                                                      + " (Groq-Beta: inference-metrics)")
                .tags(tags).tag(PHASE, phase).register(registry);
    }

    private static void record(DistributionSummary summary, Long value) {
        if (value != null) {
            summary.record(value);
        }
    }

    private static void record(Timer timer, Double seconds) {
        if (seconds != null) {
            timer.record(Duration.ofNanos((long) (seconds * 1_000_000_000L)));
        }
    }
}
