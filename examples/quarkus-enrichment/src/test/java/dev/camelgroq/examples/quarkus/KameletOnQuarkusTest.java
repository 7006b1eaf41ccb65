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

import java.util.Map;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groq-responses-action Kamelet on Camel Quarkus: it is read from the component jar
 * ({@code kamelets/groq-responses-action.kamelet.yaml}), its properties become endpoint options, and what it leaves
 * unset comes from the component's configuration in application.properties.
 */
@QuarkusTest
@QuarkusTestResource(GroqEmulatorResource.class)
class KameletOnQuarkusTest {

    private static final String KAMELET = "kamelet:groq-responses-action?model=openai/gpt-oss-120b";

    @Inject
    ProducerTemplate template;

    @InjectGroqEmulator
    GroqEmulator groq;

    @BeforeEach
    void reset() {
        groq.reset();
    }

    @Test
    void structuredAnswerArrivesAsAMapWithTheUsageHeaders() {
        groq.enqueue(Reply.json("{\"product_name\":\"kettle\",\"rating\":1,\"sentiment\":\"negative\","
                                + "\"key_features\":[\"lid\"]}").usage(42, 7, 0));

        Exchange out = template.request(KAMELET + "&instructions=Extract the review."
                                        + "&jsonSchema=classpath:review-schema.json&outputType=map&stepName=reviews",
                e -> e.getMessage().setBody("Kettle stopped working after a week."));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody()).isInstanceOf(Map.class);
        Map<?, ?> review = out.getMessage().getBody(Map.class);
        assertThat(review.get("sentiment")).isEqualTo("negative");
        assertThat(review.get("key_features")).isEqualTo(java.util.List.of("lid"));
        assertThat(out.getMessage().getHeader("CamelGroqResponsesInputTokens", Long.class)).isEqualTo(42L);
        assertThat(out.getMessage().getHeader("CamelGroqResponsesOutputTokens", Long.class)).isEqualTo(7L);
        assertThat(out.getMessage().getHeader("CamelGroqResponsesTotalTokens", Long.class)).isEqualTo(49L);

        assertThat(groq.requests()).singleElement().satisfies(r -> {
            assertThat(r.model()).isEqualTo("openai/gpt-oss-120b");
            assertThat(r.instructions()).isEqualTo("Extract the review.");
            assertThat(r.textFormatType()).isEqualTo("json_schema");
            assertThat(r.json().at("/text/format/schema/properties/sentiment/enum").toString())
                    .as("the schema resource from the classpath")
                    .isEqualTo("[\"positive\",\"negative\",\"neutral\"]");
            assertThat(r.inputText()).contains("Kettle stopped working");
            assertThat(r.header("Authorization")).as("the component's key from application.properties")
                    .isEqualTo("Bearer " + GroqEmulatorResource.KEY);
        });
    }

    @Test
    void plainTextAnswerWithoutSchema() {
        groq.enqueue(Reply.text("A short summary."));

        Exchange out = template.request(KAMELET, e -> e.getMessage().setBody("Summarize this."));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody(String.class)).isEqualTo("A short summary.");
        assertThat(groq.lastRequest().textFormatType()).isIn(null, "text");
    }

    @Test
    void theKameletsOwnKeyReplacesTheComponentsAndNeverShows() {
        String wrongKey = "gsk_not_the_configured_key_42";

        Exchange out = template.request(KAMELET + "&apiKey=RAW(" + wrongKey + ")",
                e -> e.getMessage().setBody("Hello"));

        assertThat(out.getException()).isInstanceOf(GroqResponsesException.class);
        assertThat(out.getException().getMessage()).doesNotContain(wrongKey).contains("401");
        assertThat(groq.requests()).singleElement()
                .satisfies(r -> assertThat(r.header("Authorization")).isEqualTo("Bearer " + wrongKey));
    }
}
