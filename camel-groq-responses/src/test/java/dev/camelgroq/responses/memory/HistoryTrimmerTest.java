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
package dev.camelgroq.responses.memory;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The trimming rules: whole turns, oldest first, calls never cut from their outputs, the newest turn always kept. */
class HistoryTrimmerTest {

    private static Map<String, Object> user(String text) {
        return Map.of("role", "user", "content", text);
    }

    private static Map<String, Object> assistant(String text) {
        return Map.of("role", "assistant", "content", text);
    }

    private static Map<String, Object> call(String id) {
        return Map.of("type", "function_call", "call_id", id, "name", "weather", "arguments", "{}");
    }

    private static Map<String, Object> output(String id) {
        return Map.of("type", "function_call_output", "call_id", id, "output", "sunny");
    }

    private static List<Map<String, Object>> exchange(String text) {
        return List.of(user(text), assistant("re: " + text));
    }

    @Test
    void noLimitsKeepEverything() {
        assertThat(new HistoryTrimmer(0, 0).firstKept(List.of(exchange("a"), exchange("b"), exchange("c"))))
                .isZero();
    }

    @Test
    void messageLimitDropsOldestWholeTurns() {
        List<List<Map<String, Object>>> turns = List.of(exchange("a"), exchange("b"), exchange("c"));
        assertThat(new HistoryTrimmer(4, 0).firstKept(turns)).isEqualTo(1);
        assertThat(new HistoryTrimmer(5, 0).firstKept(turns)).isEqualTo(1); // never half a turn
        assertThat(new HistoryTrimmer(6, 0).firstKept(turns)).isZero();
    }

    @Test
    void newestTurnStaysEvenAloneOverTheLimits() {
        List<List<Map<String, Object>>> turns = List.of(exchange("a"), exchange("b"));
        assertThat(new HistoryTrimmer(1, 0).firstKept(turns)).isEqualTo(1);
        assertThat(new HistoryTrimmer(0, 1).firstKept(turns)).isEqualTo(1);
    }

    @Test
    void tokenLimitUsesOneTokenPerFourCharactersOfJson() {
        List<Map<String, Object>> small = List.of(user("x")); // {"role":"user","content":"x"}: 29 chars, 8 tokens
        assertThat(HistoryTrimmer.tokens(small)).isEqualTo(8);
        List<List<Map<String, Object>>> turns = List.of(small, small, small);
        assertThat(new HistoryTrimmer(0, 16).firstKept(turns)).isEqualTo(1);
        assertThat(new HistoryTrimmer(0, 24).firstKept(turns)).isZero();
    }

    @Test
    void callAnsweredInALaterTurnIsNeverSeparatedFromItsOutput() {
        // the route answered the call itself: the call ends turn 1, its output opens turn 2
        List<List<Map<String, Object>>> turns = List.of(exchange("a"), List.of(user("weather?"), call("c1")),
                List.of(output("c1"), assistant("sunny")), exchange("thanks"));
        // 2 items allowed: only the newest turn fits
        assertThat(new HistoryTrimmer(2, 0).firstKept(turns)).isEqualTo(3);
        // 4 items would fit turns 2 and 3, but turn 2 needs turn 1: both stay out together
        assertThat(new HistoryTrimmer(4, 0).firstKept(turns)).isEqualTo(3);
        // 6 items: turns 1 to 3
        assertThat(new HistoryTrimmer(6, 0).firstKept(turns)).isEqualTo(1);
    }

    @Test
    void newestTurnKeepsTheTurnOfItsCalls() {
        List<List<Map<String, Object>>> turns = List.of(exchange("a"), List.of(user("weather?"), call("c1")),
                List.of(output("c1"), assistant("sunny")));
        assertThat(new HistoryTrimmer(1, 0).firstKept(turns)).isEqualTo(1);
    }
}
