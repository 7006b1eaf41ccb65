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

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.call.Bulkhead;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.async.methods.SimpleResponseConsumer;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * The transport the component is built on, used raw: Apache HttpClient 5's async client (pooled, as many I/O threads
 * as the component's default) posting the same JSON, Jackson reading the answer and its output text. No mapping,
 * headers, retries, rate limiting or error handling beyond the status check. {@link #stream} reads server-sent
 * events on the I/O thread and parses every event's data with Jackson. By default the full client a user builds
 * with {@code HttpAsyncClients.custom()} (issue 16's baseline); with {@code minimal}, HttpClient's minimal async
 * client, which the component uses when no proxy is set.
 */
final class RawApacheClient implements BenchClient {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final CloseableHttpAsyncClient client;
    private final URI uri;
    /** Where the caller's code goes on after a plain call. */
    private final HandOff handOff;
    /** The pool of {@link #handOff}, null when the caller goes on on the I/O thread that read the answer. */
    private final ExecutorService pool;
    /** Whether this is HttpClient's minimal async client (no execution chain) rather than the full one. */
    private final boolean minimal;

    /** Where a plain call's caller goes on: what the component's contract requires (user code never runs on the
     * HTTP client's threads), done by hand, or not at all. */
    enum HandOff {
        /** On the I/O thread that read the answer: the raw transport's floor. */
        NONE(""),
        /** On the pool the component hands its calling route to ({@link Bulkhead}, 20 threads). */
        COMPONENT_POOL(", caller goes on off the I/O thread (the component's pool)"),
        /** On a JDK {@code ThreadPoolExecutor} of 20 threads, as the component did before its own pool. */
        THREAD_POOL_EXECUTOR(", caller goes on off the I/O thread (a JDK ThreadPoolExecutor, 20 threads)");

        private final String label;

        HandOff(String label) {
            this.label = label;
        }
    }

    RawApacheClient(String baseUrl) {
        this(baseUrl, HandOff.NONE, false);
    }

    RawApacheClient(String baseUrl, HandOff handOff, boolean minimal) {
        this.handOff = handOff;
        this.minimal = minimal;
        this.pool = switch (handOff) {
            case NONE -> null;
            case COMPONENT_POOL -> Bulkhead.create(new DefaultCamelContext().getExecutorServiceManager(), "BenchHandOff")
                    .pool();
            case THREAD_POOL_EXECUTOR -> jdkPool();
        };
        this.uri = URI.create(baseUrl + "/responses");
        var connections = PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnTotal(1024)
                .setMaxConnPerRoute(1024).build();
        var reactor = IOReactorConfig.custom().setIoThreadCount(Runtime.getRuntime().availableProcessors()).build();
        this.client = minimal
                ? HttpAsyncClients.createMinimal(H2Config.DEFAULT, Http1Config.DEFAULT, reactor, connections)
                : HttpAsyncClients.custom().setConnectionManager(connections).setIOReactorConfig(reactor)
                        .disableAutomaticRetries().disableCookieManagement().disableRedirectHandling().build();
        client.start();
    }

    private static ExecutorService jdkPool() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(20, 20, 60, TimeUnit.SECONDS, new LinkedBlockingQueue<>(10_000));
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    @Override
    public String name() {
        return "raw Apache HttpClient 5" + (minimal ? " minimal client" : "") + " + Jackson" + handOff.label;
    }

    private SimpleHttpRequest request(String input, boolean stream) {
        var body = MAPPER.createObjectNode().put("model", BenchmarkMain.MODEL).put("input", input);
        if (stream) {
            body.put("stream", true);
        }
        SimpleRequestBuilder builder = SimpleRequestBuilder.post(uri)
                .setBody(body.toString().getBytes(StandardCharsets.UTF_8), ContentType.APPLICATION_JSON)
                .addHeader("Authorization", "Bearer bench");
        if (stream) {
            builder.addHeader("Accept", "text/event-stream");
        }
        return builder.build();
    }

    @Override
    public CompletableFuture<Long> call(String input) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        client.execute(SimpleRequestProducer.create(request(input, false)), SimpleResponseConsumer.create(),
                new Callback<>(result) {
                    @Override
                    public void completed(SimpleHttpResponse response) {
                        if (response.getCode() != 200) {
                            result.completeExceptionally(new IllegalStateException("HTTP " + response.getCode()));
                            return;
                        }
                        try {
                            JsonNode root = MAPPER.readTree(response.getBodyBytes());
                            StringBuilder text = new StringBuilder();
                            for (JsonNode item : root.path("output")) {
                                for (JsonNode part : item.path("content")) {
                                    if ("output_text".equals(part.path("type").asText())) {
                                        text.append(part.path("text").asText());
                                    }
                                }
                            }
                            long tokens = root.path("usage").path("total_tokens").asLong() + (text.length() > 0 ? 0 : 0);
                            if (pool == null) {
                                result.complete(tokens);
                            } else {
                                pool.execute(() -> result.complete(tokens));
                            }
                        } catch (IOException e) {
                            result.completeExceptionally(e);
                        }
                    }
                });
        return result;
    }

    @Override
    public CompletableFuture<Long> stream(String input, Runnable firstDelta) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        client.execute(SimpleRequestProducer.create(request(input, true)), new SseConsumer(firstDelta),
                new Callback<>(result) {
                    @Override
                    public void completed(Long tokens) {
                        result.complete(tokens);
                    }
                });
        return result;
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
        if (pool != null) {
            pool.shutdown();
        }
    }

    /** Fails the future on a transport failure or a cancellation. */
    private abstract static class Callback<T> implements FutureCallback<T> {
        private final CompletableFuture<Long> result;

        Callback(CompletableFuture<Long> result) {
            this.result = result;
        }

        @Override
        public void failed(Exception ex) {
            result.completeExceptionally(ex);
        }

        @Override
        public void cancelled() {
            result.completeExceptionally(new IOException("cancelled"));
        }
    }

    /**
     * A minimal server-sent-events reader: splits the body into lines, joins an event's {@code data:} lines, parses
     * every event with Jackson, runs {@code firstDelta} at the first text delta and completes with the total tokens
     * of {@code response.completed}. Reads without backpressure (the caller's code runs on the I/O thread).
     */
    private static final class SseConsumer implements AsyncResponseConsumer<Long> {
        private final Runnable firstDelta;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream(256);
        private final StringBuilder data = new StringBuilder(256);
        private final StringBuilder text = new StringBuilder(2048);
        private FutureCallback<Long> done;
        private long tokens = -1;
        private boolean first = true;

        SseConsumer(Runnable firstDelta) {
            this.firstDelta = firstDelta;
        }

        @Override
        public void consumeResponse(HttpResponse response, EntityDetails entity, HttpContext context,
                                    FutureCallback<Long> resultCallback) {
            done = resultCallback;
            if (response.getCode() != 200) {
                resultCallback.failed(new IllegalStateException("HTTP " + response.getCode()));
            }
        }

        @Override
        public void informationResponse(HttpResponse response, HttpContext context) {
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
            capacityChannel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            while (src.hasRemaining()) {
                byte b = src.get();
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                String l = line.toString(StandardCharsets.UTF_8);
                line.reset();
                if (l.endsWith("\r")) {
                    l = l.substring(0, l.length() - 1);
                }
                if (l.isEmpty()) {
                    dispatch();
                } else if (l.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(l, l.startsWith("data: ") ? 6 : 5, l.length());
                }
            }
        }

        private void dispatch() throws IOException {
            if (data.length() == 0) {
                return;
            }
            String d = data.toString();
            data.setLength(0);
            if ("[DONE]".equals(d)) {
                return;
            }
            JsonNode event = MAPPER.readTree(d);
            String type = event.path("type").asText();
            if ("response.output_text.delta".equals(type)) {
                if (first) {
                    first = false;
                    firstDelta.run();
                }
                text.append(event.path("delta").asText());
            } else if ("response.completed".equals(type)) {
                tokens = event.path("response").path("usage").path("total_tokens").asLong();
            }
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) throws IOException {
            dispatch();
            if (tokens >= 0) {
                done.completed(tokens);
            } else {
                done.failed(new IOException("the stream ended before response.completed"));
            }
        }

        @Override
        public void failed(Exception cause) {
            if (done != null) {
                done.failed(cause);
            }
        }

        @Override
        public void releaseResources() {
        }
    }
}
