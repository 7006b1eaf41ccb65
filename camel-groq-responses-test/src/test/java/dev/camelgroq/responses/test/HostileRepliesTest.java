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
import java.net.http.HttpTimeoutException;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The hostile answers the emulator can give a client under test: failed 200s, oversized bodies, no answer at all. */
class HostileRepliesTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static HttpRequest request(Duration timeout) {
        return HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses")).timeout(timeout)
                .header("Content-Type", "application/json").header("Authorization", "Bearer k")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"Hi\"}"))
                .build();
    }

    @Test
    void failedReplyIsA200WithStatusFailedAnErrorAndNoOutput() throws Exception {
        GROQ.emulator().enqueue(Reply.failed("server_error", "The model crashed"));
        HttpResponse<String> response = CLIENT.send(request(Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode json = MAPPER.readTree(response.body());
        assertThat(json.get("status").asText()).isEqualTo("failed");
        assertThat(json.get("output")).isEmpty();
        assertThat(json.at("/error/code").asText()).isEqualTo("server_error");
        assertThat(json.at("/error/message").asText()).isEqualTo("The model crashed");
    }

    @Test
    void oversizedReplyIsChunkedWithoutAContentLength() throws Exception {
        GROQ.emulator().enqueue(Reply.oversized(300_000));
        HttpResponse<String> response = CLIENT.send(request(Duration.ofSeconds(10)),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Length")).isEmpty();
        assertThat(MAPPER.readTree(response.body()).at("/output/0/content/0/text").asText()).hasSize(300_000);
    }

    @Test
    void neverAnsweringReplyLeavesTheClientWaiting() {
        GROQ.emulator().enqueue(Reply.text("never").neverAnswer());
        assertThatThrownBy(() -> CLIENT.send(request(Duration.ofMillis(300)), HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        assertThat(GROQ.emulator().requestCount()).isEqualTo(1);
    }
}
