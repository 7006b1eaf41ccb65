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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.tools.GroqTool;
import dev.camelgroq.responses.tools.GroqToolException;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;

/** Function tools whose calls run Camel routes, the automatic loop, its limits and strategies, and manual mode. */
class FunctionToolsTest extends EmulatorTestSupport {

    static final List<Map<String, Object>> SEEN = new CopyOnWriteArrayList<>();
    static final String TOOLS = "tool.get_weather.endpoint=direct:weather&tool.get_weather.description=Weather in a city"
                                + "&tool.get_weather.parameters=RAW({\"type\":\"object\",\"properties\":{\"city\":{\"type\":\"string\"}}})"
                                + "&tool.get_time.endpoint=direct:time";

    public record CustomerQuery(String email) {
    }

    @BeforeAll
    static void routes() throws Exception {
        context.getRegistry().bind("lookupCustomer", new GroqTool("lookup_customer", "Finds a customer by e-mail",
                "direct:customer").parametersClass(CustomerQuery.class));
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:weather").process(e -> SEEN.add(Map.of("tool", "weather", "body", e.getIn().getBody(),
                        "callId", e.getIn().getHeader(GroqResponsesConstants.TOOL_CALL_ID),
                        "tenant", String.valueOf(e.getIn().getHeader("tenant")))))
                        .setBody(simple("{\"celsius\":21,\"city\":\"${body[city]}\"}"));
                from("direct:time").process(e -> SEEN.add(Map.of("tool", "time", "body", e.getIn().getBody())))
                        .setBody(constant(Map.of("time", "10:00")));
                from("direct:customer").setBody(simple("customer ${body[email]} is gold"));
                from("direct:broken").throwException(new IllegalStateException("database down"));
            }
        });
    }

    @BeforeEach
    void clear() {
        SEEN.clear();
    }

    private static void scriptTwoToolsThenAnswer() {
        emulator().when(lacksInputItem("function_call_output")).thenReply(
                Reply.functionCall("get_weather", "{\"city\":\"Paris\"}").andFunctionCall("get_time", "{\"tz\":\"CET\"}")
                        .withReasoning("I need the weather and the time."));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("21 degrees at 10:00 in Paris."));
    }

    @Test
    void twoToolsInOneParallelTurnThenTheAnswer() {
        scriptTwoToolsThenAnswer();
        Exchange exchange = sendOk(TOOLS + "&parallelToolExecution=true", "Weather and time in Paris?",
                Map.of("tenant", "acme"));

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("21 degrees at 10:00 in Paris.");
        assertThat(SEEN).extracting(m -> m.get("tool")).containsExactlyInAnyOrder("weather", "time");
        Map<String, Object> weather = SEEN.stream().filter(m -> m.get("tool").equals("weather")).findFirst().orElseThrow();
        assertThat(weather.get("body")).isEqualTo(Map.of("city", "Paris"));
        assertThat(weather.get("tenant")).isEqualTo("acme");
        assertThat(weather.get("callId").toString()).startsWith("call_");

        EmulatorRequest first = emulator().requests().get(0);
        assertThat(first.json().get("tools")).extracting(t -> t.get("name").asText())
                .containsExactlyInAnyOrder("get_weather", "get_time");
        JsonNode weatherTool = null;
        for (JsonNode t : first.json().get("tools")) {
            weatherTool = "get_weather".equals(t.get("name").asText()) ? t : weatherTool;
        }
        assertThat(weatherTool.at("/parameters/properties/city/type").asText()).isEqualTo("string");
        assertThat(weatherTool.get("description").asText()).isEqualTo("Weather in a city");
        EmulatorRequest second = emulator().lastRequest();
        List<JsonNode> outputs = second.inputItems("function_call_output");
        assertThat(outputs).extracting(o -> o.get("output").asText())
                .containsExactlyInAnyOrder("{\"celsius\":21,\"city\":\"Paris\"}", "{\"time\":\"10:00\"}");
        assertThat(second.inputItems("function_call")).hasSize(2);
        // Groq's schema has no input form for reasoning: left out unless keepReasoningItems=true
        assertThat(second.inputItems("reasoning")).isEmpty();
        assertThat(second.inputItems("function_call")).allSatisfy(call -> assertThat(call.properties())
                .extracting(java.util.Map.Entry::getKey).containsExactly("type", "call_id", "name", "arguments"));

        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOOL_ITERATIONS)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.MODEL_CALLS)).isEqualTo(2);
        List<Map<String, Object>> calls = exchange.getMessage().getHeader(GroqResponsesConstants.TOOL_CALLS, List.class);
        assertThat(calls).extracting(c -> c.get("outcome")).containsOnly("ok");
        assertThat(calls).extracting(c -> c.get("name")).containsExactly("get_weather", "get_time");
        long lastTotal = exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class);
        long loopTotal = exchange.getMessage().getHeader(GroqResponsesConstants.LOOP_TOTAL_TOKENS, Long.class);
        assertThat(loopTotal).isGreaterThan(lastTotal);
    }

    @Test
    void reasoningItemsAreSentBackOnlyWhenAskedForOutsideTheSchema() {
        scriptTwoToolsThenAnswer();
        sendOk(TOOLS, "Weather and time in Paris?", Map.of());
        assertThat(emulator().lastRequest().inputItems("reasoning")).isEmpty();
        assertThat(emulator().lastRequest().inputItems("function_call_output")).hasSize(2);

        emulator().reset();
        scriptTwoToolsThenAnswer();
        Exchange refused = send(TOOLS + "&keepReasoningItems=true", "Weather and time in Paris?", Map.of());
        assertThat(((GroqResponsesException) refused.getException()).getParam()).isEqualTo("input[1].type");

        emulator().reset();
        emulator().strict(false); // keepReasoningItems=true is a deliberate step outside Groq's published schema
        scriptTwoToolsThenAnswer();
        sendOk(TOOLS + "&keepReasoningItems=true", "Weather and time in Paris?", Map.of());
        assertThat(emulator().lastRequest().inputItems("reasoning")).hasSize(1);
    }

    @Test
    void toolBeanWithParametersFromAClass() {
        emulator().when(lacksInputItem("function_call_output"))
                .thenReply(Reply.functionCall("lookup_customer", "{\"email\":\"ada@example.com\"}"));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("Ada is a gold customer."));
        Exchange exchange = sendOk("functionTools=#lookupCustomer", "Is ada@example.com a good customer?", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("Ada is a gold customer.");
        assertThat(emulator().requests().get(0).json().at("/tools/0/parameters/properties/email/type").asText())
                .isEqualTo("string");
        assertThat(emulator().lastRequest().inputItems("function_call_output").get(0).get("output").asText())
                .isEqualTo("customer ada@example.com is gold");
    }

    @Test
    void iterationCapStopsAModelThatKeepsCallingTools() {
        emulator().when(r -> true).thenReply(Reply.functionCall("get_time", "{}"));
        Exchange exchange = send(TOOLS + "&maxToolIterations=2", "Loop", Map.of());
        assertThat(exchange.getException()).isInstanceOf(GroqToolException.class)
                .hasMessageContaining("maxToolIterations=2").hasMessageContaining("get_time");
        assertThat(emulator().requestCount()).isEqualTo(3);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOOL_ITERATIONS)).isEqualTo(2);
    }

    @Test
    void failingToolFailsTheExchangeByDefault() {
        emulator().enqueue(Reply.functionCall("get_stock", "{}"));
        Exchange exchange = send("tool.get_stock.endpoint=direct:broken", "Stock?", Map.of());
        assertThat(exchange.getException()).isInstanceOf(GroqToolException.class)
                .hasMessageContaining("get_stock").hasMessageContaining("database down");
        assertThat(((GroqToolException) exchange.getException()).getToolName()).isEqualTo("get_stock");
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void failingToolCanBeReportedToTheModel() {
        emulator().when(lacksInputItem("function_call_output")).thenReply(Reply.functionCall("get_stock", "{}"));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("The stock service is down."));
        Exchange exchange = sendOk("tool.get_stock.endpoint=direct:broken&toolFailureStrategy=report", "Stock?",
                Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("The stock service is down.");
        assertThat(emulator().lastRequest().inputItems("function_call_output").get(0).get("output").asText())
                .startsWith("Error: ").contains("database down");
        List<Map<String, Object>> calls = exchange.getMessage().getHeader(GroqResponsesConstants.TOOL_CALLS, List.class);
        assertThat(calls.get(0).get("outcome")).isEqualTo("error");
    }

    @Test
    void unknownToolIsReportedByDefaultAndCanFail() {
        emulator().when(lacksInputItem("function_call_output")).thenReply(Reply.functionCall("get_moon", "{}"));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("I cannot check the moon."));
        Exchange reported = sendOk(TOOLS, "Moon?", Map.of());
        assertThat(emulator().lastRequest().inputItems("function_call_output").get(0).get("output").asText())
                .contains("unknown tool 'get_moon'").contains("get_weather");
        assertThat(reported.getMessage().getHeader(GroqResponsesConstants.TOOL_CALLS, List.class)).hasSize(1);

        Exchange failed = send(TOOLS + "&unknownToolStrategy=fail", "Moon?", Map.of());
        assertThat(failed.getException()).isInstanceOf(GroqToolException.class).hasMessageContaining("get_moon");
    }

    @Test
    void manualModeRoundTrip() {
        scriptTwoToolsThenAnswer();
        Exchange first = sendOk(TOOLS + "&autoToolExecution=false", "Weather and time in Paris?", Map.of());
        List<Map<String, Object>> calls = first.getMessage().getBody(List.class);
        assertThat(calls).extracting(c -> c.get("name")).containsExactly("get_weather", "get_time");
        assertThat(SEEN).isEmpty();

        List<Map<String, Object>> conversation = new ArrayList<>(
                first.getMessage().getHeader(GroqResponsesConstants.CONVERSATION, List.class));
        for (Map<String, Object> call : calls) {
            conversation.add(Map.of("type", "function_call_output", "call_id", call.get("call_id"), "output", "ok"));
        }
        Exchange second = sendOk(TOOLS + "&autoToolExecution=false", conversation, Map.of());
        assertThat(second.getMessage().getBody(String.class)).isEqualTo("21 degrees at 10:00 in Paris.");
        EmulatorRequest last = emulator().lastRequest();
        assertThat(last.inputItems("function_call")).hasSize(2);
        assertThat(last.inputItems("function_call_output")).hasSize(2);
        assertThat(last.inputItems("message").get(0).get("content").asText()).isEqualTo("Weather and time in Paris?");
    }

    @Test
    void badToolDeclarationIsNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("tool.get_x.description=no endpoint", "x",
                Map.of())).hasStackTraceContaining("tool.get_x.endpoint");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> send("functionTools=#nope", "x", Map.of()))
                .hasStackTraceContaining("functionTools=#nope");
    }
}
