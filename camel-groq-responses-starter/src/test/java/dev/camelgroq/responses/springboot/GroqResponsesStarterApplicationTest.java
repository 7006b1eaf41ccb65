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
package dev.camelgroq.responses.springboot;

import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.test.spring.GroqEmulatorTest;
import org.apache.camel.Exchange;
import org.apache.camel.FluentProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;

import static org.assertj.core.api.Assertions.assertThat;

/** A Spring Boot application whose route calls the emulator, configured only through properties. */
// tag::emulator-test[]
@SpringBootTest(classes = GroqResponsesStarterApplicationTest.App.class,
        properties = { "camel.component.groq-responses.model=llama-3.3-70b-versatile",
                "camel.component.groq-responses.instructions=Answer in one word.",
                "camel.component.groq-responses.request-timeout=20s" })
@GroqEmulatorTest(apiKey = "gsk-spring-test")
class GroqResponsesStarterApplicationTest {

    @Autowired
    GroqEmulator groq;

    @Autowired
    FluentProducerTemplate producer;

    @Test
    void theRouteCallsGroqWithTheConfiguredKeyModelAndInstructions() {
        groq.enqueue(Reply.text("positive"));

        Exchange result = producer.to("direct:classify").withBody("Great kettle, boils fast.").send();

        assertThat(result.getException()).isNull();
        assertThat(result.getMessage().getBody(String.class)).isEqualTo("positive");
        assertThat(result.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class)).isPositive();
        assertThat(groq.lastRequest().header("Authorization")).isEqualTo("Bearer gsk-spring-test");
        assertThat(groq.lastRequest().model()).isEqualTo("llama-3.3-70b-versatile");
        assertThat(groq.lastRequest().instructions()).isEqualTo("Answer in one word.");
    }
// end::emulator-test[]

    @SpringBootApplication
    static class App {
        @Bean
        RouteBuilder classifyRoute() {
            return new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:classify").to("groq-responses:classify");
                }
            };
        }
    }
}
