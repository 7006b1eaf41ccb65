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

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;

/**
 * Routes every HTTP request the emulator receives: reads and logs it, checks the API key, serves
 * {@code GET /openai/v1/models} and {@code GET /emulator/stats}, and hands a {@code POST /openai/v1/responses} that
 * parses, passes the request check and names a known model to the first script that takes it. Anything else gets
 * Groq's error for it.
 */
final class EmulatorRoutes implements HttpHandler {

    /** The path every route of Groq's API starts with. */
    static final String BASE = "/openai/v1";

    private final ObjectMapper mapper;
    private final EmulatorSettings settings;
    private final RequestLog log;
    private final List<Stubbing> stubs;
    private final AnswerSender sender;
    private final ResponseAdmission admission;

    /** Routes to the scripts in {@code stubs}, answering through the writer and timer of {@code server}. */
    EmulatorRoutes(ObjectMapper mapper, EmulatorSettings settings, RequestLog log, List<Stubbing> stubs,
                   EmulatorServer server) {
        this.mapper = mapper;
        this.settings = settings;
        this.log = log;
        this.stubs = stubs;
        this.sender = new AnswerSender(log, server.writer());
        this.admission = new ResponseAdmission(mapper, settings, sender, server.scheduler());
    }

    @Override
    public void handle(HttpExchange exchange) {
        try {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            JsonNode json = parse(body);
            EmulatorRequest request = new EmulatorRequest(log.arrived(), method, path, exchange.getRequestHeaders(),
                    body, json);
            if (settings.recording) {
                log.record(request);
            }
            route(exchange, request, body);
        } catch (IOException | RuntimeException e) {
            sender.error(exchange, Reply.error(500, "internal_server_error", null, "emulator failure: " + e));
        }
    }

    private void route(HttpExchange exchange, EmulatorRequest request, String body) {
        if (!settings.authorizes(request.header("Authorization"))) {
            sender.error(exchange, Reply.error(401, "invalid_request_error", "invalid_api_key", "Invalid API Key"));
        } else if ("GET".equals(request.method()) && (BASE + "/models").equals(request.path())) {
            sender.json(exchange, modelList());
        } else if ("GET".equals(request.method()) && "/emulator/stats".equals(request.path())) {
            sender.json(exchange, log.stats(mapper));
        } else if (!"POST".equals(request.method()) || !(BASE + "/responses").equals(request.path())) {
            sender.error(exchange, Reply.error(404, "invalid_request_error", "unknown_url", "Unknown request URL: "
                    + request.method() + " " + request.path() + ". Please check the URL for typos."));
        } else if (request.json().isMissingNode()) {
            sender.error(exchange, RequestValidator.invalid("We could not parse the JSON body of your request. "
                    + "The body must be valid JSON: " + abbreviate(body), null));
        } else {
            Reply invalid = RequestValidator.validate(request.json(), settings.strict);
            if (invalid != null) {
                sender.error(exchange, invalid);
            } else if (!settings.models.contains(request.model())) {
                sender.error(exchange, Reply.error(404, "invalid_request_error", "model_not_found", "The model `"
                        + request.model() + "` does not exist or you do not have access to it."));
            } else {
                admission.answer(exchange, request, scripted(request));
            }
        }
    }

    /** The reply of the first script that takes the request, else the deterministic default. */
    private Reply scripted(EmulatorRequest request) {
        for (Stubbing stub : stubs) {
            Reply reply = stub.offer(request);
            if (reply != null) {
                return reply;
            }
        }
        return Reply.auto();
    }

    private ObjectNode modelList() {
        ObjectNode list = mapper.createObjectNode().put("object", "list");
        ArrayNode data = list.putArray("data");
        for (String id : settings.models) {
            data.addObject().put("id", id).put("object", "model").put("created", 1_700_000_000L)
                    .put("owned_by", id.contains("/") ? id.substring(0, id.indexOf('/')) : "Meta")
                    .put("active", true).put("context_window", 131_072);
        }
        return list;
    }

    private JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 60 ? body : body.substring(0, 60) + "...";
    }
}
