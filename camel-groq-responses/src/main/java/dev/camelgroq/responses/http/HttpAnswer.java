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

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.apache.hc.core5.http.Header;

/** One HTTP answer: status, headers (case-insensitive names) and the body bytes. */
public final class HttpAnswer {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    public HttpAnswer(int status, Map<String, String> headers, byte[] body) {
        this(status, caseInsensitive(headers), body);
    }

    /** {@code headers} is taken as it is (a case-insensitive map this answer owns). */
    private HttpAnswer(int status, TreeMap<String, String> headers, byte[] body) {
        this.status = status;
        this.headers = Collections.unmodifiableMap(headers);
        this.body = body == null ? new byte[0] : body;
    }

    /** The answer of an HTTP response: its headers read once into a case-insensitive map (repeated names joined). */
    static HttpAnswer of(int status, Header[] headers, byte[] body) {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Header header : headers) {
            h.merge(header.getName(), header.getValue(), (a, b) -> a + "," + b);
        }
        return new HttpAnswer(status, h, body);
    }

    private static TreeMap<String, String> caseInsensitive(Map<String, String> headers) {
        TreeMap<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        return h;
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    public String header(String name) {
        return headers.get(name);
    }

    public Map<String, String> headers() {
        return headers;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
