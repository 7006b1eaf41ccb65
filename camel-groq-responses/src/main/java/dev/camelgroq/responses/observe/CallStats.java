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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

import dev.camelgroq.responses.response.RateLimitHeaders;

/**
 * Running totals of one endpoint for the dev console and JMX: calls, failures, retries, 429 and 498 answers, tokens,
 * and the last rate-limit state Groq reported. Always kept (a few adders per call), whether or not a MeterRegistry is
 * present.
 */
public final class CallStats {

    private final LongAdder calls = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder retries = new LongAdder();
    private final LongAdder rateLimited = new LongAdder();
    private final LongAdder capacityExceeded = new LongAdder();
    private final LongAdder inputTokens = new LongAdder();
    private final LongAdder outputTokens = new LongAdder();
    private final LongAdder toolCalls = new LongAdder();
    private final LongAdder repairs = new LongAdder();
    private final java.util.Set<String> models = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private volatile LastLimits lastLimits;
    private volatile String lastError;
    private volatile String lastModel;

    /** The rate-limit headers of the latest answer that carried them. */
    public record LastLimits(String model, Long remainingRequests, Long remainingTokens, Long resetRequestsMillis,
                             Long resetTokensMillis, long atEpochMillis) {
    }

    void call() {
        calls.increment();
    }

    void failure(String errorType) {
        failures.increment();
        lastError = errorType;
    }

    void retry() {
        retries.increment();
    }

    void answer(String model, int status, RateLimitHeaders limits) {
        lastModel = model;
        if (models.size() < 50 && !models.contains(model)) {
            models.add(model);
        }
        if (status == 429) {
            rateLimited.increment();
        } else if (status == 498) {
            capacityExceeded.increment();
        }
        if (limits != null && limits.present()) {
            lastLimits = new LastLimits(model, limits.remainingRequests(), limits.remainingTokens(),
                    limits.resetRequestsMillis(), limits.resetTokensMillis(), System.currentTimeMillis());
        }
    }

    void tokens(Long input, Long output) {
        if (input != null) {
            inputTokens.add(input);
        }
        if (output != null) {
            outputTokens.add(output);
        }
    }

    void toolCalls(int count) {
        toolCalls.add(count);
    }

    void repair() {
        repairs.increment();
    }

    public long calls() {
        return calls.sum();
    }

    public long failures() {
        return failures.sum();
    }

    public long inputTokens() {
        return inputTokens.sum();
    }

    public long outputTokens() {
        return outputTokens.sum();
    }

    /** The model of the latest call Groq answered, or null before the first. */
    public String lastModel() {
        return lastModel;
    }

    /** The models this endpoint called (at most 50). */
    public java.util.Set<String> models() {
        return java.util.Collections.unmodifiableSet(models);
    }

    public LastLimits lastLimits() {
        return lastLimits;
    }

    /** Every figure by name, for the console's JSON and the MBean. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("calls", calls.sum());
        m.put("failures", failures.sum());
        m.put("retries", retries.sum());
        m.put("rateLimitedAnswers", rateLimited.sum());
        m.put("capacityExceededAnswers", capacityExceeded.sum());
        m.put("inputTokens", inputTokens.sum());
        m.put("outputTokens", outputTokens.sum());
        m.put("toolCalls", toolCalls.sum());
        m.put("repairs", repairs.sum());
        if (lastError != null) {
            m.put("lastErrorType", lastError);
        }
        LastLimits l = lastLimits;
        if (l != null) {
            Map<String, Object> limits = new LinkedHashMap<>();
            limits.put("model", l.model());
            limits.put("remainingRequests", l.remainingRequests());
            limits.put("remainingTokens", l.remainingTokens());
            limits.put("resetRequestsMillis", l.resetRequestsMillis());
            limits.put("resetTokensMillis", l.resetTokensMillis());
            limits.put("at", java.time.Instant.ofEpochMilli(l.atEpochMillis()).toString());
            m.put("lastRateLimit", limits);
        }
        return m;
    }
}
