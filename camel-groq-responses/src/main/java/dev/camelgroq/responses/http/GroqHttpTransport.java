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
package dev.camelgroq.responses.http;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;

import javax.net.ssl.SSLContext;

import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.async.methods.SimpleRequestProducer;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManager;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.nio.AsyncResponseConsumer;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.reactor.IOReactorConfig;
import org.apache.hc.core5.util.Timeout;

/**
 * The one place that speaks HTTP: a pooled, non-blocking Apache HttpClient 5 shared by all endpoints of a component.
 * A call returns a future completed on an I/O thread; no thread waits while a request is in flight.
 * <p>
 * Without a proxy this is HttpClient's minimal async client: the same connection pool, I/O reactor, TLS and protocol
 * negotiation, without the execution chain of redirects, retries, cookies and authentication challenges, which the
 * component turns off or does itself (retries, the bearer key). Without it the raw client costs about 5% less CPU per
 * call (docs/benchmarks.md, section 8). Only the full client routes through a proxy, so {@code proxyHost} selects it.
 */
public final class GroqHttpTransport implements AutoCloseable {

    /** The client-wide settings. */
    public record Settings(long connectTimeoutMillis, int maxConnections, int ioThreads, String proxyHost,
                           Integer proxyPort, SSLContext sslContext) {
    }

    private final CloseableHttpAsyncClient client;

    public GroqHttpTransport(Settings settings) {
        PoolingAsyncClientConnectionManagerBuilder pool = PoolingAsyncClientConnectionManagerBuilder.create()
                .setMaxConnTotal(settings.maxConnections())
                .setMaxConnPerRoute(settings.maxConnections())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.ofMilliseconds(settings.connectTimeoutMillis()))
                        .build());
        if (settings.sslContext() != null) {
            pool.setTlsStrategy(ClientTlsStrategyBuilder.create().setSslContext(settings.sslContext()).buildAsync());
        }
        PoolingAsyncClientConnectionManager manager = pool.build();
        IOReactorConfig reactor = IOReactorConfig.custom().setIoThreadCount(settings.ioThreads()).build();
        this.client = settings.proxyHost() == null || settings.proxyHost().isBlank()
                ? HttpAsyncClients.createMinimal(H2Config.DEFAULT, Http1Config.DEFAULT, reactor, manager)
                : HttpAsyncClients.custom()
                        .setConnectionManager(manager)
                        .setIOReactorConfig(reactor)
                        .disableAutomaticRetries()
                        .disableCookieManagement()
                        .disableRedirectHandling()
                        .setProxy(new HttpHost(settings.proxyHost(),
                                settings.proxyPort() == null ? 8080 : settings.proxyPort()))
                        .build();
        this.client.start();
    }

    /** Posts the JSON body; the future fails with an {@link IOException} on transport errors. */
    public CompletableFuture<HttpAnswer> postJson(URI uri, Map<String, String> headers, byte[] json,
                                                  long responseTimeoutMillis) {
        return postJson(uri, headers, json, responseTimeoutMillis, 0);
    }

    /**
     * Posts the JSON body, reading at most {@code maxResponseBytes} of the answer (0: no cap). Completing the returned
     * future from outside (a deadline, a stop) cancels the request and drops its connection.
     */
    public CompletableFuture<HttpAnswer> postJson(URI uri, Map<String, String> headers, byte[] json,
                                                  long responseTimeoutMillis, long maxResponseBytes) {
        return execute(jsonPost(uri, headers, json, responseTimeoutMillis), uri, maxResponseBytes);
    }

    /** Sends a GET (the health check's {@code GET {baseUrl}/models}); fails like {@link #postJson}. */
    public CompletableFuture<HttpAnswer> get(URI uri, Map<String, String> headers, long responseTimeoutMillis) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.get(uri).setRequestConfig(RequestConfig.custom()
                .setResponseTimeout(Timeout.ofMilliseconds(responseTimeoutMillis)).build());
        headers.forEach(builder::addHeader);
        return execute(builder.build(), uri, 0);
    }

    private CompletableFuture<HttpAnswer> execute(SimpleHttpRequest request, URI uri, long maxResponseBytes) {
        CompletableFuture<HttpAnswer> result = new CompletableFuture<>();
        Future<HttpAnswer> exchange = client.execute(SimpleRequestProducer.create(request),
                new CappedResponseConsumer(maxResponseBytes),
                new FutureCallback<HttpAnswer>() {
                    @Override
                    public void completed(HttpAnswer answer) {
                        result.complete(answer);
                    }

                    @Override
                    public void failed(Exception ex) {
                        result.completeExceptionally(ex);
                    }

                    @Override
                    public void cancelled() {
                        result.completeExceptionally(new IOException("HTTP request to " + uri + " was cancelled"));
                    }
                });
        result.whenComplete((answer, failure) -> {
            if (failure != null) {
                exchange.cancel(true);
            }
        });
        return result;
    }

    /**
     * Posts the JSON body and hands the answer to {@code consumer} as it arrives (used for server-sent events, whose
     * consumer controls the read capacity). The returned future cancels the exchange.
     */
    public <T> Future<T> postJson(URI uri, Map<String, String> headers, byte[] json, long responseTimeoutMillis,
                                  AsyncResponseConsumer<T> consumer, FutureCallback<T> callback) {
        return client.execute(SimpleRequestProducer.create(jsonPost(uri, headers, json, responseTimeoutMillis)),
                consumer, callback);
    }

    /** A JSON POST whose response timeout (silence between bytes) is {@code responseTimeoutMillis}; 0: none. */
    private static SimpleHttpRequest jsonPost(URI uri, Map<String, String> headers, byte[] json,
                                              long responseTimeoutMillis) {
        SimpleRequestBuilder builder = SimpleRequestBuilder.post(uri)
                .setBody(json, ContentType.APPLICATION_JSON)
                .setRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(responseTimeoutMillis > 0 ? Timeout.ofMilliseconds(responseTimeoutMillis)
                                : Timeout.INFINITE)
                        .build());
        headers.forEach(builder::addHeader);
        return builder.build();
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
