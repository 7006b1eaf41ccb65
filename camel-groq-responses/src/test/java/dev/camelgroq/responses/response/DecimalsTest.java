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

import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The plain decimals of an answer read to the same double as {@link Double#parseDouble}, or refused as it refuses. */
class DecimalsTest {

    @ParameterizedTest
    @ValueSource(strings = { "0", "7", "0.037493756", "0.463333333", "1.5", "1.", ".5", "7.66", "59.56", "0.1", "0.2",
        "0.3", "123456789012345", "900719925474098", "9007199254740993", "12345678901234567890", "0.1234567890123456789",
        "0.00000000000000000000001", "0.000000000000000000000001", "00000000000000000000000000001.25", "1e-05",
        "-0.5", "+2", " 3.5 ", "1d", "Infinity", "NaN", "4.9e-324" })
    void readsAsDoubleParseDoubleDoes(String text) {
        assertThat(Double.valueOf(Decimals.parse(text))).isEqualTo(Double.valueOf(Double.parseDouble(text)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "", ".", "1.2.3", "1,5", "abc", "1-2", "..5" })
    void refusesWhatDoubleParseDoubleRefuses(String text) {
        assertThatThrownBy(() -> Double.parseDouble(text)).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> Decimals.parse(text)).isInstanceOf(NumberFormatException.class);
    }

    @Test
    void readsAPartOfATextAsItsSubstring() {
        assertThat(Decimals.parse("2m59.56s", 2, 7)).isEqualTo(59.56);
    }

    @Test
    void agreesWithDoubleParseDoubleOnRandomDecimals() {
        Random random = new Random(16);
        for (int n = 0; n < 200_000; n++) {
            StringBuilder text = new StringBuilder();
            int whole = random.nextInt(12);
            for (int i = 0; i < whole; i++) {
                text.append((char) ('0' + random.nextInt(10)));
            }
            if (whole == 0 || random.nextBoolean()) {
                text.append('.');
                int fraction = 1 + random.nextInt(whole == 0 ? 24 : 12);
                for (int i = 0; i < fraction; i++) {
                    text.append((char) ('0' + random.nextInt(10)));
                }
            }
            String s = text.toString();
            assertThat(Decimals.parse(s)).as(s).isEqualTo(Double.parseDouble(s));
        }
    }
}
