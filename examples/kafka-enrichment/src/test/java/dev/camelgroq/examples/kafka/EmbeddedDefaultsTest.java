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
package dev.camelgroq.examples.kafka;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelgroq.responses.test.GroqEmulator;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.env.MapPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@link EmbeddedDefaults} starts when the configuration names no Groq key. */
class EmbeddedDefaultsTest {

    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void theEmbeddedEmulatorCachesPromptPrefixesAsGroqDoesForTheExamplesModel() throws Exception {
        try (GenericApplicationContext context = new GenericApplicationContext()) {
            // a broker and a database are named, so only the Groq emulator is started
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test", Map.of(
                    EmbeddedDefaults.BROKERS, "localhost:1", EmbeddedDefaults.JDBC_URL,
                    "jdbc:postgresql://localhost:1/x")));
            new EmbeddedDefaults().initialize(context);
            context.refresh();
            String baseUrl = context.getEnvironment().getRequiredProperty(EmbeddedDefaults.GROQ_BASE_URL);
            assertThat(context.getBean(GroqEmulator.class).baseUrl()).isEqualTo(baseUrl);

            String instructions = "You extract facts from one customer product review. ".repeat(20);
            JsonNode first = call(baseUrl, instructions, "The battery lasts for days.");
            JsonNode second = call(baseUrl, instructions, "The sound is crisp.");
            assertThat(first.at("/usage/input_tokens_details/cached_tokens").asLong()).as("a first prefix misses")
                    .isZero();
            long cached = second.at("/usage/input_tokens_details/cached_tokens").asLong();
            assertThat(cached).as("the same instructions hit the cache").isGreaterThan(200)
                    .isLessThan(second.at("/usage/input_tokens").asLong());
        }
    }

    private JsonNode call(String baseUrl, String instructions, String input) throws Exception {
        // instructions before the input, as the component writes them: the cache needs the same bytes before it
        String body = mapper.createObjectNode().put("model", "openai/gpt-oss-20b").put("instructions", instructions)
                .put("input", input).toString();
        HttpResponse<String> answer = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(baseUrl + "/responses")).header("Authorization", "Bearer emulator")
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        return mapper.readTree(answer.body());
    }
}
