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
package dev.camelgroq.responses.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.InputItems;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.response.ParsedResponse;

/**
 * One exchange's turn of a stored conversation: the request with the history before the new input, and, once the
 * answer is complete, the recording of the turn. The flow calls {@link #record} at exactly one place, its completion,
 * so a failed exchange stores nothing.
 */
public final class ConversationTurn {

    private static final TypeReference<Map<String, Object>> ITEM = new TypeReference<>() {
    };

    private final ConversationMemory memory;
    private final String id;
    private final StoredConversation loaded;
    private final long clearMark;
    private final int historySize;
    private final ArrayNode newInput;
    private final ObjectNode request;

    ConversationTurn(ConversationMemory memory, String id, StoredConversation loaded, long clearMark, int historySize,
                     ArrayNode newInput, ObjectNode request) {
        this.memory = memory;
        this.id = id;
        this.loaded = loaded;
        this.clearMark = clearMark;
        this.historySize = historySize;
        this.newInput = newInput;
        this.request = request;
    }

    /** The request to send: the history followed by the new input. */
    public ObjectNode request() {
        return request;
    }

    /**
     * Appends the turn: the new input, the function calls and outputs of the tool rounds ({@code finalRequest} is the
     * last request the flow sent), and the final answer's message and function calls, in the shapes Groq takes as input
     * ({@link InputItems}: the message as {@code {"role":"assistant","content":"..."}}). An answer whose status is not
     * {@code completed} (for example incomplete at max_output_tokens) is not recorded.
     */
    public CompletableFuture<Void> record(ObjectNode finalRequest, ParsedResponse response) {
        if (response.status() != null && !"completed".equals(response.status())) {
            return CompletableFuture.completedFuture(null);
        }
        List<Map<String, Object>> items = new ArrayList<>();
        newInput.forEach(item -> {
            if (TurnItems.isConversational(item)) {
                items.add(map(item));
            }
        });
        JsonNode sent = finalRequest.path("input");
        for (int i = historySize + newInput.size(); i < sent.size(); i++) {
            if (TurnItems.isFunctionItem(sent.get(i))) {
                items.add(map(sent.get(i)));
            }
        }
        InputItems.fromOutput(response.output().stream().filter(TurnItems::isAnswer).toList(), false)
                .forEach(item -> items.add(map(item)));
        if (items.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return memory.append(id, loaded, clearMark, items);
    }

    private static Map<String, Object> map(JsonNode item) {
        return Json.MAPPER.convertValue(item, ITEM);
    }
}
