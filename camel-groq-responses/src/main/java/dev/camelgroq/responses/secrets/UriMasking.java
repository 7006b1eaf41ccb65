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
package dev.camelgroq.responses.secrets;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.util.URISupport;

/**
 * Masks the secrets of a {@code groq-responses} URI beyond what Camel's own sanitizing knows: MCP server headers
 * ({@code mcp.LABEL.headers...}) and credentials inside the URIs of tool endpoints and the approval endpoint. The
 * endpoint keeps only the masked URI, so toString(), route dumps, JMX and error messages never show them.
 * <p>
 * Only secrets are masked, each as {@code xxxxxx-} plus 8 hex digits of its SHA-256: two endpoints that differ in any
 * option, a secret included, keep different URIs (Camel identifies endpoints by their URI, so masking other values,
 * or every secret alike, would make distinct endpoints one).
 */
public final class UriMasking {

    /** One query parameter: its name and its value (RAW(...) / RAW{...} or up to the next {@code &}). */
    private static final Pattern PARAMETER = Pattern.compile(
            "([?&])([^=&]+)=(RAW\\([^)]*\\)|RAW\\{[^}]*}|[^&]*)");
    private static final Pattern HEADERS = Pattern.compile("mcp\\.[^.]+\\.headers(\\..+)?|apiKey");
    private static final Pattern NESTED_URI = Pattern.compile(
            "tool\\.[^.]+\\.endpoint|mcp\\.[^.]+\\.url|mcpApproval|baseUrl");

    private UriMasking() {
    }

    /** The URI with every secret replaced by {@link KnownSecrets#MASK}. */
    public static String mask(String uri) {
        if (uri == null) {
            return null;
        }
        Matcher m = PARAMETER.matcher(uri);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
            String value = m.group(3);
            if (HEADERS.matcher(name).matches()) {
                value = fingerprint(value);
            } else if (NESTED_URI.matcher(name).matches() && !value.startsWith("RAW")) {
                String inner = URLDecoder.decode(value, StandardCharsets.UTF_8);
                String masked = sanitize(inner);
                value = masked.equals(inner) ? value : URLEncoder.encode(masked, StandardCharsets.UTF_8);
            } else if (NESTED_URI.matcher(name).matches()) {
                value = "RAW(" + sanitize(value.substring(4, value.length() - 1)) + ")";
            }
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + m.group(2) + "=" + value));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** {@link KnownSecrets#MASK}, a dash and the first 8 hex digits of the value's SHA-256. */
    static String fingerprint(String value) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
            return KnownSecrets.MASK + "-" + HexFormat.of().formatHex(hash, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** A nested URI with its password query parameters and user info masked. */
    public static String sanitize(String uri) {
        String sanitized = URISupport.sanitizeUri(uri);
        return sanitized.replaceFirst("^([a-zA-Z][a-zA-Z0-9+.-]*://)[^/@?#]+@", "$1" + KnownSecrets.MASK + "@");
    }
}
