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
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;

/**
 * Sends the emulator's answers: Groq's default headers ({@code Content-Type}, {@code x-request-id}) under the reply's
 * own, the reply's delivery (delay, fault), and a count of every status in the {@link RequestLog}.
 */
record AnswerSender(RequestLog log, ResponseWriter writer) {

    /** The headers every answer starts from: JSON and a fresh {@code x-request-id}. */
    static Map<String, String> defaultHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-request-id", Ids.next("req_"));
        return headers;
    }

    /** Sends a 200 JSON document at once (the model list, the stats). */
    void json(HttpExchange exchange, ObjectNode body) {
        send(exchange, 200, defaultHeaders(), body.toString().getBytes(StandardCharsets.UTF_8), Reply.auto(),
                Duration.ZERO);
    }

    /** Sends an error reply as scripted: its status, body, headers, delay and fault. */
    void error(HttpExchange exchange, Reply reply) {
        Map<String, String> headers = defaultHeaders();
        byte[] body = reply.error.body(headers);
        send(exchange, reply.error.status, headers, body, reply, reply.delivery.delay);
    }

    /** Sends {@code body} after {@code delay} with the reply's headers and fault. */
    void send(HttpExchange exchange, int status, Map<String, String> headers, byte[] body, Reply reply,
              Duration delay) {
        Delivery delivery = reply.delivery;
        headers.putAll(delivery.headers);
        log.answered(status);
        writer.send(exchange, status, headers, body, delivery.fault, delay, delivery.trickleInterval);
    }

    /** Streams these events (and a {@code flood}, if any) as a 200 answer after {@code delay}, as the reply says. */
    void stream(HttpExchange exchange, Map<String, String> headers, List<byte[]> events, byte[] flood, Reply reply,
                Duration delay) {
        headers.putAll(reply.delivery.headers);
        log.answered(200);
        writer.stream(exchange, headers, events, flood, reply, delay);
    }
}
