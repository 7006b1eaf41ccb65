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
package dev.camelgroq.responses.http;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** An answer's headers read by name, one or several in one pass, as HTTP names them: any case, repeats joined. */
class HttpAnswerTest {

    private final HttpAnswer answer = HttpAnswer.of(200, new Header[] {
        new BasicHeader("Content-Type", "application/json"),
        new BasicHeader("X-RateLimit-Remaining-Tokens", "5000"),
        new BasicHeader("x-request-id", "req_1"),
        new BasicHeader("Vary", "Origin"),
        new BasicHeader("vary", "Accept"),
        new BasicHeader("x-ratelimit-remaining-requests", "99") }, new byte[0]);

    @Test
    void readsOneHeaderInAnyCaseAndJoinsRepeats() {
        assertThat(answer.header("x-ratelimit-remaining-tokens")).isEqualTo("5000");
        assertThat(answer.header("X-REQUEST-ID")).isEqualTo("req_1");
        assertThat(answer.header("vary")).isEqualTo("Origin,Accept");
        assertThat(answer.header("retry-after")).isNull();
    }

    @Test
    void readsSeveralHeadersInOnePassAsOneByOne() {
        String[] names = { "x-ratelimit-remaining-requests", "retry-after", "VARY", "content-type",
            "x-ratelimit-remaining-tokens" };
        String[] values = answer.headers(names);
        assertThat(values).containsExactly("99", null, "Origin,Accept", "application/json", "5000");
        for (int i = 0; i < names.length; i++) {
            assertThat(values[i]).isEqualTo(answer.header(names[i]));
        }
    }
}
