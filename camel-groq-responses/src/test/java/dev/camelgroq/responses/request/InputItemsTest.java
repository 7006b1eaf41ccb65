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
package dev.camelgroq.responses.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.test.GroqRequestSchema;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each item shape that comes back from Groq (or from an earlier version's store) becomes the input shape Groq's schema
 * accepts, or is left out; every converted item passes Groq's published schema.
 */
class InputItemsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "assistant output message|{\"type\":\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":"
            + "\"assistant\",\"content\":[{\"type\":\"output_text\",\"text\":\"Hel\",\"annotations\":[]},"
            + "{\"type\":\"output_text\",\"text\":\"lo\",\"annotations\":[]}]}|{\"role\":\"assistant\",\"content\":"
            + "\"Hello\"}",
            "assistant easy message|{\"role\":\"assistant\",\"content\":\"Hi\"}|{\"role\":\"assistant\",\"content\":"
            + "\"Hi\"}",
            "typed user message with text|{\"type\":\"message\",\"role\":\"user\",\"content\":\"Hi\",\"id\":\"m\"}"
            + "|{\"role\":\"user\",\"content\":\"Hi\"}",
            "typed developer message with parts|{\"type\":\"message\",\"role\":\"developer\",\"status\":\"completed\","
            + "\"content\":[{\"type\":\"input_text\",\"text\":\"x\"}]}|{\"type\":\"message\",\"role\":\"developer\","
            + "\"content\":[{\"type\":\"input_text\",\"text\":\"x\"}]}",
            "function call with id, status and object arguments|{\"type\":\"function_call\",\"id\":\"fc_1\",\"status\":"
            + "\"completed\",\"call_id\":\"c1\",\"name\":\"f\",\"arguments\":{\"a\":1}}|{\"type\":\"function_call\","
            + "\"call_id\":\"c1\",\"name\":\"f\",\"arguments\":\"{\\\"a\\\":1}\"}",
            "function output as an object|{\"type\":\"function_call_output\",\"id\":\"o\",\"call_id\":\"c1\",\"output\":"
            + "{\"ok\":true}}|{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":\"{\\\"ok\\\":true}\"}",
            "mcp approval request|{\"type\":\"mcp_approval_request\",\"id\":\"r1\",\"server_label\":\"s\",\"name\":"
            + "\"t\",\"arguments\":\"{}\",\"extra\":1}|{\"type\":\"mcp_approval_request\",\"id\":\"r1\","
            + "\"server_label\":\"s\",\"name\":\"t\",\"arguments\":\"{}\"}",
            "item reference|{\"type\":\"item_reference\",\"id\":\"msg_1\"}|{\"type\":\"item_reference\",\"id\":"
            + "\"msg_1\"}"})
    void convertedToTheAcceptedShape(String name, String item, String expected) throws Exception {
        JsonNode converted = InputItems.normalize(Json.MAPPER.readTree("[" + item + "]"), false, "test");
        assertThat(converted).hasSize(1);
        assertThat(converted.get(0)).isEqualTo(Json.MAPPER.readTree(expected));
        JsonNode request = Json.MAPPER.createObjectNode().put("model", "m").set("input", converted);
        assertThat(GroqRequestSchema.get().check(request)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "reasoning|{\"type\":\"reasoning\",\"id\":\"rs\",\"content\":[{\"type\":\"reasoning_text\",\"text\":\"t\"}]}",
            "mcp listing|{\"type\":\"mcp_list_tools\",\"id\":\"l\",\"server_label\":\"s\",\"tools\":[]}",
            "mcp call|{\"type\":\"mcp_call\",\"id\":\"c\",\"server_label\":\"s\",\"name\":\"t\"}",
            "built-in tool item|{\"type\":\"browser_search_call\",\"id\":\"b\",\"status\":\"completed\"}",
            "assistant message without text|{\"type\":\"message\",\"role\":\"assistant\",\"content\":[]}"})
    void leftOutWhenTheSchemaHasNoInputFormForIt(String name, String item) throws Exception {
        assertThat(InputItems.normalize(Json.MAPPER.readTree("[" + item + "]"), false, "test")).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown type|{\"type\":\"function_call_outptu\",\"call_id\":\"c\"}|type 'function_call_outptu'",
            "no type and no role|{\"content\":\"Hi\"}|no 'type' and no 'role'",
            "unknown role|{\"role\":\"tool\",\"content\":\"x\"}|role 'tool'",
            "not an object|\"Hi\"|must be an object"})
    void refusedInABodyNamingTheItem(String name, String item, String message) {
        assertThatThrownBy(() -> InputItems.normalize(Json.MAPPER.readTree("[{\"role\":\"user\",\"content\":\"a\"},"
                                                                           + item + "]"), false, "The body"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("The body item 1")
                .hasMessageContaining(message);
    }
}
