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

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The hostile streams the emulator gives a client under test (issue 15): a line that never ends, keep-alives for
 * ever, a flood of terminal events, JSON to a streamed request, thousands of function calls.
 */
class HostileStreamsTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private static HttpRequest streamed() {
        return HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses")).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Authorization", "Bearer k")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"model\":\"openai/gpt-oss-20b\",\"input\":\"Hi\",\"stream\":true}"))
                .build();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    @Test
    void hugeLineNeverEndsItsLineAndStopsWhenTheClientHangsUp() throws Exception {
        GROQ.emulator().enqueue(Reply.text("x").hugeStreamLine(500L * 1024 * 1024));
        HttpResponse<InputStream> response = CLIENT.send(streamed(), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        byte[] first;
        try (InputStream in = response.body()) {
            first = in.readNBytes(1024 * 1024);
        }
        assertThat(new String(first, 0, 6, StandardCharsets.US_ASCII)).isEqualTo("data: ");
        for (int i = 6; i < first.length; i++) {
            assertThat(first[i]).as("byte %s", i).isEqualTo((byte) 'x');
        }
        await(() -> GROQ.emulator().clientAbortedStreams() == 1, "the emulator to notice the hang-up");
        assertThat(GROQ.emulator().hostileBytesWritten()).isLessThan(500L * 1024 * 1024);
    }

    @Test
    void keepAliveForeverSendsOnlyCommentsUntilTheClientHangsUp() throws Exception {
        GROQ.emulator().enqueue(Reply.text("x").keepAliveForever(Duration.ofMillis(10)));
        HttpResponse<InputStream> response = CLIENT.send(streamed(), HttpResponse.BodyHandlers.ofInputStream());
        String read;
        try (InputStream in = response.body()) {
            read = new String(in.readNBytes(": keep-alive\n\n".length() * 5), StandardCharsets.US_ASCII);
        }
        assertThat(read).isEqualTo(": keep-alive\n\n".repeat(5));
        await(() -> GROQ.emulator().clientAbortedStreams() == 1, "the emulator to notice the hang-up");
    }

    @Test
    void eventFloodRepeatsThePaddedFinalEvent() throws Exception {
        GROQ.emulator().enqueue(Reply.text("flooded").eventFlood(500, 4096));
        String body = CLIENT.send(streamed(), HttpResponse.BodyHandlers.ofString()).body();
        int completed = body.split("event: response.completed", -1).length - 1;
        assertThat(completed).isEqualTo(501);
        assertThat(body.split("\"padding\":\"x{4096}\"", -1).length - 1).isEqualTo(500);
        assertThat(GROQ.emulator().hostileBytesWritten()).isGreaterThan(500L * 4096);
    }

    @Test
    void notStreamedAnswersAStreamedRequestWithPlainJson() throws Exception {
        GROQ.emulator().enqueue(Reply.text("plain after all").notStreamed());
        HttpResponse<String> response = CLIENT.send(streamed(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode json = MAPPER.readTree(response.body());
        assertThat(json.at("/output/0/content/0/text").asText()).isEqualTo("plain after all");
    }

    @Test
    void functionCallsGivesThatManyCallsWithDistinctIds() throws Exception {
        GROQ.emulator().enqueue(Reply.functionCalls("lookup", "{\"id\":1}", 10_000));
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer k")
                .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"openai/gpt-oss-20b\",\"input\":\"Hi\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        JsonNode output = MAPPER.readTree(response.body()).get("output");
        long calls = 0;
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (JsonNode item : output) {
            if ("function_call".equals(item.path("type").asText())) {
                calls++;
                ids.add(item.path("call_id").asText());
            }
        }
        assertThat(calls).isEqualTo(10_000);
        assertThat(ids).hasSize(10_000);
    }
}
