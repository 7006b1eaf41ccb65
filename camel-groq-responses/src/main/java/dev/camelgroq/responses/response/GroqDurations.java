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
package dev.camelgroq.responses.response;

/**
 * Parses the durations Groq sends in {@code x-ratelimit-reset-*}: {@code 2m59.56s}, {@code 7.66s}, {@code 370ms},
 * {@code 1h2m}. Read on every answer, so it scans the text once without a regular expression.
 */
public final class GroqDurations {

    private GroqDurations() {
    }

    /** The duration in milliseconds (rounded up), or null when the text is absent or not a duration. */
    public static Long parseMillis(String text) {
        if (text == null) {
            return null;
        }
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start == end) {
            return null;
        }
        double millis = 0;
        int i = start;
        while (i < end) {
            // a part: digits, optionally a dot and more digits, then a unit (ms, h, m or s)
            int numberStart = i;
            while (i < end && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == numberStart) {
                return null;
            }
            if (i < end && text.charAt(i) == '.') {
                int fraction = ++i;
                while (i < end && isDigit(text.charAt(i))) {
                    i++;
                }
                if (i == fraction) {
                    return null;
                }
            }
            double value = Decimals.parse(text, numberStart, i);
            if (i >= end) {
                return null;
            }
            char unit = text.charAt(i);
            if (unit == 'm' && i + 1 < end && text.charAt(i + 1) == 's') {
                millis += value;
                i += 2;
            } else if (unit == 'h') {
                millis += value * 3_600_000;
                i++;
            } else if (unit == 'm') {
                millis += value * 60_000;
                i++;
            } else if (unit == 's') {
                millis += value * 1000;
                i++;
            } else {
                return null;
            }
        }
        return (long) Math.ceil(millis - 1e-6);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
