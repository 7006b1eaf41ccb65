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
package dev.camelgroq.responses.observe;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.camelgroq.responses.http.GroqApi;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.http.HttpAnswer;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckResultBuilder;
import org.apache.camel.impl.health.AbstractHealthCheck;

/**
 * Producer health check of one endpoint: {@code GET {baseUrl}/models} with the endpoint's key (no tokens spent), at
 * most once per interval; in between it repeats the last result. DOWN when Groq rejects the key (401/403), answers
 * anything but 2xx, or cannot be reached.
 */
public final class GroqResponsesHealthCheck extends AbstractHealthCheck {

    /** The outcome of the latest probe. */
    private record Probe(HealthCheck.State state, String message, Integer status, Throwable error, long at) {
    }

    private final GroqHttpTransport transport;
    private final URI modelsUri;
    private final Map<String, String> headers;
    private final long intervalMillis;
    private final long timeoutMillis;
    private final String baseUrl;
    private Probe last;

    public GroqResponsesHealthCheck(String id, GroqHttpTransport transport, GroqApi api, long intervalMillis,
                                    long timeoutMillis) {
        super("camel", id);
        this.transport = transport;
        this.baseUrl = api.baseUrl();
        this.modelsUri = api.modelsUri();
        this.headers = api.headers(false);
        this.intervalMillis = intervalMillis;
        this.timeoutMillis = timeoutMillis;
    }

    @Override
    protected void doCall(HealthCheckResultBuilder builder, Map<String, Object> options) {
        Probe probe = probe();
        builder.state(probe.state()).message(probe.message()).detail("base.url", baseUrl)
                .detail("checked.at", java.time.Instant.ofEpochMilli(probe.at()).toString());
        if (probe.status() != null) {
            builder.detail(SERVICE_STATUS_CODE, probe.status());
        }
        if (probe.error() != null) {
            builder.error(probe.error());
        }
    }

    private synchronized Probe probe() {
        long now = System.currentTimeMillis();
        if (last == null || now - last.at() >= intervalMillis) {
            last = ask(now);
        }
        return last;
    }

    private Probe ask(long now) {
        try {
            HttpAnswer answer = transport.get(modelsUri, headers, timeoutMillis)
                    .get(timeoutMillis + 1000, TimeUnit.MILLISECONDS);
            int status = answer.status();
            if (answer.isSuccess()) {
                return new Probe(State.UP, "Groq answers and accepts the API key", status, null, now);
            }
            String why = status == 401 || status == 403 ? "Groq rejects the API key" : "Groq answers an error";
            return new Probe(State.DOWN, why + " (HTTP " + status + " on GET " + modelsUri + ")", status, null, now);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return new Probe(State.DOWN, "Groq is unreachable at " + baseUrl + ": " + cause, null, cause, now);
        } catch (TimeoutException e) {
            return new Probe(State.DOWN, "Groq did not answer GET " + modelsUri + " within " + timeoutMillis + " ms",
                    null, e, now);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Probe(State.UNKNOWN, "interrupted while checking Groq", null, e, now);
        }
    }
}
