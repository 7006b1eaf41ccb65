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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The emulator's model of Groq's prompt cache: opt-in per model, an exact match of the body before the input, the
 * cached part reported in usage and given back to the token limit after processing, prefixes that expire.
 */
class PromptCacheEmulatorTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String CACHED_MODEL = "openai/gpt-oss-20b";
    private static final String INSTRUCTIONS = "Classify each product review as positive, negative or neutral. "
                                               .repeat(20);

    private record Answer(JsonNode json, long remainingTokens) {
        long cached() {
            return json.at("/usage/input_tokens_details/cached_tokens").asLong();
        }

        long total() {
            return json.at("/usage/total_tokens").asLong();
        }
    }

    private static Answer call(String model, String instructions, String input) throws Exception {
        String body = MAPPER.createObjectNode().put("model", model).put("instructions", instructions)
                .put("input", input).toString();
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses"))
                .header("Authorization", "Bearer k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return new Answer(MAPPER.readTree(response.body()),
                Long.parseLong(response.headers().firstValue("x-ratelimit-remaining-tokens").orElse("-1")));
    }

    @Test
    void aRepeatedPrefixIsReportedAsCachedTokensOnlyForModelsWithCaching(GroqEmulator emulator) throws Exception {
        emulator.promptCaching(Duration.ofHours(2), CACHED_MODEL);

        Answer first = call(CACHED_MODEL, INSTRUCTIONS, "Great blender.");
        Answer second = call(CACHED_MODEL, INSTRUCTIONS, "Arrived broken, refunded at once.");
        Answer otherInstructions = call(CACHED_MODEL, INSTRUCTIONS + "Be terse.", "Great blender.");
        call("llama-3.3-70b-versatile", INSTRUCTIONS, "Great blender.");
        Answer uncachedModel = call("llama-3.3-70b-versatile", INSTRUCTIONS, "Great blender.");

        assertThat(first.cached()).isZero();
        // the body before "input": {"model":...,"instructions":...,
        int prefixChars = MAPPER.createObjectNode().put("model", CACHED_MODEL).put("instructions", INSTRUCTIONS)
                .toString().length();
        assertThat(second.cached()).isEqualTo(Tokens.estimate(prefixChars))
                .isLessThan(second.json().at("/usage/input_tokens").asLong());
        assertThat(otherInstructions.cached()).isZero();
        assertThat(uncachedModel.cached()).isZero();
    }

    @Test
    void theWholeInputCountsWhenAdmittedAndTheCachedPartIsGivenBackAfterProcessing(GroqEmulator emulator)
            throws Exception {
        // a day-long minute: the bucket does not noticeably refill during the test
        emulator.rateLimits(RateLimits.tokenBuckets().tokensPerMinute(100_000).requestsPerMinute(1_000)
                .minute(Duration.ofDays(1))).promptCaching(Duration.ofHours(2), CACHED_MODEL);

        Answer first = call(CACHED_MODEL, INSTRUCTIONS, "Great blender.");
        Answer second = call(CACHED_MODEL, INSTRUCTIONS, "Great kettle.");
        Answer third = call(CACHED_MODEL, INSTRUCTIONS, "Great toaster.");

        // each answer's headers are taken when it is admitted: the whole request counted
        assertThat((double) second.remainingTokens()).isCloseTo(first.remainingTokens() - second.total(), within(1.0));
        // by the next answer the second one's cached part is back in the bucket
        assertThat(second.cached()).isPositive();
        assertThat((double) third.remainingTokens())
                .isCloseTo(second.remainingTokens() + second.cached() - third.total(), within(1.0));
    }

    @Test
    void prefixesExpireWhenUnused(GroqEmulator emulator) throws Exception {
        emulator.promptCaching(Duration.ofMillis(1), CACHED_MODEL);
        call(CACHED_MODEL, INSTRUCTIONS, "Great blender.");
        Thread.sleep(50);
        assertThat(call(CACHED_MODEL, INSTRUCTIONS, "Great kettle.").cached()).isZero();
    }
}
