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

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import com.openai.client.OpenAIClientAsync;
import com.openai.client.okhttp.OpenAIOkHttpClientAsync;
import com.openai.core.http.AsyncStreamResponse;
import com.openai.models.responses.ResponseCreateParams;
import com.openai.models.responses.ResponseOutputItem;
import com.openai.models.responses.ResponseOutputMessage;
import com.openai.models.responses.ResponseStreamEvent;

/** The peer: the openai-java SDK (OkHttp transport, what camel-openai builds on), async responses().create. */
final class OpenAiSdkClient implements BenchClient {

    private final OpenAIClientAsync client;
    private final int maxRetries;

    OpenAiSdkClient(String baseUrl, int maxRetries) {
        this.maxRetries = maxRetries;
        this.client = OpenAIOkHttpClientAsync.builder().apiKey("bench").baseUrl(baseUrl).maxRetries(maxRetries)
                .build();
    }

    @Override
    public String name() {
        return "openai-java 4.18.0 SDK (maxRetries " + maxRetries + ")";
    }

    @Override
    public CompletableFuture<Long> call(String input) {
        ResponseCreateParams params = ResponseCreateParams.builder().model(BenchmarkMain.MODEL).input(input).build();
        return client.responses().create(params).thenApply(response -> {
            StringBuilder text = new StringBuilder();
            for (ResponseOutputItem item : response.output()) {
                if (item.isMessage()) {
                    for (ResponseOutputMessage.Content content : item.asMessage().content()) {
                        if (content.isOutputText()) {
                            text.append(content.asOutputText().text());
                        }
                    }
                }
            }
            return response.usage().map(u -> u.totalTokens()).orElse(0L);
        });
    }

    @Override
    public CompletableFuture<Long> stream(String input, Runnable firstDelta) {
        ResponseCreateParams params = ResponseCreateParams.builder().model(BenchmarkMain.MODEL).input(input).build();
        CompletableFuture<Long> result = new CompletableFuture<>();
        StringBuilder text = new StringBuilder();
        long[] tokens = { 0 };
        client.responses().createStreaming(params).subscribe(new AsyncStreamResponse.Handler<ResponseStreamEvent>() {
            @Override
            public void onNext(ResponseStreamEvent event) {
                if (event.isOutputTextDelta()) {
                    if (text.length() == 0) {
                        firstDelta.run();
                    }
                    text.append(event.asOutputTextDelta().delta());
                } else if (event.isCompleted()) {
                    tokens[0] = event.asCompleted().response().usage().map(u -> u.totalTokens()).orElse(0L);
                }
            }

            @Override
            public void onComplete(Optional<Throwable> error) {
                if (error.isPresent()) {
                    result.completeExceptionally(error.get());
                } else {
                    result.complete(tokens[0]);
                }
            }
        });
        return result;
    }

    @Override
    public void close() {
        client.close();
    }
}
