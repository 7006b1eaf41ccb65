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

import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every request option reaches the wire under Groq's field name. */
class RequestOptionsTest extends EmulatorTestSupport {

    static Stream<Arguments> options() {
        return Stream.of(
                arguments("instructions=Be brief", "/instructions", "\"Be brief\""),
                arguments("textFormat=json_object", "/text/format", "{\"type\":\"json_object\"}"),
                arguments("textFormat=text", "/text/format", "{\"type\":\"text\"}"),
                arguments("jsonSchema=RAW({\"type\":\"object\",\"properties\":{\"a\":{\"type\":\"string\"}}})",
                        "/text/format/schema/properties/a/type", "\"string\""),
                arguments("jsonSchema=classpath:schemas/review.json", "/text/format/schema/required/0",
                        "\"product_name\""),
                arguments("jsonSchema=classpath:schemas/review.json", "/text/format/type", "\"json_schema\""),
                arguments("jsonSchema=classpath:schemas/review.json&schemaName=review", "/text/format/name",
                        "\"review\""),
                arguments("jsonSchema=classpath:schemas/review.json&strictSchema=true", "/text/format/strict", "true"),
                arguments("reasoningEffort=low", "/reasoning", "{\"effort\":\"low\"}"),
                arguments("tools=classpath:tools/weather.json", "/tools/0/name", "\"get_weather\""),
                arguments("toolDefinitions=#bean:weatherTools", "/tools/0/name", "\"lookup_customer\""),
                arguments("tools=RAW([{\"type\":\"function\",\"name\":\"f\",\"parameters\":{}}])", "/tools/0/name",
                        "\"f\""),
                arguments("builtinTools=browser_search,code_interpreter", "/tools",
                        "[{\"type\":\"browser_search\"},{\"type\":\"code_interpreter\",\"container\":{\"type\":\"auto\"}}]"),
                arguments("toolChoice=required", "/tool_choice", "\"required\""),
                arguments("tools=classpath:tools/weather.json&toolChoice=get_weather", "/tool_choice",
                        "{\"type\":\"function\",\"function\":{\"name\":\"get_weather\"}}"),
                arguments("parallelToolCalls=false", "/parallel_tool_calls", "false"),
                arguments("temperature=0.2", "/temperature", "0.2"),
                arguments("topP=0.9", "/top_p", "0.9"),
                arguments("maxOutputTokens=64", "/max_output_tokens", "64"),
                arguments("serviceTier=flex", "/service_tier", "\"flex\""),
                arguments("serviceTier=on_demand", "/service_tier", "\"default\""),
                arguments("serviceTier=default", "/service_tier", "\"default\""),
                arguments("serviceTier=auto", "/service_tier", "\"auto\""),
                arguments("reasoningEffort=HIGH", "/reasoning", "{\"effort\":\"high\"}"),
                arguments("metadata.tenant=acme&metadata.batch=7", "/metadata", "{\"tenant\":\"acme\",\"batch\":\"7\"}"),
                arguments("user=user-42", "/user", "\"user-42\""));
    }

    /**
     * additionalBodyProperty may send what Groq's schema does not list: the user's deliberate choice, which the
     * component does not refuse and the strict emulator does, as Groq may.
     */
    static Stream<Arguments> escapeHatch() {
        return Stream.of(
                arguments("additionalBodyProperty.max_tool_calls=3", "/max_tool_calls", "3"),
                arguments("additionalBodyProperty.top_logprobs=2&additionalBodyProperty.background=false",
                        "/background", "false"));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("escapeHatch")
    void additionalBodyPropertySendsAFieldOutsideTheSchemaAsIs(String option, String pointer, String expectedJson)
            throws Exception {
        Exchange strict = send(option, "Hello", Map.of());
        assertThat(strict.getException()).as("the strict emulator refuses it, as Groq would")
                .isInstanceOf(GroqResponsesException.class);
        assertThat(((GroqResponsesException) strict.getException()).getParam())
                .isIn("max_tool_calls", "top_logprobs", "background");
        emulator().strict(false);
        sendOk(option, "Hello", Map.of());
        assertThat(lastJson().at(pointer)).isEqualTo(Json.MAPPER.readTree(expectedJson));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("options")
    void optionReachesTheWire(String option, String pointer, String expectedJson) throws Exception {
        sendOk(option, "Hello", Map.of());
        assertThat(lastJson().at(pointer)).isEqualTo(Json.MAPPER.readTree(expectedJson));
    }

    @Test
    void onlyModelAndInputAreSentByDefault() {
        sendOk("", "Hello", Map.of());
        JsonNode json = lastJson();
        assertThat(json.get("model").asText()).isEqualTo("openai/gpt-oss-20b");
        assertThat(json.get("input").asText()).isEqualTo("Hello");
        assertThat(json.size()).as("fields sent: " + json).isEqualTo(2);
    }

    @Test
    void inferenceMetricsHeaderIsSentByDefaultAndCanBeTurnedOff() {
        sendOk("", "Hello", Map.of());
        assertThat(emulator().lastRequest().header("Groq-Beta")).isEqualTo("inference-metrics");
        sendOk("inferenceMetrics=false", "Hello", Map.of());
        assertThat(emulator().lastRequest().header("Groq-Beta")).isNull();
    }

    @Test
    void apiKeyIsSentAsBearerToken() {
        sendOk("", "Hello", Map.of());
        assertThat(emulator().lastRequest().header("Authorization")).isEqualTo("Bearer " + KEY);
    }

    @Test
    void componentLevelDefaultsReachEveryEndpoint() throws Exception {
        GroqResponsesComponent component = new GroqResponsesComponent();
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setBaseUrl(GROQ.baseUrl());
        component.getConfiguration().setInstructions("component default");
        context.addComponent("groq-defaults", component);
        String body = template.requestBody("groq-defaults:x?model=llama-3.3-70b-versatile", "Hi", String.class);
        assertThat(body).isNotBlank();
        assertThat(lastJson().get("instructions").asText()).isEqualTo("component default");
        assertThat(lastJson().get("model").asText()).isEqualTo("llama-3.3-70b-versatile");
    }
}
