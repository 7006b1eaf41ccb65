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
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** A "stream": true request gets OpenAI's Responses event sequence, in each wire format the emulator offers. */
class EmulatorStreamingTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String REQUEST = "{\"model\":\"openai/gpt-oss-20b\",\"input\":\"Hi\",\"stream\":true}";

    private static HttpResponse<String> post() throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer k")
                .POST(HttpRequest.BodyPublishers.ofString(REQUEST)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static List<JsonNode> dataOf(String body) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("data: ") && !line.equals("data: [DONE]")) {
                events.add(MAPPER.readTree(line.substring(6)));
            }
        }
        return events;
    }

    @Test
    void streamsTheResponsesEventSequenceEndingWithTheWholeResponse() throws Exception {
        GROQ.emulator().enqueue(Reply.text("Hello streaming world").streamChunk(5));
        HttpResponse<String> response = post();

        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        assertThat(response.body()).contains("event: response.created\n").doesNotContain("[DONE]");
        List<JsonNode> events = dataOf(response.body());
        List<String> types = events.stream().map(e -> e.get("type").asText()).toList();
        assertThat(types).containsExactly("response.created", "response.in_progress", "response.output_item.added",
                "response.content_part.added", "response.output_text.delta", "response.output_text.delta",
                "response.output_text.delta", "response.output_text.delta", "response.output_text.delta",
                "response.output_text.done", "response.content_part.done", "response.output_item.done",
                "response.completed");
        for (int i = 0; i < events.size(); i++) {
            assertThat(events.get(i).get("sequence_number").asInt()).isEqualTo(i);
        }
        StringBuilder joined = new StringBuilder();
        events.stream().filter(e -> e.get("type").asText().equals("response.output_text.delta"))
                .forEach(e -> joined.append(e.get("delta").asText()));
        assertThat(joined.toString()).isEqualTo("Hello streaming world");
        JsonNode completed = events.get(events.size() - 1).get("response");
        assertThat(completed.get("status").asText()).isEqualTo("completed");
        assertThat(completed.at("/output/0/content/0/text").asText()).isEqualTo("Hello streaming world");
        assertThat(completed.at("/usage/total_tokens").asLong()).isPositive();
    }

    @Test
    void dataOnlyModeEndsWithDoneAndCrlfModeUsesCrlf() throws Exception {
        GROQ.emulator().enqueue(Reply.text("Hi").dataOnly().crlf().keepAlives());
        String body = post().body();
        assertThat(body).doesNotContain("event:").contains(": keep-alive\r\n\r\n").endsWith("data: [DONE]\r\n\r\n");
    }

    @Test
    void anErrorEventReplacesTheRestOfTheStream() throws Exception {
        GROQ.emulator().enqueue(Reply.text("Hello streaming world").streamChunk(5)
                .streamErrorAfter(2, "server_error", "boom"));
        List<JsonNode> events = dataOf(post().body());
        JsonNode last = events.get(events.size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("error");
        assertThat(last.get("code").asText()).isEqualTo("server_error");
        assertThat(events.stream().filter(e -> e.get("type").asText().endsWith(".delta"))).hasSize(2);
    }

    @Test
    void clientsThatStopReadingStallNoOtherStream() throws Exception {
        // two streams (as many as the emulator has timer threads) far larger than the socket buffers, never read
        String huge = "y".repeat(6 * 1024 * 1024);
        List<Socket> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 2; i++) {
                GROQ.emulator().enqueue(Reply.text(huge).streamChunk(64 * 1024).eventDelay(Duration.ofMillis(1)));
                stalled.add(postAndStopReading());
            }
            // its first byte is scheduled a second later, when the writes to the stalled clients are stuck
            GROQ.emulator().enqueue(Reply.text("Still streaming").streamChunk(4).eventDelay(Duration.ofMillis(5))
                    .delayed(Duration.ofSeconds(1)));
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(GROQ.baseUrl() + "/responses"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer k")
                    .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(REQUEST)).build(),
                    HttpResponse.BodyHandlers.ofString());

            List<JsonNode> events = dataOf(response.body());
            assertThat(events.get(events.size() - 1).get("type").asText()).isEqualTo("response.completed");
        } finally {
            for (Socket socket : stalled) {
                socket.close();
            }
        }
    }

    /** Posts a streamed request on a socket with a small receive buffer, reads the status line, then stops reading. */
    private static Socket postAndStopReading() throws Exception {
        Socket socket = new Socket();
        socket.setReceiveBufferSize(4096);
        URI base = URI.create(GROQ.baseUrl());
        socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), base.getPort()));
        byte[] body = REQUEST.getBytes(StandardCharsets.UTF_8);
        OutputStream out = socket.getOutputStream();
        out.write(("POST " + base.getPath() + "/responses HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                   + "Authorization: Bearer k\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder status = new StringBuilder();
        for (int c = in.read(); c != -1 && c != '\n'; c = in.read()) {
            status.append((char) c);
        }
        assertThat(status.toString()).startsWith("HTTP/1.1 200");
        return socket;
    }
}
