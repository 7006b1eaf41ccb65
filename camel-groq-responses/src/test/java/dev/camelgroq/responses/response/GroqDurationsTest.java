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

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Groq's reset durations ({@code 2m59.56s}, {@code 7.66s}, {@code 370ms}) in milliseconds. */
class GroqDurationsTest {

    @ParameterizedTest
    @CsvSource({
        "2m59.56s, 179560",
        "7.66s, 7660",
        "370ms, 370",
        "1h2m, 3720000",
        "1h0m0.5s, 3600500",
        "0s, 0",
        "0.0001s, 1",
        "' 12s ', 12000",
        "24h, 86400000"
    })
    void parsesGroqDurations(String text, long millis) {
        assertThat(GroqDurations.parseMillis(text)).isEqualTo(millis);
    }

    @ParameterizedTest
    @ValueSource(strings = { "", " ", "soon", "12", "-3s", "1.s", "s", "1x", "2m 3s", "1h-2m", "ms", "NaNs", "1e3s" })
    void refusesWhatIsNotADuration(String text) {
        assertThat(GroqDurations.parseMillis(text)).isNull();
    }

    @org.junit.jupiter.api.Test
    void hugeDurationsDoNotOverflowIntoNegatives() {
        for (String text : new String[] { "99999999999999999999h", "1" + "0".repeat(400) + "s" }) {
            Long millis = GroqDurations.parseMillis(text);
            assertThat(millis == null || millis >= 0).as("parsed %s as %s", text, millis).isTrue();
        }
    }
}
