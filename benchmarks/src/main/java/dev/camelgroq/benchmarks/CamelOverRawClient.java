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

import java.util.concurrent.CompletableFuture;

import org.apache.camel.AsyncCallback;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.AsyncProcessorSupport;

/**
 * The floor of any Camel component over this transport: a route {@code direct:bench} whose one asynchronous step posts
 * with the raw client ({@link RawApacheClient}: HttpClient's minimal client, caller handed off the I/O thread, both as
 * the component does) and puts the total tokens into the body. What it costs beyond the raw client is Camel's exchange and routing alone; what the
 * component costs beyond it is the component's own work (mapping, headers, retries, rate limiting, observation).
 */
final class CamelOverRawClient implements BenchClient {

    private final CamelContext context = new DefaultCamelContext();
    private final RawApacheClient raw;
    private final AsyncProducer producer;

    CamelOverRawClient(String baseUrl) throws Exception {
        this.raw = new RawApacheClient(baseUrl, RawApacheClient.HandOff.COMPONENT_POOL, true);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bench").process(new AsyncProcessorSupport() {
                    @Override
                    public boolean process(Exchange exchange, AsyncCallback callback) {
                        raw.call(exchange.getIn().getBody(String.class)).whenComplete((tokens, failure) -> {
                            if (failure != null) {
                                exchange.setException(failure);
                            } else {
                                exchange.getMessage().setBody(tokens);
                            }
                            callback.done(false);
                        });
                        return false;
                    }
                });
            }
        });
        context.start();
        producer = context.getEndpoint("direct:bench").createAsyncProducer();
        producer.start();
    }

    @Override
    public String name() {
        return "Camel direct: -> an async step over the raw client (caller handed off)";
    }

    @Override
    public CompletableFuture<Long> call(String input) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Exchange exchange = producer.getEndpoint().createExchange();
        exchange.getIn().setBody(input);
        producer.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                result.completeExceptionally(exchange.getException());
            } else {
                result.complete(exchange.getMessage().getBody(Long.class));
            }
        });
        return result;
    }

    @Override
    public void close() throws Exception {
        producer.stop();
        context.close();
        raw.close();
    }
}
