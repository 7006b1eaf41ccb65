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
package dev.camelgroq.responses.test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The emulator refuses what Groq's published schema refuses, answering 400 with Groq's error shape and the offending
 * field path as {@code param}, and accepts what the schema and its documented extensions accept.
 */
class StrictEmulatorTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String M = "\"model\":\"openai/gpt-oss-20b\",";

    private static HttpResponse<String> post(String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer k")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "unknown top-level field|{" + M + "\"input\":\"hi\",\"max_tool_calls\":3}|max_tool_calls",
            "field the page calls unsupported|{" + M + "\"input\":\"hi\",\"store\":false}|store",
            "no model|{\"input\":\"hi\"}|model",
            "no input|{" + M + "\"instructions\":\"x\"}|input",
            "chat completions tier name|{" + M + "\"input\":\"hi\",\"service_tier\":\"on_demand\"}|service_tier",
            "performance tier|{" + M + "\"input\":\"hi\",\"service_tier\":\"performance\"}|service_tier",
            "assistant output item sent back|{" + M + "\"input\":[{\"role\":\"user\",\"content\":\"hi\"},{\"type\":"
            + "\"message\",\"id\":\"msg_1\",\"status\":\"completed\",\"role\":\"assistant\",\"content\":[{\"type\":"
            + "\"output_text\",\"text\":\"hello\",\"annotations\":[]}]}]}|input[1].role",
            "typed message with text content|{" + M + "\"input\":[{\"type\":\"message\",\"role\":\"user\","
            + "\"content\":\"hi\"}]}|input[0].content",
            "output_text part in a user message|{" + M + "\"input\":[{\"role\":\"user\",\"content\":[{\"type\":"
            + "\"output_text\",\"text\":\"hi\"}]}]}|input[0].content[0].type",
            "reasoning item|{" + M + "\"input\":[{\"type\":\"reasoning\",\"id\":\"rs_1\",\"content\":[]}]}"
            + "|input[0].type",
            "mcp_call item|{" + M + "\"input\":[{\"type\":\"mcp_call\",\"id\":\"mc_1\"}]}|input[0].type",
            "function_call without arguments|{" + M + "\"input\":[{\"type\":\"function_call\",\"call_id\":\"c1\","
            + "\"name\":\"f\"}]}|input[0].arguments",
            "function output as an object|{" + M + "\"input\":[{\"type\":\"function_call_output\",\"call_id\":\"c1\","
            + "\"output\":{\"ok\":true}}]}|input[0].output",
            "role tool|{" + M + "\"input\":[{\"role\":\"tool\",\"content\":\"x\"}]}|input[0].role",
            "unknown tool type|{" + M + "\"input\":\"hi\",\"tools\":[{\"type\":\"web_search\"}]}|tools[0].type",
            "function tool without name|{" + M + "\"input\":\"hi\",\"tools\":[{\"type\":\"function\"}]}"
            + "|tools[0].name",
            "OpenAI's named tool choice|{" + M + "\"input\":\"hi\",\"tool_choice\":{\"type\":\"function\","
            + "\"name\":\"f\"}}|tool_choice.function",
            "temperature above 2|{" + M + "\"input\":\"hi\",\"temperature\":2.5}|temperature",
            "top_p above 1|{" + M + "\"input\":\"hi\",\"top_p\":1.5}|top_p",
            "reasoning effort|{" + M + "\"input\":\"hi\",\"reasoning\":{\"effort\":\"max\"}}|reasoning.effort",
            "json_schema without name|{" + M + "\"input\":\"hi\",\"text\":{\"format\":{\"type\":\"json_schema\","
            + "\"schema\":{\"type\":\"object\"}}}}|text.format.name",
            "metadata value not text|{" + M + "\"input\":\"hi\",\"metadata\":{\"n\":1}}|metadata.n",
            "image part without url|{" + M + "\"input\":[{\"role\":\"user\",\"content\":[{\"type\":\"input_image\","
            + "\"detail\":\"auto\"}]}]}|input[0].content[0].image_url",
            "code interpreter without container|{" + M + "\"input\":\"hi\",\"tools\":[{\"type\":"
            + "\"code_interpreter\"}]}|tools[0].container",
            "mcp tool without url|{" + M + "\"input\":\"hi\",\"tools\":[{\"type\":\"mcp\",\"server_label\":\"x\"}]}"
            + "|tools[0].server_url"})
    void refusesWhatGroqsSchemaRefuses(String name, String body, String param) throws Exception {
        int before = GROQ.emulator().answeredWith(200);
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode error = MAPPER.readTree(response.body()).get("error");
        assertThat(error.get("type").asText()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asText()).as(error.toString()).isEqualTo(param);
        assertThat(error.get("message").asText()).contains(param);
        assertThat(error.has("code")).isTrue();
        assertThat(GROQ.emulator().answeredWith(200)).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "text input|{" + M + "\"input\":\"hi\"}",
            "every option|{" + M + "\"input\":\"hi\",\"instructions\":\"be brief\",\"temperature\":0.2,"
            + "\"top_p\":0.9,\"max_output_tokens\":100,\"reasoning\":{\"effort\":\"low\"},\"metadata\":{\"k\":\"v\"},"
            + "\"user\":\"u1\",\"parallel_tool_calls\":false,\"stream\":false,\"service_tier\":\"flex\"}",
            "service tier auto|{" + M + "\"input\":\"hi\",\"service_tier\":\"auto\"}",
            "service tier default|{" + M + "\"input\":\"hi\",\"service_tier\":\"default\"}",
            "history in the accepted shapes|{" + M + "\"input\":[{\"role\":\"user\",\"content\":\"weather?\"},"
            + "{\"type\":\"function_call\",\"call_id\":\"c1\",\"name\":\"get_weather\",\"arguments\":\"{}\"},"
            + "{\"type\":\"function_call_output\",\"call_id\":\"c1\",\"output\":\"{\\\"c\\\":21}\"},"
            + "{\"role\":\"assistant\",\"content\":\"21 degrees\"},{\"role\":\"user\",\"content\":\"thanks\"}]}",
            "typed user message|{" + M + "\"input\":[{\"type\":\"message\",\"role\":\"developer\",\"content\":"
            + "[{\"type\":\"input_text\",\"text\":\"be brief\"}]}]}",
            "image input (documented extension)|{" + M + "\"input\":[{\"role\":\"user\",\"content\":[{\"type\":"
            + "\"input_text\",\"text\":\"colours?\"},{\"type\":\"input_image\",\"detail\":\"auto\",\"image_url\":"
            + "\"data:image/png;base64,iVBORw0KGgo=\"}]}]}",
            "built-in and MCP tools (documented extensions)|{" + M + "\"input\":\"hi\",\"tool_choice\":\"required\","
            + "\"tools\":[{\"type\":\"browser_search\"},{\"type\":\"code_interpreter\",\"container\":{\"type\":"
            + "\"auto\"}},{\"type\":\"mcp\",\"server_label\":\"hf\",\"server_url\":\"https://huggingface.co/mcp\","
            + "\"require_approval\":\"never\"}]}",
            "MCP approval items (documented extension)|{" + M + "\"input\":[{\"role\":\"user\",\"content\":\"go\"},"
            + "{\"type\":\"mcp_approval_request\",\"id\":\"mcpr_1\",\"server_label\":\"s\",\"name\":\"t\","
            + "\"arguments\":\"{}\"},{\"type\":\"mcp_approval_response\",\"approval_request_id\":\"mcpr_1\","
            + "\"approve\":true}]}",
            "function tool and named choice|{" + M + "\"input\":\"hi\",\"tools\":[{\"type\":\"function\",\"name\":"
            + "\"f\",\"description\":\"d\",\"parameters\":{\"type\":\"object\",\"properties\":{}},\"strict\":true}],"
            + "\"tool_choice\":{\"type\":\"function\",\"function\":{\"name\":\"f\"}}}",
            "json_schema|{" + M + "\"input\":\"hi\",\"text\":{\"format\":{\"type\":\"json_schema\",\"name\":\"r\","
            + "\"schema\":{\"type\":\"object\"},\"strict\":true}}}"})
    void acceptsWhatGroqsSchemaAndPageAccept(String name, String body) throws Exception {
        HttpResponse<String> response = post(body);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    @Test
    void theSchemaListsTheRequestFieldsAndTheExtensionsTheUnsupportedOnes() {
        assertThat(GroqRequestSchema.get().fields()).contains("model", "input", "service_tier", "store")
                .doesNotContain("max_tool_calls", "previous_response_id");
        assertThat(GroqRequestSchema.get().unsupported()).containsExactlyInAnyOrder("previous_response_id", "store",
                "truncation", "include", "safety_identifier", "prompt_cache_key");
    }

    @Test
    void lenientModeIsAnExplicitOptOutAndResetRestoresStrict() throws Exception {
        String odd = "{" + M + "\"input\":\"hi\",\"max_tool_calls\":3}";
        GROQ.emulator().strict(false);
        assertThat(post(odd).statusCode()).isEqualTo(200);
        GROQ.emulator().reset();
        assertThat(post(odd).statusCode()).isEqualTo(400);
    }
}
