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
package dev.camelgroq.responses.test;

import java.util.Locale;

/** Formats durations the way Groq writes them in {@code x-ratelimit-reset-*} headers: {@code 2m59.56s}, {@code 7.66s}, {@code 370ms}. */
final class EmulatorDurations {

    private EmulatorDurations() {
    }

    static String format(long millis) {
        if (millis < 1000) {
            return Math.max(0, millis) + "ms";
        }
        long minutes = millis / 60_000;
        double seconds = (millis % 60_000) / 1000.0;
        String secs = trim(String.format(Locale.ROOT, "%.2f", seconds)) + "s";
        if (minutes == 0) {
            return secs;
        }
        long hours = minutes / 60;
        return (hours > 0 ? hours + "h" + (minutes % 60) + "m" : minutes + "m") + secs;
    }

    private static String trim(String number) {
        if (!number.contains(".")) {
            return number;
        }
        String t = number.replaceAll("0+$", "");
        return t.endsWith(".") ? t.substring(0, t.length() - 1) : t;
    }
}
