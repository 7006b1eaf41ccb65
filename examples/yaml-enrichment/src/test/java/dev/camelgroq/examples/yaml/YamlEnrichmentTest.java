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
package dev.camelgroq.examples.yaml;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.main.Main;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.CamelEvent.ExchangeCompletedEvent;
import org.apache.camel.support.EventNotifierSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static dev.camelgroq.responses.test.RequestMatchers.inputContains;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs integration/enrichment.camel.yaml with integration/application.properties the way {@code camel run} and
 * Camel K do: Camel Main loads the YAML routes and the properties, the Kamelet comes from the component jar. Only the
 * endpoints (a temp folder) and Groq (the emulator) are overridden.
 */
class YamlEnrichmentTest {

    private static final String KEY = "gsk_yaml_example_0123456789";
    private static final Path SAMPLE = Path.of("integration/data/in/reviews.json");

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    @TempDir
    Path work;

    /** Captures the exchange that leaves the enrich-reviews route. */
    static final class Done extends EventNotifierSupport {
        final CountDownLatch latch = new CountDownLatch(1);
        volatile Exchange exchange;

        @Override
        public void notify(CamelEvent event) {
            Exchange e = ((ExchangeCompletedEvent) event).getExchange();
            if ("enrich-reviews".equals(e.getFromRouteId())) {
                exchange = e;
                latch.countDown();
            }
        }

        @Override
        public boolean isEnabled(CamelEvent event) {
            return event instanceof ExchangeCompletedEvent;
        }
    }

    @Test
    void enrichesEveryRecordInOrderAndSumsTheUsage() throws Exception {
        ObjectMapper json = new ObjectMapper();
        JsonNode sample = json.readTree(SAMPLE.toFile());
        long expectedInput = 0;
        for (int i = 0; i < sample.size(); i++) {
            // the last records answer first, so completion order differs from input order
            GROQ.emulator().when(inputContains(sample.get(i).path("text").asText()))
                    .thenReply(Reply.auto().usage(100L + i, 10L + i, 0).delayed(java.time.Duration.ofMillis(30L * (sample.size() - i))));
            expectedInput += 100 + i;
        }
        Path in = Files.createDirectories(work.resolve("in"));
        Files.copy(SAMPLE, in.resolve("reviews.json"));
        Path out = work.resolve("out");

        Done done = new Done();
        Main main = new Main();
        main.configure().withRoutesIncludePattern("classpath:enrichment.camel.yaml");
        main.addOverrideProperty("enrichment.source", "file:" + in + "?noop=true&include=.*\\.json");
        main.addOverrideProperty("enrichment.sink", "file:" + out);
        main.addOverrideProperty("camel.component.groq-responses.base-url", GROQ.baseUrl());
        main.addOverrideProperty("camel.component.groq-responses.api-key", KEY);
        main.bind("done", done);
        main.start();
        try {
            assertThat(done.latch.await(60, TimeUnit.SECONDS)).as("the batch went through the route").isTrue();
        } finally {
            main.stop();
        }

        assertThat(done.exchange.getException()).isNull();
        JsonNode enriched = json.readTree(out.resolve("reviews-enriched.json").toFile());
        List<String> ids = new ArrayList<>();
        enriched.forEach(r -> ids.add(r.path("id").asText()));
        List<String> expectedIds = new ArrayList<>();
        sample.forEach(r -> expectedIds.add(r.path("id").asText()));
        assertThat(ids).containsExactlyElementsOf(expectedIds);
        enriched.forEach(r -> {
            assertThat(r.path("source").asText()).as("the record's own fields are kept").isNotEmpty();
            assertThat(r.path("review").path("sentiment").asText()).isIn("positive", "negative", "neutral");
            assertThat(r.path("review").has("key_features")).isTrue();
        });

        Map<String, Object> headers = done.exchange.getMessage().getHeaders();
        assertThat(headers).containsEntry("CamelGroqResponsesAggregatedParts", sample.size());
        assertThat(done.exchange.getMessage().getHeader("CamelGroqResponsesInputTokens", Long.class))
                .isEqualTo(expectedInput);
        assertThat(done.exchange.getMessage().getHeader("CamelGroqResponsesTotalTokens", Long.class))
                .isEqualTo(expectedInput + 10L * sample.size() + (long) sample.size() * (sample.size() - 1) / 2);

        assertThat(GROQ.emulator().requests()).hasSize(sample.size()).allSatisfy(r -> {
            assertThat(r.model()).isEqualTo("openai/gpt-oss-20b");
            assertThat(r.instructions()).isEqualTo("Extract product review information from the text.");
            assertThat(r.textFormatType()).isEqualTo("json_schema");
            assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
        });
    }
}
