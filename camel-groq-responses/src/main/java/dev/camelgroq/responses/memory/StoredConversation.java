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
