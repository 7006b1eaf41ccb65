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
package dev.camelgroq.responses.ratelimit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelgroq.responses.response.GroqDurations;

/**
 * What a Groq 429 message says: {@code ... on tokens per minute (TPM): Limit 6000, Used 5890, Requested 320. Please
 * try again in 2.3s.} The per-minute request limit (RPM) is visible nowhere else.
 *
 * @param kind          {@code tokens} or {@code requests}
 * @param perDay        whether the limit is per day (TPD, RPD) rather than per minute
 * @param limit         the limit
 * @param used          what is used of it
 * @param retryMillis   the precise delay Groq asks for, or null
 */
public record RateLimitMessage(String kind, boolean perDay, long limit, long used, Long retryMillis) {

    private static final Pattern FORMAT = Pattern.compile("on (tokens|requests) per (minute|day) \\([A-Z]+\\): Limit"
            + " (\\d{1,18}), Used (\\d{1,18})(?:, Requested (\\d{1,18}))?\\.(?: Please try again in ([0-9hms.]+?)\\.(?:\\s|$))?");

    /** The parsed message, or null when it does not have Groq's format. */
    public static RateLimitMessage parse(String message) {
        if (message == null) {
            return null;
        }
        Matcher m = FORMAT.matcher(message);
        if (!m.find()) {
            return null;
        }
        long limit = Long.parseLong(m.group(3));
        if (limit < 1) {
            return null;
        }
        return new RateLimitMessage(m.group(1), "day".equals(m.group(2)), limit, Long.parseLong(m.group(4)),
                GroqDurations.parseMillis(m.group(6)));
    }

    /** Whether this is the per-minute request limit. */
    public boolean isRequestsPerMinute() {
        return "requests".equals(kind) && !perDay;
    }
}
