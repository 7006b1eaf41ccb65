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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check against real Groq of what the emulator cannot prove: that Groq itself accepts the dialect the component
 * speaks (issue 19). The answer shape and headers, strict structured output, the error shape, a two-turn remembered
 * conversation, a structured-output repair, a function-tool loop, each service tier, streaming and an image input.
 * Runs in {@code mvn verify} only when {@code GROQ_API_KEY} is set (skipped with a message otherwise):
 * {@code GROQ_API_KEY=gsk_... mvn -B verify -pl camel-groq-responses -am -Dit.test=GroqLiveIT -Dtest=none
 * -Dsurefire.failIfNoSpecifiedTests=false}. About fifteen short calls on small models.
 */
class GroqLiveIT {

    private static final String MODEL = "openai/gpt-oss-20b";
    private static final String VISION_MODEL = "meta-llama/llama-4-scout-17b-16e-instruct";
    private static CamelContext context;
    private static ProducerTemplate template;

    private static boolean hasKey() {
        String key = System.getenv("GROQ_API_KEY");
        return key != null && !key.isBlank();
    }

    @BeforeAll
    static void start() throws Exception {
        if (hasKey()) {
            context = new DefaultCamelContext();
            context.addRoutes(new RouteBuilder() {
                @Override
                public void configure() {
                    from("direct:liveWeather").setBody(constant("{\"city\":\"Paris\",\"celsius\":21}"));
                }
            });
            context.start();
            template = context.createProducerTemplate();
        }
    }

    @BeforeEach
    void needsAKey() {
        Assumptions.assumeTrue(hasKey(), "GROQ_API_KEY is not set: skipping the live check against api.groq.com");
    }

    @AfterAll
    static void stop() {
        if (context != null) {
            context.stop();
        }
    }

    private static String uri(String options) {
        return "groq-responses:live?model=" + MODEL + "&reasoningEffort=low&maxOutputTokens=400"
               + (options.isEmpty() ? "" : "&" + options);
    }

    private static Exchange ok(String options, Object body, Map<String, Object> headers) {
        Exchange exchange = template.request(uri(options), x -> {
            x.getIn().setBody(body);
            x.getIn().setHeaders(new java.util.HashMap<>(headers));
        });
        assertThat(exchange.getException()).as("Groq refused or failed the request").isNull();
        return exchange;
    }

    @Test
    void answerCarriesTheContractHeaders() {
        Message m = ok("", "Reply with the single word: pong", Map.of()).getMessage();
        assertThat(m.getBody(String.class)).isNotBlank();
        assertThat(m.getHeader(GroqResponsesConstants.STATUS)).isIn("completed", "incomplete");
        assertThat(m.getHeader(GroqResponsesConstants.RESPONSE_ID, String.class)).startsWith("resp_");
        assertThat(m.getHeader(GroqResponsesConstants.INPUT_TOKENS, Long.class)).isPositive();
        assertThat(m.getHeader(GroqResponsesConstants.OUTPUT_TOKENS, Long.class)).isPositive();
        assertThat(m.getHeader(GroqResponsesConstants.REQUEST_ID, String.class)).isNotBlank();
        assertThat(m.getHeader(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, Long.class)).isNotNull();
        assertThat(m.getHeader(GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS, Long.class)).isNotNull();
        assertThat(m.getHeader(GroqResponsesConstants.TOTAL_TIME, Double.class)).isPositive();
    }

    @Test
    void strictStructuredOutputMatchesTheSchema() {
        Exchange exchange = ok("textFormat=json_schema&strictSchema=true&outputType=map&jsonSchema=RAW("
                               + "{\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}},"
                               + "\"required\":[\"city\"],\"additionalProperties\":false})",
                "Paris is lovely in spring.", Map.of());
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("city");
    }

    @Test
    void unknownModelFailsLikeTheEmulatorSays() {
        Exchange exchange = template.request("groq-responses:live?model=no-such/model&maxRetries=0",
                x -> x.getIn().setBody("Hi"));
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertThat(e.getStatusCode()).isEqualTo(404);
        assertThat(e.getErrorCode()).isEqualTo("model_not_found");
        assertThat(e.getMessage()).doesNotContain(System.getenv("GROQ_API_KEY"));
    }

    @Test
    void aRememberedConversationOfTwoTurns() {
        Map<String, Object> conversation = Map.of(GroqResponsesConstants.CONVERSATION_ID,
                "live-" + System.nanoTime());
        ok("", "My name is Ada. Reply with: noted", conversation);
        // the second request carries the first answer back as {"role":"assistant","content":"..."}
        Exchange second = ok("", "What is my name? Reply with the name only.", conversation);
        assertThat(second.getMessage().getBody(String.class)).containsIgnoringCase("Ada");
    }

    @Test
    void aStructuredOutputRepairIsAccepted() {
        Exchange exchange = ok("jsonSchema=RAW({\"type\":\"object\",\"properties\":{\"word\":{\"type\":\"string\","
                               + "\"pattern\":\"^[A-Z]+$\"}},\"required\":[\"word\"],\"additionalProperties\":false})"
                               + "&outputType=map&structuredOutputRetries=2&instructions=Answer with JSON whose word is"
                               + " the given word in lower case.",
                "CAMEL", Map.of());
        assertThat(exchange.getMessage().getBody(Map.class)).containsKey("word");
        Integer repairs = exchange.getMessage().getHeader(GroqResponsesConstants.REPAIRS, Integer.class);
        Assumptions.assumeTrue(repairs != null && repairs > 0,
                "the model matched the schema at once: the repair request was not exercised this time");
    }

    @Test
    void aFunctionToolLoop() {
        Exchange exchange = ok("tool.get_weather.endpoint=direct:liveWeather&tool.get_weather.description=Current"
                               + " weather in a city&instructions=Always call get_weather before you answer.",
                "What is the weather in Paris?", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).contains("21");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOOL_ITERATIONS, Integer.class))
                .isPositive();
    }

    @ParameterizedTest(name = "serviceTier={0}")
    @ValueSource(strings = { "auto", "default", "on_demand", "flex" })
    void eachServiceTier(String tier) {
        Exchange exchange = template.request(uri("serviceTier=" + tier + "&maxRetries=0"),
                x -> x.getIn().setBody("Reply with the single word: pong"));
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        if (e != null && "flex".equals(tier) && e.getStatusCode() != 400) {
            // flex needs a paid plan and may be at capacity (498): the value itself was accepted
            Assumptions.abort("flex not available to this key: " + e.getStatusCode() + " " + e.getErrorMessage());
        }
        assertThat(e).as("service_tier=%s accepted", tier).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isNotBlank();
    }

    @Test
    void streaming() {
        Exchange exchange = ok("stream=true", "Count from one to five in words.", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isNotBlank();
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN, Long.class))
                .isNotNull();
    }

    @Test
    void anImageInput() throws Exception {
        byte[] png = Files.readAllBytes(Path.of("src/test/resources/images/pixel.png"));
        Exchange exchange = template.request("groq-responses:live?model=" + VISION_MODEL + "&maxOutputTokens=100",
                x -> {
                    x.getIn().setBody(png);
                    x.getIn().setHeader(GroqResponsesConstants.PROMPT, "Describe this image in five words.");
                });
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isNotBlank();
    }
}
