package dev.camelgroq.responses.http;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** One HTTP answer: status, headers (case-insensitive names) and the body bytes. */
public final class HttpAnswer {

    private final int status;
    private final Map<String, String> headers;
    private final byte[] body;

    public HttpAnswer(int status, Map<String, String> headers, byte[] body) {
        this.status = status;
        Map<String, String> h = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        h.putAll(headers);
        this.headers = Collections.unmodifiableMap(h);
        this.body = body == null ? new byte[0] : body;
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
