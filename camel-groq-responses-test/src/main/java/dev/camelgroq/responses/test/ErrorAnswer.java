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
package dev.camelgroq.responses.test;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A scripted error answer, either Groq's JSON error ({@code {"error":{"message","type","code","param"}}}) or a raw
 * non-JSON body such as a proxy's HTML page, and how its body is written. {@link Reply#error} and {@link Reply#raw}
 * fill it.
 */
final class ErrorAnswer {

    /** The HTTP status; 0 when the reply is not an error. */
    int status;
    String type;
    String code;
    String message;
    String param;
    String failedGeneration;
    /** The raw body and its content type; when set they are sent instead of Groq's JSON error. */
    String rawContentType;
    String rawBody;

    /** The body bytes of this error; a raw body also sets its {@code Content-Type} in {@code headers}. */
    byte[] body(Map<String, String> headers) {
        if (rawBody != null) {
            headers.put("Content-Type", rawContentType);
            return rawBody.getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode error = JsonNodeFactory.instance.objectNode();
        ObjectNode inner = error.putObject("error");
        inner.put("message", message);
        inner.put("type", type);
        if (code != null) {
            inner.put("code", code);
        } else {
            inner.putNull("code");
        }
        if (param != null) {
            inner.put("param", param);
        }
        if (failedGeneration != null) {
            inner.put("failed_generation", failedGeneration);
        }
        return error.toString().getBytes(StandardCharsets.UTF_8);
    }
}
