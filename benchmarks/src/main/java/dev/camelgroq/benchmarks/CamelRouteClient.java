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

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** The component: a route {@code direct:bench -> groq-responses:bench}, driven through Camel's async API. */
final class CamelRouteClient implements BenchClient {

    private final CamelContext context = new DefaultCamelContext();
    private final AsyncProducer producer;
    private final String label;
    /** Streamed calls waiting for their first delta, by exchange id (with {@code streamTo=direct:bench-deltas}). */
    private final Map<String, Runnable> firstDeltas = new ConcurrentHashMap<>();
    static final String DELTAS = "direct:bench-deltas";
    private final java.util.concurrent.atomic.AtomicLong deltaExchanges = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong streamedCalls = new java.util.concurrent.atomic.AtomicLong();
    /** Prompt-cache figures of the answers (input tokens, cached tokens, least cached of a hit), when counted. */
    private volatile boolean countingCache;
    private final java.util.concurrent.atomic.AtomicLong inputTokens = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong cachedTokens = new java.util.concurrent.atomic.AtomicLong();
    private final java.util.concurrent.atomic.AtomicLong leastCachedHit =
            new java.util.concurrent.atomic.AtomicLong(Long.MAX_VALUE);

    CamelRouteClient(String baseUrl, String options, String label) throws Exception {
        this(baseUrl, options, label, null, null);
    }

    /**
     * With {@code meterRegistry} bound in the Camel registry (null: none), so that the component records meters, and
     * {@code component} as {@code groq-responses} (null: the default one).
     */
    CamelRouteClient(String baseUrl, String options, String label, Object meterRegistry,
                     GroqResponsesComponent component) throws Exception {
        this.label = label;
        if (meterRegistry != null) {
            context.getRegistry().bind("meterRegistry", meterRegistry);
        }
        if (component != null) {
            context.addComponent("groq-responses", component);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(DELTAS).process(e -> {
                    deltaExchanges.incrementAndGet();
                    Runnable first = firstDeltas.remove(e.getProperty(Exchange.CORRELATION_ID, String.class));
                    if (first != null) {
                        first.run();
                    }
                });
                from("direct:bench").to("groq-responses:bench?model=" + BenchmarkMain.MODEL + "&apiKey=bench&baseUrl="
                                        + baseUrl + (options.isEmpty() ? "" : "&" + options));
            }
        });
        context.start();
        Endpoint endpoint = context.getEndpoint("direct:bench");
        producer = endpoint.createAsyncProducer();
        producer.start();
    }

    @Override
    public String name() {
        return label;
    }

    @Override
    public CompletableFuture<Long> stream(String input, Runnable firstDelta) {
        Exchange exchange = producer.getEndpoint().createExchange();
        firstDeltas.put(exchange.getExchangeId(), firstDelta);
        streamedCalls.incrementAndGet();
        return send(exchange, input);
    }

    /** Delta exchanges the streamTo route received since {@link #resetCounts()}. */
    long deltaExchanges() {
        return deltaExchanges.get();
    }

    /** Streamed calls sent since {@link #resetCounts()}. */
    long streamedCalls() {
        return streamedCalls.get();
    }

    /** From now on, adds up every answer's input and cached tokens (off by default: the cost benchmarks do not). */
    void countPromptCache() {
        countingCache = true;
    }

    /** {@code usage.input_tokens} of the answers, in all (once {@link #countPromptCache()} was called). */
    long inputTokens() {
        return inputTokens.get();
    }

    /** {@code usage.input_tokens_details.cached_tokens} of the answers, in all. */
    long cachedTokens() {
        return cachedTokens.get();
    }

    /** The fewest cached tokens an answer reported among those that hit the cache (0: none did). */
    long leastCachedHit() {
        long least = leastCachedHit.get();
        return least == Long.MAX_VALUE ? 0 : least;
    }

    void resetCounts() {
        deltaExchanges.set(0);
        streamedCalls.set(0);
    }

    @Override
    public CompletableFuture<Long> call(String input) {
        return send(producer.getEndpoint().createExchange(), input);
    }

    private CompletableFuture<Long> send(Exchange exchange, String input) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        exchange.getIn().setBody(input);
        producer.process(exchange, doneSync -> {
            firstDeltas.remove(exchange.getExchangeId());
            if (exchange.getException() != null) {
                result.completeExceptionally(exchange.getException());
            } else {
                Long tokens = exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class);
                if (countingCache) {
                    count(exchange.getMessage());
                }
                result.complete(tokens == null ? 0L : tokens);
            }
        });
        return result;
    }

    private void count(org.apache.camel.Message answer) {
        Long input = answer.getHeader(GroqResponsesConstants.INPUT_TOKENS, Long.class);
        Long cached = answer.getHeader(GroqResponsesConstants.CACHED_TOKENS, Long.class);
        inputTokens.addAndGet(input == null ? 0 : input);
        if (cached != null && cached > 0) {
            cachedTokens.addAndGet(cached);
            leastCachedHit.accumulateAndGet(cached, Math::min);
        }
    }

    @Override
    public void close() throws Exception {
        producer.stop();
        context.close();
    }
}
