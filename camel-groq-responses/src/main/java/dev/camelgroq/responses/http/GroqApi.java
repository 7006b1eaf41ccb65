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

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.secrets.UriMasking;

/**
 * The one place that knows where Groq is and how to prove who we are: the base URL (checked once, when an endpoint
 * starts), the API key (the apiKey option, else the {@code GROQ_API_KEY} environment variable), the URLs of the
 * operations and the request headers with the Bearer credential. The transport ({@code ResponsesCaller}) and the
 * health check both take their URL and headers from here.
 */
public final class GroqApi {

    /** The environment variable read when no apiKey option is set. */
    public static final String API_KEY_ENV = "GROQ_API_KEY";

    private final String baseUrl;
    private final URI responsesUri;
    private final String apiKey;

    private GroqApi(String baseUrl, URI responsesUri, String apiKey) {
        this.baseUrl = baseUrl;
        this.responsesUri = responsesUri;
        this.apiKey = apiKey;
    }

    /**
     * Checks and resolves the endpoint {@code step}'s API key and base URL; throws an IllegalArgumentException naming
     * the option (and never repeating the key or URL credentials) when one is unusable.
     */
    public static GroqApi of(String baseUrl, boolean allowInsecureHttp, String apiKeyOption, String step) {
        String key = apiKey(apiKeyOption, step);
        URI uri = operationUri(baseUrl, "responses");
        refuseUserInfo(uri);
        requireSecure(uri, allowInsecureHttp);
        return new GroqApi(baseUrl, uri, key);
    }

    /** The base URL as configured (shown in health details; it carries no credentials, see {@link #of}). */
    public String baseUrl() {
        return baseUrl;
    }

    /** {@code POST {baseUrl}/responses}. */
    public URI responsesUri() {
        return responsesUri;
    }

    /** {@code GET {baseUrl}/models} (the health check's probe: no tokens spent). */
    public URI modelsUri() {
        return operationUri(baseUrl, "models");
    }

    /** The API key (for rate-limit budgets per key and for masking it out of messages; never log it). */
    public String apiKey() {
        return apiKey;
    }

    /**
     * The headers of a JSON call: the Bearer credential, {@code Accept}, and {@code Groq-Beta: inference-metrics} when
     * {@code inferenceMetrics}.
     */
    public Map<String, String> headers(boolean inferenceMetrics) {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("Authorization", "Bearer " + apiKey);
        h.put("Accept", "application/json");
        if (inferenceMetrics) {
            h.put("Groq-Beta", "inference-metrics");
        }
        return Map.copyOf(h);
    }

    private static String apiKey(String configured, String step) {
        String key = configured != null && !configured.isBlank() ? configured : System.getenv(API_KEY_ENV);
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("No API key for groq-responses:" + step
                                               + ": set the apiKey option (on the component or endpoint, for example"
                                               + " apiKey={{groq.api-key}}) or the " + API_KEY_ENV
                                               + " environment variable");
        }
        return key.strip();
    }

    private static URI operationUri(String baseUrl, String operation) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("Option baseUrl is empty: leave it unset for "
                                               + GroqResponsesConfiguration.DEFAULT_BASE_URL
                                               + " or give the emulator's URL");
        }
        try {
            URI uri = new URI(baseUrl.endsWith("/") ? baseUrl + operation : baseUrl + "/" + operation);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(baseUrl, "the scheme must be http or https");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Option baseUrl '" + UriMasking.sanitize(baseUrl)
                                               + "' is not a valid http(s) URL: "
                                               + e.getReason()); // no cause: its message repeats the URL as given
        }
    }

    /**
     * Throws when {@code uri} has user info ({@code user:password@host}): the HTTP client never sends it, and it would
     * show wherever the base URL is shown (endpoint URI, JMX, dev console, health details). The message does not
     * repeat it.
     */
    private static void refuseUserInfo(URI uri) {
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new IllegalArgumentException("Option baseUrl contains user info (user:password@ before the host),"
                                               + " which is never sent and would be shown wherever the URL is: remove"
                                               + " it. The Groq API key goes in the apiKey option (or the GROQ_API_KEY"
                                               + " environment variable); a proxy is set with proxyHost and proxyPort");
        }
    }

    /**
     * Throws when {@code uri} is plain http to a host that is not loopback, unless {@code allowInsecure}. Loopback
     * (localhost, 127.0.0.0/8, ::1) is allowed: the emulator and local proxies never leave the machine.
     */
    private static void requireSecure(URI uri, boolean allowInsecure) {
        if (allowInsecure || !"http".equalsIgnoreCase(uri.getScheme()) || isLoopback(uri.getHost())) {
            return;
        }
        throw new IllegalArgumentException("Option baseUrl uses plain http to " + uri.getHost()
                                           + ": the API key would travel in clear. Use https (for example "
                                           + GroqResponsesConfiguration.DEFAULT_BASE_URL + "), or set"
                                           + " allowInsecureHttp=true if a proxy you trust terminates TLS");
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.startsWith("[")) {
            return false; // a name: resolving it could be spoofed, only literal addresses count
        }
        try {
            return InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
