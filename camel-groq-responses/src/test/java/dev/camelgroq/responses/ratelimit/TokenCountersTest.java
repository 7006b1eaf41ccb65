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

import java.util.stream.Stream;

import dev.camelgroq.responses.response.RateLimitHeaders;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Which token counters Groq may send are read, and which are ignored as a group. */
class TokenCountersTest {

    static Stream<Arguments> groups() {
        long max = GroqMinute.MAX_PERIOD;
        return Stream.of(
                arguments("refilling", 6000L, 5000L, 10_000L, true),
                arguments("full, nothing to refill", 6000L, 6000L, 0L, true),
                arguments("empty", 6000L, 0L, 60_000L, true),
                arguments("the longest reset such a limit can have", 6000L, 0L, max, true),
                arguments("no limit", null, 5000L, 10_000L, false),
                arguments("no remaining", 6000L, null, 10_000L, false),
                arguments("no reset", 6000L, 5000L, null, false),
                arguments("a zero limit", 0L, 0L, 10_000L, false),
                arguments("a negative limit", -6000L, 0L, 10_000L, false),
                arguments("negative remaining", 6000L, -1L, 10_000L, false),
                arguments("a negative reset", 6000L, 5000L, -1L, false),
                arguments("remaining above the limit", 6000L, 6001L, 10_000L, false),
                arguments("a reset longer than a limit can last", 6000L, 0L, max + 1, false),
                arguments("not full, yet nothing to refill", 6000L, 5000L, 0L, false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("groups")
    void aGroupIsReadWholeOrNotAtAll(String group, Long limit, Long remaining, Long reset, boolean usable) {
        RateLimitHeaders headers = new RateLimitHeaders(null, limit, null, remaining, null, reset, null);

        TokenCounters counters = TokenCounters.of(headers);

        if (usable) {
            assertThat(counters).isEqualTo(new TokenCounters(limit, remaining, reset));
        } else {
            assertThat(counters).isNull();
        }
    }
}
