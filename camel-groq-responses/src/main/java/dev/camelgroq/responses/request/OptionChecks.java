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
package dev.camelgroq.responses.request;

import java.math.BigDecimal;

import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.options.ServiceTier;

/**
 * The one place where option values and their per-exchange header overrides are checked: the same rule applies to
 * an option at start and to the header that overrides it per exchange. {@code source} names the option or header in
 * the message, so the user knows what to fix.
 */
public final class OptionChecks {

    /** The most tool rounds an endpoint may allow (each one is a paid model call). */
    public static final int MAX_TOOL_ITERATIONS = 100;
    /** The hard cap of function calls run in one tool round; an answer with more fails the exchange. */
    public static final int MAX_TOOL_CALLS_PER_ROUND = 128;
    /** The most retries of one call an endpoint may ask for. */
    public static final int MAX_RETRIES = 20;
    /** The most structured-output repairs an endpoint may ask for. */
    public static final int MAX_STRUCTURED_OUTPUT_RETRIES = 10;

    private OptionChecks() {
    }

    /**
     * Checks the option values of an endpoint when it starts: the one entry for start-time checks (the base URL and
     * the API key are checked by {@code http.GroqApi}; per-exchange header values by the methods below, through
     * {@code ExchangeOptions}).
     */
    public static void atStart(GroqResponsesConfiguration c) {
        temperature(c.getTemperature(), "Option temperature");
        topP(c.getTopP(), "Option topP");
        maxOutputTokens(c.getMaxOutputTokens(), "Option maxOutputTokens");
        range(c.getMaxToolIterations(), 1, MAX_TOOL_ITERATIONS, "Option maxToolIterations");
        range(c.getMaxParallelToolCalls(), 1, MAX_TOOL_CALLS_PER_ROUND, "Option maxParallelToolCalls");
        range(c.getStreamTimeout(), 0, Long.MAX_VALUE, "Option streamTimeout");
        range(c.getStreamMinChars(), 0, Integer.MAX_VALUE, "Option streamMinChars");
        range(c.getStreamMaxDelay(), 0, Long.MAX_VALUE, "Option streamMaxDelay");
        coalescing(c);
        range(c.getMaxRetries(), 0, MAX_RETRIES, "Option maxRetries");
        range(c.getStructuredOutputRetries(), 0, MAX_STRUCTURED_OUTPUT_RETRIES, "Option structuredOutputRetries");
        range(c.getOutputTokensEstimate(), 1, Integer.MAX_VALUE, "Option outputTokensEstimate");
        range(c.getRequestTimeout(), 0, Long.MAX_VALUE, "Option requestTimeout (0: no limit)");
        range(c.getMaxResponseSize(), 0, Long.MAX_VALUE, "Option maxResponseSize (0: no limit)");
        range(c.getMaxInputSize(), 0, Long.MAX_VALUE, "Option maxInputSize (0: no limit)");
        range(c.getRetryInitialDelay(), 0, Long.MAX_VALUE, "Option retryInitialDelay");
        range(c.getRetryMaxDelay(), c.getRetryInitialDelay(), Long.MAX_VALUE,
                "Option retryMaxDelay (at least retryInitialDelay)");
        range(c.getRateLimitMaxWait(), 0, Long.MAX_VALUE, "Option rateLimitMaxWait (0: a 429 counts as a retry)");
        serviceTier(c.getServiceTier());
    }

    /** Coalescing shapes what streamTo receives: without streamTo it would do nothing, so it is refused. */
    private static void coalescing(GroqResponsesConfiguration c) {
        if ((c.getStreamMinChars() > 0 || c.getStreamMaxDelay() > 0)
            && (c.getStreamTo() == null || c.getStreamTo().isBlank())) {
            throw new IllegalArgumentException("Options streamMinChars and streamMaxDelay coalesce the deltas sent to"
                                               + " streamTo, which is not set: set streamTo, or remove them");
        }
    }

    /** Refuses the one tier Groq's Responses API does not list. */
    private static void serviceTier(ServiceTier tier) {
        if (tier == ServiceTier.PERFORMANCE) {
            throw new IllegalArgumentException("Option serviceTier=performance is not accepted by Groq's Responses API"
                                               + " (its schema lists auto, default and flex; performance is a chat"
                                               + " completions tier): use default or flex, or auto to let Groq pick");
        }
    }

    /** Sampling temperature: 0 to 2. */
    public static Double temperature(Double value, String source) {
        return decimal(value, 0, 2, source);
    }

    /** top_p: 0 to 1. */
    public static Double topP(Double value, String source) {
        return decimal(value, 0, 1, source);
    }

    /** max_output_tokens: a whole number of at least 1. */
    public static Integer maxOutputTokens(Integer value, String source) {
        if (value != null) {
            range(value, 1, Integer.MAX_VALUE, source);
        }
        return value;
    }

    /** Checks {@code min <= value <= max}. */
    public static long range(long value, long min, long max, String source) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(source + " must be " + (max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? "at least " + min : "between " + min + " and " + max) + ", but was " + value);
        }
        return value;
    }

    private static Double decimal(Double value, double min, double max, String source) {
        if (value != null && (value.isNaN() || value < min || value > max)) {
            throw new IllegalArgumentException(source + " must be between " + plain(min) + " and " + plain(max)
                                               + ", but was " + value);
        }
        return value;
    }

    private static String plain(double number) {
        return BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
    }

    /**
     * A whole number given as a header: a Number without fraction or a String of digits that fits in an int. A value
     * that does not fit is refused, never wrapped.
     */
    public static Integer wholeNumber(Object raw, String source) {
        if (raw == null) {
            return null;
        }
        BigDecimal number;
        try {
            number = raw instanceof Number ? new BigDecimal(raw.toString()) : new BigDecimal(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a whole number, but was '" + raw + "'", e);
        }
        try {
            return number.intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(source + " must be a whole number between " + Integer.MIN_VALUE
                                               + " and " + Integer.MAX_VALUE + ", but was " + raw,
                    e);
        }
    }

    /** A decimal number given as a header: a Number or a String that parses as one. */
    public static Double decimalNumber(Object raw, String source) {
        if (raw == null) {
            return null;
        }
        if (raw instanceof Number) {
            return ((Number) raw).doubleValue();
        }
        try {
            return Double.valueOf(raw.toString().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(source + " must be a number, but was '" + raw + "'", e);
        }
    }

    /**
     * One of an enum's values given as a header: the enum constant itself, or text equal (ignoring case) to its name
     * (json_schema, on_demand, ...).
     */
    public static <E extends Enum<E>> E choice(Class<E> type, Object raw, String source) {
        if (raw == null || type.isInstance(raw)) {
            return type.cast(raw);
        }
        String text = raw.toString().strip();
        StringBuilder allowed = new StringBuilder();
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(text)) {
                return constant;
            }
            allowed.append(allowed.length() == 0 ? "" : ", ").append(constant.name().toLowerCase());
        }
        throw new IllegalArgumentException(source + " must be one of " + allowed + ", but was '" + raw + "'");
    }

    /** A boolean given as a header: a Boolean, or the text true or false (ignoring case). */
    public static Boolean bool(Object raw, String source) {
        if (raw == null || raw instanceof Boolean) {
            return (Boolean) raw;
        }
        String text = raw.toString().strip();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        throw new IllegalArgumentException(source + " must be true or false, but was '" + raw + "'");
    }

    /** Text that must not be empty or blank when given. */
    public static String notBlank(Object raw, String source) {
        if (raw == null) {
            return null;
        }
        if (!(raw instanceof CharSequence)) {
            throw new IllegalArgumentException(source + " must be text, but was a " + raw.getClass().getName());
        }
        String text = raw.toString();
        if (text.isBlank()) {
            throw new IllegalArgumentException(source + " is empty: give a value or remove it");
        }
        return text;
    }
}
