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
package dev.camelgroq.examples.quarkus;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.inputContains;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs enrichment.camel.yaml of example-yaml-enrichment on Camel Quarkus, configured by application.properties and
 * the emulator's URL and key (as Camel K passes them): the route loads from the YAML DSL, calls Groq through the
 * groq-responses-action Kamelet from the component jar, and sums the usage with GroqUsageAggregationStrategy.
 */
@QuarkusTest
@QuarkusTestResource(GroqEmulatorResource.class)
class EnrichmentRouteTest {

    private static final Path SAMPLE = Path.of("../yaml-enrichment/integration/data/in/reviews.json");

    @Inject
    CamelContext context;

    @InjectGroqEmulator
    GroqEmulator groq;

    @Test
    void enrichesEveryRecordInOrderAndSumsTheUsage() throws Exception {
        groq.reset();
        ObjectMapper json = new ObjectMapper();
        JsonNode sample = json.readTree(SAMPLE.toFile());
        long expectedInput = 0;
        long expectedOutput = 0;
        for (int i = 0; i < sample.size(); i++) {
            // the last records answer first, so completion order differs from input order
            groq.when(inputContains(sample.get(i).path("text").asText()))
                    .thenReply(Reply.auto().usage(100L + i, 10L + i, 0)
                            .delayed(Duration.ofMillis(30L * (sample.size() - i))));
            expectedInput += 100 + i;
            expectedOutput += 10 + i;
        }
        MockEndpoint enriched = context.getEndpoint("mock:enriched", MockEndpoint.class);
        enriched.reset();
        enriched.expectedMessageCount(1);

        Files.copy(SAMPLE, GroqEmulatorResource.INBOX.resolve("reviews.json"));
        enriched.setResultWaitTime(60_000);
        enriched.assertIsSatisfied();

        Exchange out = enriched.getExchanges().get(0);
        JsonNode batch = json.readTree(out.getMessage().getBody(String.class));
        List<String> ids = new ArrayList<>();
        batch.forEach(r -> ids.add(r.path("id").asText()));
        List<String> expectedIds = new ArrayList<>();
        sample.forEach(r -> expectedIds.add(r.path("id").asText()));
        assertThat(ids).as("records in their input order").containsExactlyElementsOf(expectedIds);
        batch.forEach(r -> {
            assertThat(r.path("source").asText()).as("the record's own fields are kept").isNotEmpty();
            JsonNode review = r.path("review");
            assertThat(review.isObject()).as("the Kamelet's map answer, merged as an object: %s", r).isTrue();
            assertThat(review.path("sentiment").asText()).isIn("positive", "negative", "neutral");
            assertThat(review.path("rating").isNumber()).isTrue();
            assertThat(review.path("key_features").isArray()).isTrue();
        });

        assertThat(out.getMessage().getHeader("CamelFileName")).isEqualTo("reviews-enriched.json");
        assertThat(out.getMessage().getHeader("CamelGroqResponsesAggregatedParts", Integer.class))
                .isEqualTo(sample.size());
        assertThat(out.getMessage().getHeader("CamelGroqResponsesInputTokens", Long.class)).isEqualTo(expectedInput);
        assertThat(out.getMessage().getHeader("CamelGroqResponsesOutputTokens", Long.class))
                .isEqualTo(expectedOutput);
        assertThat(out.getMessage().getHeader("CamelGroqResponsesTotalTokens", Long.class))
                .isEqualTo(expectedInput + expectedOutput);

        // the settings of application.properties reached every request, the key from the component configuration
        assertThat(groq.requests()).hasSize(sample.size()).allSatisfy(r -> {
            assertThat(r.model()).isEqualTo("openai/gpt-oss-20b");
            assertThat(r.instructions()).isEqualTo("Extract product review information from the text.");
            assertThat(r.textFormatType()).isEqualTo("json_schema");
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + GroqEmulatorResource.KEY);
        });
    }
}
