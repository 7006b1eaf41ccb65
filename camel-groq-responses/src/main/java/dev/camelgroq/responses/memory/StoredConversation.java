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

/**
 * A conversation as loaded from a {@link ConversationStore}: its turns, oldest first, and its version (the sequence of
 * the newest turn ever appended; 0 for a conversation that does not exist).
 */
public record StoredConversation(List<StoredTurn> turns, long version) {

    /** The history of a conversation that does not exist. */
    public static final StoredConversation EMPTY = new StoredConversation(List.of(), 0);

    public StoredConversation {
        turns = List.copyOf(turns);
    }

    /** Every item of every turn, oldest first: the history as Responses API input items. */
    public List<Map<String, Object>> items() {
        List<Map<String, Object>> items = new ArrayList<>();
        turns.forEach(t -> items.addAll(t.items()));
        return items;
    }
}
