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
package com.example.consumer;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.test.spring.GroqEmulatorTest;
import org.apache.camel.Exchange;
import org.apache.camel.FluentProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/** The application's route against the staged emulator, configured by application.properties and the starter. */
@SpringBootTest(classes = ConsumerApplication.class)
@GroqEmulatorTest(apiKey = "gsk-consumer")
class ConsumerRouteTest {

    @Autowired
    GroqEmulator groq;

    @Autowired
    FluentProducerTemplate producer;

    @Test
    void theRouteClassifiesThroughTheStagedComponent() {
        groq.enqueue(Reply.text("positive"));

        Exchange result = producer.to("direct:classify").withBody("Great kettle, boils fast.").send();

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("positive");
        assertThat(result.getMessage().getHeader("sentiment", String.class)).isEqualTo("positive");
        assertThat(result.getMessage().getHeader("CamelGroqResponsesTotalTokens", Long.class)).isPositive();
        assertThat(groq.lastRequest().header("Authorization")).isEqualTo("Bearer gsk-consumer");
        assertThat(groq.lastRequest().model()).isEqualTo("llama-3.3-70b-versatile");
        assertThat(groq.lastRequest().instructions()).startsWith("Answer with one word");
    }

    @Test
    void anErrorAnswerFailsTheExchangeWithTheComponentsException() {
        groq.enqueue(Reply.error(400, "invalid_request_error", "model_not_found", "The model does not exist"));

        Exchange result = producer.to("direct:classify").withBody("Great kettle, boils fast.").send();

        assertThat(result.getException()).isInstanceOf(GroqResponsesException.class);
        assertThat(((GroqResponsesException) result.getException()).getStatusCode()).isEqualTo(400);
    }
}
