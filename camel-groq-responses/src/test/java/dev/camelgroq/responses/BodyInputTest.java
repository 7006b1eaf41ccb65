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

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each body type becomes the right input; bodies change request fields only where the endpoint opts in. */
class BodyInputTest extends EmulatorTestSupport {

    @Test
    void stringIsTheInputText() {
        sendOk("", "Tell me a fun fact about the moon.", Map.of());
        assertThat(lastJson().get("input").asText()).isEqualTo("Tell me a fun fact about the moon.");
    }

    @Test
    void textThatOnlyLooksLikeJsonStaysText() {
        sendOk("", "[INFO] the job failed", Map.of());
        assertThat(lastJson().get("input").asText()).isEqualTo("[INFO] the job failed");
    }

    @Test
    void listOfMessagesIsTheItemList() {
        List<Map<String, Object>> conversation = List.of(
                Map.of("role", "user", "content", "My name is Ada."),
                Map.of("role", "assistant", "content", "Hello Ada."),
                Map.of("role", "user", "content", "What is my name?"));
        sendOk("", conversation, Map.of());
        JsonNode input = lastJson().get("input");
        assertThat(input).hasSize(3);
        assertThat(input.get(2).get("content").asText()).isEqualTo("What is my name?");
        assertThat(input.get(1).get("role").asText()).isEqualTo("assistant");
    }

    @Test
    void listOfStringsBecomesUserMessages() {
        sendOk("", List.of("first", "second"), Map.of());
        JsonNode input = lastJson().get("input");
        assertThat(input.get(1).get("role").asText()).isEqualTo("user");
        assertThat(input.get(1).get("content").asText()).isEqualTo("second");
    }

    @Test
    void jsonArrayTextIsTheItemListWhenTheEndpointOptsIn() {
        sendOk("bodyFormat=conversation", "[{\"role\":\"user\",\"content\":\"hi\"}]", Map.of());
        assertThat(lastJson().get("input").get(0).get("content").asText()).isEqualTo("hi");
    }

    @Test
    void functionCallOutputItemsPassThrough() {
        List<Map<String, Object>> items = List.of(
                Map.of("role", "user", "content", "Weather in Paris?"),
                Map.of("type", "function_call", "call_id", "call_1", "name", "get_weather", "arguments",
                        "{\"city\":\"Paris\"}"),
                Map.of("type", "function_call_output", "call_id", "call_1", "output", "{\"celsius\":21}"));
        sendOk("", items, Map.of());
        JsonNode input = lastJson().get("input");
        assertThat(input.get(2).get("type").asText()).isEqualTo("function_call_output");
        assertThat(input.get(2).get("output").asText()).isEqualTo("{\"celsius\":21}");
    }

    @Test
    void mapWithInputSuppliesRequestFields() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("input", "Summarize");
        body.put("temperature", 0.1);
        body.put("instructions", "from body");
        sendOk("instructions=from option&temperature=0.9&bodyFields=temperature,instructions", body, Map.of());
        JsonNode json = lastJson();
        assertThat(json.get("input").asText()).isEqualTo("Summarize");
        assertThat(json.get("temperature").asDouble()).isEqualTo(0.1);
        assertThat(json.get("instructions").asText()).isEqualTo("from body");
    }

    @Test
    void jsonObjectTextWithInputSuppliesRequestFieldsWhenTheEndpointOptsIn() {
        sendOk("bodyFormat=request&bodyFields=max_output_tokens", "{\"input\":\"Hi\",\"max_output_tokens\":12}", Map.of());
        assertThat(lastJson().get("max_output_tokens").asInt()).isEqualTo(12);
        assertThat(lastJson().get("input").asText()).isEqualTo("Hi");
    }

    @Test
    void mapWithoutInputIsRefusedWithItsKeys() {
        Exchange exchange = send("", Map.of("text", "hello"), Map.of());
        assertThat(exchange.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'input'").hasMessageContaining("[text]");
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void emptyBodyIsRefused() {
        Exchange exchange = send("", null, Map.of());
        assertThat(exchange.getException()).hasMessageContaining("body is empty");
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void imageBytesBecomeADataUrlNextToThePrompt() throws Exception {
        byte[] png = Files.readAllBytes(new File("src/test/resources/images/pixel.png").toPath());
        sendOk("instructions=Describe the colors", png, Map.of(GroqResponsesConstants.PROMPT, "What colors?"));
        JsonNode content = lastJson().get("input").get(0).get("content");
        assertThat(lastJson().get("instructions").asText()).isEqualTo("Describe the colors");
        assertThat(content.get(0).get("type").asText()).isEqualTo("input_text");
        assertThat(content.get(0).get("text").asText()).isEqualTo("What colors?");
        assertThat(content.get(1).get("type").asText()).isEqualTo("input_image");
        assertThat(content.get(1).get("image_url").asText()).startsWith("data:image/png;base64,iVBOR");
    }

    @Test
    void imageFileAndStreamWithContentTypeAreImages() throws Exception {
        File file = new File("src/test/resources/images/pixel.png");
        sendOk("", file, Map.of());
        assertThat(lastJson().at("/input/0/content/0/image_url").asText()).startsWith("data:image/png;base64,");

        byte[] jpegLabelled = "not really a jpeg".getBytes();
        sendOk("", new ByteArrayInputStream(jpegLabelled), Map.of(Exchange.CONTENT_TYPE, "image/jpeg"));
        assertThat(lastJson().at("/input/0/content/0/image_url").asText()).startsWith("data:image/jpeg;base64,");
    }

    @Test
    void nonImageBytesAreText() {
        sendOk("", "plain bytes".getBytes(), Map.of());
        assertThat(lastJson().get("input").asText()).isEqualTo("plain bytes");
    }
}
