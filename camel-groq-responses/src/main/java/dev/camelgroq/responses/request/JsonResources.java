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
package dev.camelgroq.responses.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.fasterxml.jackson.databind.JsonNode;
import org.apache.camel.CamelContext;
import org.apache.camel.support.ResourceHelper;

/**
 * Reads a JSON value given inline, as an object, or (endpoint options only) as a resource ({@code classpath:},
 * {@code file:}, {@code http:}). Resources are read once when the endpoint starts, with a timeout and a size cap;
 * header overrides are data and take inline values only.
 */
public final class JsonResources {

    /** How long reading one resource may take. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);
    /** The largest resource read (1 MiB): a schema or tool list is far smaller. */
    public static final int MAX_BYTES = 1 << 20;

    private JsonResources() {
    }

    /**
     * Resolves an option's {@code value} to JSON, reading a resource when it names one. {@code option} names the
     * option in error messages, so the user knows what to fix.
     */
    public static JsonNode load(CamelContext context, Object value, String option) {
        if (!(value instanceof String) || Json.looksLikeJson(((String) value).strip())) {
            return inline(value, option);
        }
        String text = ((String) value).strip();
        if (!ResourceHelper.hasScheme(text)) {
            throw new IllegalArgumentException(option + ": '" + abbreviate(text)
                                               + "' is neither inline JSON nor a resource URI (classpath:, file:,"
                                               + " http:)");
        }
        return Json.parse(new String(read(context, text, option), StandardCharsets.UTF_8), option + " (" + text + ")");
    }

    /**
     * Resolves a header's {@code value} to JSON: inline JSON text, a JsonNode, a Map or a List. A resource reference
     * is refused, naming the header: only endpoint options may load resources.
     */
    public static JsonNode inline(Object value, String source) {
        if (value == null) {
            return null;
        }
        if (value instanceof JsonNode) {
            return (JsonNode) value;
        }
        if (value instanceof Map || value instanceof Iterable) {
            return Json.MAPPER.valueToTree(value);
        }
        if (!(value instanceof String)) {
            throw new IllegalArgumentException(source + ": expected JSON text or a Map/List, got "
                                               + value.getClass().getName());
        }
        String text = ((String) value).strip();
        if (!Json.looksLikeJson(text)) {
            throw new IllegalArgumentException(source + " takes inline JSON only, but was '" + abbreviate(text)
                                               + "'" + (ResourceHelper.hasScheme(text)
                                                       ? ": a resource reference is not read from a header (headers"
                                                         + " carry data from outside); load it with the endpoint"
                                                         + " option instead"
                                                       : ""));
        }
        return Json.parse(text, source);
    }

    private static byte[] read(CamelContext context, String uri, String option) {
        String scheme = uri.substring(0, uri.indexOf(':')).toLowerCase(Locale.ROOT);
        try {
            if (scheme.equals("http") || scheme.equals("https")) {
                return fetch(uri, option);
            }
            try (InputStream in = ResourceHelper.resolveMandatoryResourceAsInputStream(context, uri)) {
                return capped(in, uri, option);
            }
        } catch (IOException e) {
            throw new IllegalArgumentException(option + ": cannot read resource " + uri + ": " + e.getMessage(), e);
        }
    }

    private static byte[] fetch(String uri, String option) throws IOException {
        HttpClient client = HttpClient.newBuilder().connectTimeout(TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT).GET().build();
        CompletableFuture<HttpResponse<InputStream>> answer = client.sendAsync(request,
                HttpResponse.BodyHandlers.ofInputStream());
        CompletableFuture<byte[]> body = answer.thenApply(response -> {
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new UncheckedIOException(new IOException("HTTP " + response.statusCode()));
                }
                return capped(in, uri, option);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        try {
            return body.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            answer.thenAccept(JsonResources::abort);
            answer.cancel(true);
            throw new IOException("no complete answer within " + TIMEOUT.toSeconds() + " s", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() instanceof UncheckedIOException ? e.getCause().getCause() : e.getCause();
            if (cause instanceof IllegalArgumentException) {
                throw (IllegalArgumentException) cause;
            }
            throw new IOException(String.valueOf(cause.getMessage()), cause);
        }
    }

    private static void abort(HttpResponse<InputStream> response) {
        try {
            response.body().close();
        } catch (IOException ignored) {
            // closing only stops the transfer
        }
    }

    private static byte[] capped(InputStream in, String uri, String option) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BYTES + 1);
        if (bytes.length > MAX_BYTES) {
            throw new IllegalArgumentException(option + ": resource " + uri + " is larger than " + MAX_BYTES
                                               + " bytes");
        }
        return bytes;
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
