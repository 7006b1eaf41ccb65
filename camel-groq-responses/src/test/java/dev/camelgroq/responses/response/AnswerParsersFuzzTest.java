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

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.request.Json;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzz tests (Jazzer) of what the component reads from Groq: the answer body, as the caller reads it (parse, detect
 * failed answers, map onto a message, or map an error), and the rate-limit / retry-after headers. Without
 * {@code JAZZER_FUZZ=1} they run their seed corpus ({@code AnswerParsersFuzzTestInputs/}) as regular tests; with it,
 * Jazzer mutates the seeds. Nothing may throw but the parse error the caller handles.
 */
class AnswerParsersFuzzTest {

    private static CamelContext context;

    @BeforeAll
    static void start() {
        context = new DefaultCamelContext();
    }

    @AfterAll
    static void stop() {
        context.stop();
    }

    @FuzzTest
    void answerBody(byte[] body) {
        for (int status : new int[] { 200, 429 }) {
            HttpAnswer answer = new HttpAnswer(status, Map.of("x-request-id", "req_fuzz"), body);
            RateLimitHeaders limits = RateLimitHeaders.from(answer);
            if (!answer.isSuccess()) {
                GroqResponsesException.Details d = ErrorMapper.details(answer, limits);
                assertThat(d.errorMessage()).isNotNull();
                continue;
            }
            JsonNode root;
            try {
                root = Json.MAPPER.readTree(body);
            } catch (IOException notJson) {
                continue;
            }
            if (root == null || !root.isObject()) {
                continue;
            }
            ParsedResponse parsed = new ParsedResponse(root);
            assertThat(parsed.outputText()).isNotNull();
            GroqResponsesException.Details problem = FailedAnswers.problem(parsed, answer);
            if (problem == null) {
                assertThat(parsed.output()).isNotEmpty();
                Message message = new DefaultMessage(context);
                OutboundHeaders.answer(message, parsed, answer, limits, null);
                assertThat(message.getHeader(GroqResponsesConstants.OUTPUT_TEXT)).isEqualTo(parsed.outputText());
            } else {
                assertThat(problem.errorMessage()).isNotBlank();
            }
        }
    }

    /** One header value per line: remaining requests/tokens, reset requests/tokens, retry-after, retry-after-ms, limit. */
    @FuzzTest
    void rateLimitHeaders(byte[] data) {
        String[] lines = new String(data, StandardCharsets.UTF_8).split("\n", -1);
        String[] names = { "x-ratelimit-remaining-requests", "x-ratelimit-remaining-tokens",
                           "x-ratelimit-reset-requests", "x-ratelimit-reset-tokens", "retry-after", "retry-after-ms",
                           "x-ratelimit-limit-tokens" };
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < names.length && i < lines.length; i++) {
            headers.put(names[i], lines[i]);
        }
        RateLimitHeaders limits = RateLimitHeaders.from(new HttpAnswer(429, headers, new byte[0]));
        assertThat(limits.resetRequestsMillis()).satisfiesAnyOf(v -> assertThat(v).isNull(),
                v -> assertThat(v).isNotNegative());
        assertThat(limits.resetTokensMillis()).satisfiesAnyOf(v -> assertThat(v).isNull(),
                v -> assertThat(v).isNotNegative());
        for (String line : lines) {
            Long millis = GroqDurations.parseMillis(line);
            assertThat(millis == null || millis >= 0).as("duration %s -> %s", line, millis).isTrue();
        }
        Message message = new DefaultMessage(context);
        OutboundHeaders.rateLimits(message, limits);
    }
}
