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
package dev.camelgroq.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The floor: the JDK's HttpClient posting the same JSON and Jackson reading the answer and its output text, with no
 * mapping, headers or error handling beyond the status check.
 */
final class RawJdkClient implements BenchClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(executor).build();
    private final URI uri;

    RawJdkClient(String baseUrl) {
        this.uri = URI.create(baseUrl + "/responses");
    }

    @Override
    public String name() {
        return "raw JDK HttpClient + Jackson";
    }

    @Override
    public CompletableFuture<Long> call(String input) {
        String body = MAPPER.createObjectNode().put("model", BenchmarkMain.MODEL).put("input", input).toString();
        HttpRequest request = HttpRequest.newBuilder(uri)
                .header("Authorization", "Bearer bench").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return client.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray()).thenApply(response -> {
            if (response.statusCode() != 200) {
                throw new IllegalStateException("HTTP " + response.statusCode());
            }
            try {
                JsonNode root = MAPPER.readTree(response.body());
                StringBuilder text = new StringBuilder();
                for (JsonNode item : root.path("output")) {
                    for (JsonNode part : item.path("content")) {
                        if ("output_text".equals(part.path("type").asText())) {
                            text.append(part.path("text").asText());
                        }
                    }
                }
                return root.path("usage").path("total_tokens").asLong() + (text.length() > 0 ? 0 : 0);
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
