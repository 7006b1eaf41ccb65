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
package dev.camelgroq.responses;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rate-limit headers can never lock the component: after an answer with missing, zero, negative, garbage or absurd
 * values, the next requests to the same (key, model) still go out at once (issue 7, item 5).
 */
class HostileRateLimitHeadersTest extends EmulatorTestSupport {

    private static final AtomicInteger KEYS = new AtomicInteger();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "day used up, no reset     | x-ratelimit-remaining-requests=0;x-ratelimit-reset-requests=",
        "day reset of 9999h        | x-ratelimit-remaining-requests=0;x-ratelimit-reset-requests=9999h",
        "tokens 0, reset of 9999h  | x-ratelimit-remaining-tokens=0;x-ratelimit-reset-tokens=9999h",
        "tokens 0, no reset        | x-ratelimit-remaining-tokens=0;x-ratelimit-reset-tokens=",
        "limit zero                | x-ratelimit-limit-tokens=0;x-ratelimit-remaining-tokens=0;x-ratelimit-limit-requests=0",
        "negative values           | x-ratelimit-remaining-requests=-5;x-ratelimit-remaining-tokens=-100;x-ratelimit-reset-tokens=-3s",
        "garbage                   | x-ratelimit-remaining-requests=lots;x-ratelimit-remaining-tokens=0x10;x-ratelimit-reset-tokens=soon",
        "remaining above the limit | x-ratelimit-limit-tokens=10;x-ratelimit-remaining-tokens=99999999;x-ratelimit-reset-tokens=1s",
        "absurdly large numbers    | x-ratelimit-remaining-tokens=99999999999999999999999;x-ratelimit-limit-tokens=9223372036854775807"
    })
    void brokenHeadersNeverBlockTheNextRequests(String label, String headers) {
        Reply hostile = Reply.text("first");
        for (String header : headers.split(";")) {
            String[] kv = header.split("=", 2);
            hostile = hostile.header(kv[0], kv[1]);
        }
        emulator().enqueue(hostile);
        String uri = uri("maxRetries=0&retryMaxDelay=5000").replace(KEY, KEY + "-hostile-" + KEYS.incrementAndGet());
        Exchange first = template.send(uri, x -> x.getIn().setBody("one"));
        assertThat(first.getException()).isNull();
        List<Exchange> next = List.of(template.send(uri, x -> x.getIn().setBody("two")),
                template.send(uri, x -> x.getIn().setBody("three")));
        assertThat(next).allSatisfy(e -> assertThat(e.getException()).as(label).isNull());
        assertThat(emulator().requestCount()).isEqualTo(3);
    }
}
