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
package dev.camelgroq.responses.etl;

import java.math.BigDecimal;

import org.apache.camel.Message;

/** Reads a part's usage and timing headers for the sums: numbers or number text, anything else is refused. */
final class UsageValues {

    private UsageValues() {
    }

    /** A token count: a whole number, or null when the header is absent. */
    static Long whole(Message part, String header) {
        Object value = part.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        try {
            return new BigDecimal(value.toString().trim()).longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw notANumber(header, value, "a whole number of tokens", e);
        }
    }

    /** A duration in seconds, or null when the header is absent. */
    static Double seconds(Message part, String header) {
        Object value = part.getHeader(header);
        if (value == null) {
            return null;
        }
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return Double.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            throw notANumber(header, value, "a number of seconds", e);
        }
    }

    /** {@code a + b}, held at {@link Long#MAX_VALUE} (or {@link Long#MIN_VALUE}) instead of wrapping around. */
    static long saturatedSum(long a, long b) {
        long sum = a + b;
        if (((a ^ sum) & (b ^ sum)) < 0) {
            return a < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return sum;
    }

    private static IllegalArgumentException notANumber(String header, Object value, String what, Exception cause) {
        String shown = value.toString();
        if (shown.length() > 40) {
            shown = shown.substring(0, 40) + "...";
        }
        return new IllegalArgumentException("GroqUsageAggregationStrategy: header " + header + " of a part must be "
                                            + what + ", but is a " + value.getClass().getName() + " ('" + shown
                                            + "'); leave the component's usage headers as they are, or remove the"
                                            + " header before the aggregation", cause);
    }
}
