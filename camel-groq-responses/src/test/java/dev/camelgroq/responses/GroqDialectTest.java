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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.RequestFields;
import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.GroqRequestSchema;
import dev.camelgroq.responses.test.OutputItems;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19: every scenario sends only what Groq's published schema (and its documented extensions) accepts, checked
 * by the strict emulator; fields outside the schema are refused before any call; items sent back are in the shapes
 * the schema lists.
 */
class GroqDialectTest extends EmulatorTestSupport {

    private static final String TOOLS = "tool.get_weather.endpoint=direct:dialectWeather"
                                        + "&tool.get_weather.description=Weather in a city";
    private static final String MCP = "mcp.deepwiki.url=https://mcp.example.com/mcp&mcp.deepwiki.requireApproval=always"
                                      + "&mcpApproval=direct:dialectApprove";

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:dialectWeather").setBody(constant("{\"celsius\":21}"));
                from("direct:dialectApprove").setBody(constant("approve"));
            }
        });
    }

    /** One scenario: its name, the scripting it needs, and the exchanges it sends (each must succeed). */
    record Scenario(String name, Runnable script, List<Function<Void, Exchange>> sends) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static Scenario scenario(String name, Runnable script, String options, Object body) {
        return new Scenario(name, script, List.of(v -> send(options, body)));
    }

    static Stream<Scenario> scenarios() {
        String schema = "jsonSchema=classpath:schemas/review.json&strictSchema=true";
        String validReview = "{\"product_name\":\"Headphones\",\"rating\":4.5,\"sentiment\":\"positive\","
                             + "\"key_features\":[\"sound\"]}";
        return Stream.of(
                scenario("plain text", () -> {
                }, "", "Tell me a fun fact about the moon."),
                scenario("every option", () -> {
                }, "instructions=Be brief&temperature=0.3&topP=0.9&maxOutputTokens=200&reasoningEffort=low"
                   + "&metadata.job=dialect&user=u-1&parallelToolCalls=false&textFormat=text",
                        "Hello"),
                scenario("json_object", () -> emulator().enqueue(Reply.json("{\"a\":1}")),
                        "textFormat=json_object&instructions=Answer in JSON", "Hello"),
                scenario("json_schema", () -> emulator().enqueue(Reply.json(validReview)), schema, "Nice headphones"),
                scenario("outputClass", () -> {
                }, "outputClass=" + StructuredOutputTest.Review.class.getName(), "Nice headphones"),
                scenario("structured-output repair", () -> emulator().enqueue(Reply.json("{\"product_name\": 5}"),
                        Reply.json(validReview)), schema, "Nice headphones"),
                scenario("repair after json_validate_failed", () -> emulator().enqueue(
                        Reply.error(400, "invalid_request_error", "json_validate_failed", "Generated JSON does not"
                                                                                          + " match the schema")
                                .failedGeneration("{\"product_name\": 5}"),
                        Reply.json(validReview)), schema, "Nice headphones"),
                new Scenario("memory, two turns", () -> emulator().enqueue(Reply.text("Hello Ada.")
                        .withReasoning("greet"), Reply.text("You are Ada.")), List.of(
                                v -> send("", "My name is Ada.", Map.of(GroqResponsesConstants.CONVERSATION_ID,
                                        "dialect-memory")),
                                v -> send("", "Who am I?", Map.of(GroqResponsesConstants.CONVERSATION_ID,
                                        "dialect-memory")))),
                scenario("streaming", () -> {
                }, "stream=true", "Hi"),
                scenario("service tier auto", () -> {
                }, "serviceTier=auto", "Hi"),
                scenario("service tier default", () -> {
                }, "serviceTier=default", "Hi"),
                scenario("service tier on_demand", () -> {
                }, "serviceTier=on_demand", "Hi"),
                scenario("service tier flex", () -> {
                }, "serviceTier=flex", "Hi"),
                scenario("function-tool loop", () -> {
                    emulator().when(lacksInputItem("function_call_output")).thenReply(
                            Reply.functionCall("get_weather", "{\"city\":\"Paris\"}").withReasoning("need weather"));
                    emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("21 degrees."));
                }, TOOLS + "&toolChoice=get_weather", "Weather in Paris?"),
                scenario("streamed function-tool loop", () -> {
                    emulator().when(lacksInputItem("function_call_output")).thenReply(
                            Reply.functionCall("get_weather", "{\"city\":\"Paris\"}"));
                    emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("21 degrees."));
                }, TOOLS + "&stream=true", "Weather in Paris?"),
                scenario("MCP approval loop", () -> {
                    emulator().when(lacksInputItem("mcp_approval_response")).thenReply(Reply.text("")
                            .withItem(OutputItems.mcpListTools("deepwiki", List.of("ask_question")))
                            .withItem(OutputItems.mcpApprovalRequest("mcpr_1", "deepwiki", "ask_question", "{}")));
                    emulator().when(hasInputItem("mcp_approval_response")).thenReply(Reply.text("Done."));
                }, MCP, "What is Camel?"),
                scenario("built-in tools", () -> emulator().enqueue(Reply.text("Found it.")
                        .withItem(OutputItems.browserSearchCall("camel"))), "builtinTools=browser_search,code_interpreter",
                        "Search for Camel"),
                new Scenario("image input", () -> {
                }, List.of(v -> {
                    try {
                        return send("", Files.readAllBytes(Path.of("src/test/resources/images/pixel.png")),
                                Map.of(GroqResponsesConstants.PROMPT, "What colour is it?"));
                    } catch (java.io.IOException e) {
                        throw new IllegalStateException(e);
                    }
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("scenarios")
    void theStrictEmulatorAcceptsEveryRequestOfTheScenario(Scenario scenario) {
        scenario.script().run();
        for (Function<Void, Exchange> send : scenario.sends()) {
            Exchange exchange = send.apply(null);
            assertThat(exchange.getException()).as("%s: %s", scenario.name(), emulator().lastRequest() == null
                    ? "no request" : emulator().lastRequest().rawBody()).isNull();
        }
        // every request the scenario sent (follow-ups included) is one Groq's schema accepts
        assertThat(emulator().requests()).isNotEmpty().allSatisfy(r -> assertThat(
                GroqRequestSchema.get().check(r.json())).as(r.rawBody()).isNull());
    }

    @Test
    void assistantTurnsGoBackAsEasyMessagesAndFunctionItemsWithTheirSchemaFieldsOnly() {
        emulator().when(r -> r.rawBody().contains("does not match")).thenReply(Reply.json("{\"product_name\":\"a\","
                                                                                     + "\"rating\":1,\"sentiment\":"
                                                                                     + "\"neutral\",\"key_features\":[]}"));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.json("{\"product_name\": 5}"));
        emulator().when(lacksInputItem("function_call_output")).thenReply(
                Reply.functionCall("get_weather", "{\"city\":\"Paris\"}").withReasoning("need weather"));
        sendOk(TOOLS + "&jsonSchema=classpath:schemas/review.json", "Weather in Paris?", Map.of());
        EmulatorRequest repair = emulator().lastRequest();
        List<String> shapes = new ArrayList<>();
        repair.json().get("input").forEach(item -> {
            List<String> fields = new ArrayList<>();
            item.fieldNames().forEachRemaining(fields::add);
            shapes.add(String.join(",", fields));
        });
        assertThat(shapes).containsExactly("role,content", "type,call_id,name,arguments", "type,call_id,output",
                "role,content", "role,content");
        assertThat(repair.json().at("/input/3/role").asText()).isEqualTo("assistant");
        assertThat(repair.json().at("/input/3/content").asText()).isEqualTo("{\"product_name\": 5}");
    }

    @Test
    void aListBodyBuiltFromAnEarlierAnswersOutputHeaderIsSentInTheAcceptedShapes() {
        emulator().enqueue(Reply.text("The moon is 384,400 km away.").withReasoning("recall")
                .withItem(OutputItems.browserSearchCall("moon distance")), Reply.text("About 1.3 light seconds."));
        Exchange first = sendOk("", "How far is the moon?", Map.of());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> output = first.getMessage().getHeader(GroqResponsesConstants.OUTPUT, List.class);
        assertThat(output).extracting(i -> i.get("type")).contains("reasoning", "message", "browser_search_call");
        List<Object> conversation = new ArrayList<>();
        conversation.add(Map.of("role", "user", "content", "How far is the moon?"));
        conversation.addAll(output);
        conversation.add(Map.of("role", "user", "content", "In light seconds?"));

        sendOk("", conversation, Map.of());
        JsonNode input = lastJson().get("input");
        assertThat(input).hasSize(3);
        assertThat(input.get(1).toString())
                .isEqualTo("{\"role\":\"assistant\",\"content\":\"The moon is 384,400 km away.\"}");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "max_tool_calls|3", "background|false", "top_logprobs|2", "frequency_penalty|0.5", "seed|7" })
    void aFieldOutsideTheSchemaIsRefusedBeforeAnyCall(String field, String value) {
        Exchange exchange = send("bodyFields=*&bodyFormat=request", "{\"input\":\"Hi\",\"" + field + "\":" + value
                                                                    + "}", Map.of());
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'" + field + "'").hasMessageContaining("additionalBodyProperty." + field);
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void bodyFieldsNamingAFieldOutsideTheSchemaIsRefusedAtStart() {
        assertThatThrownBy(() -> template.sendBody(uri("bodyFields=seed"), "Hi")).rootCause()
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("option bodyFields")
                .hasMessageContaining("'seed'");
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void aListBodyItemOfUnknownTypeIsRefusedBeforeAnyCall() {
        Exchange exchange = send("", List.of(Map.of("role", "user", "content", "Hi"),
                Map.of("type", "function_call_outptu", "call_id", "c1", "output", "x")), Map.of());
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("item 1").hasMessageContaining("function_call_outptu");
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void theComponentsRequestFieldsAreThoseOfGroqsSchema() {
        assertThat(RequestFields.ACCEPTED).containsExactlyInAnyOrderElementsOf(GroqRequestSchema.get().fields());
    }
}
