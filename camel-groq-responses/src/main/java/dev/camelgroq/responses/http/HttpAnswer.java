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
import java.util.Locale;
import java.util.Map;

import org.apache.hc.core5.http.Header;

/** One HTTP answer: status, headers (case-insensitive names) and the body bytes. */
public final class HttpAnswer {

    private final int status;
    private final String[] names;
    private final String[] values;
    private final byte[] body;

    public HttpAnswer(int status, Map<String, String> headers, byte[] body) {
        this(status, headers.keySet().toArray(String[]::new), headers.values().toArray(String[]::new), body);
    }

    private HttpAnswer(int status, String[] names, String[] values, byte[] body) {
        this.status = status;
        for (int i = 0; i < names.length; i++) {
            // names compared in lower case: toLowerCase returns the same string when it has no upper case letter
            names[i] = names[i].toLowerCase(Locale.ROOT);
        }
        this.names = names;
        this.values = values;
        this.body = body == null ? new byte[0] : body;
    }

    /**
     * The answer of an HTTP response. Its headers are kept as they came, in order: an answer has a dozen or two and
     * the component reads a few of them, so a scan costs less than building a map on every answer.
     */
    static HttpAnswer of(int status, Header[] headers, byte[] body) {
        String[] names = new String[headers.length];
        String[] values = new String[headers.length];
        for (int i = 0; i < headers.length; i++) {
            names[i] = headers[i].getName();
            values[i] = headers[i].getValue();
        }
        return new HttpAnswer(status, names, values, body);
    }

    public int status() {
        return status;
    }

    public boolean isSuccess() {
        return status >= 200 && status < 300;
    }

    /** The header {@code name} (any case), repeated headers joined by commas; null when absent. */
    public String header(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String found = null;
        for (int i = 0; i < names.length; i++) {
            if (lower.equals(names[i])) {
                found = found == null ? values[i] : found + "," + values[i];
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
