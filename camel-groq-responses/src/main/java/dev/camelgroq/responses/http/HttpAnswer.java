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
import java.util.Map;

import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.message.BasicHeader;

/** One HTTP answer: status, headers (case-insensitive names) and the body bytes. */
public final class HttpAnswer {

    private final int status;
    /**
     * The headers as they came, in order. An answer has a dozen or two and the component reads a few of them, so a
     * scan costs less than a map built on every answer; a value is read (HttpClient parses it lazily) only when its
     * name is asked for.
     */
    private final Header[] headers;
    private final byte[] body;

    public HttpAnswer(int status, Map<String, String> headers, byte[] body) {
        this(status, headers.entrySet().stream().map(e -> new BasicHeader(e.getKey(), e.getValue()))
                .toArray(Header[]::new), body);
    }

    private HttpAnswer(int status, Header[] headers, byte[] body) {
        this.status = status;
        this.headers = headers;
        this.body = body == null ? new byte[0] : body;
    }

    /** The answer of an HTTP response, its headers kept as HttpClient parsed them. */
    static HttpAnswer of(int status, Header[] headers, byte[] body) {
        return new HttpAnswer(status, headers, body);
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The header {@code name} (any case), repeated headers joined by commas; null when absent. */
    public String header(String name) {
        return headers(name)[0];
    }

    /**
     * The headers {@code names} (any case) read in one pass over the answer's headers, in the order of {@code names}:
     * for each, what {@link #header} returns. For a caller that reads several headers of every answer. Names are
     * compared without a lower-cased copy of either side (an answer over HTTP/1.1 may name its headers in any case).
     */
    public String[] headers(String... names) {
        String[] found = new String[names.length];
        for (Header header : headers) {
            String name = header.getName();
            for (int i = 0; i < names.length; i++) {
                if (name.equalsIgnoreCase(names[i])) {
                    found[i] = found[i] == null ? header.getValue() : found[i] + "," + header.getValue();
                    break;
                }
            }
        }
        return found;
    }

    public byte[] body() {
        return body;
    }

    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
