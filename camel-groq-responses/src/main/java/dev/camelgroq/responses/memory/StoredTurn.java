package dev.camelgroq.responses.memory;

import java.util.List;
import java.util.Map;

/**
 * One completed exchange of a conversation: its position ({@code sequence}, from 1) and its items (the new input, the
 * function calls with their outputs, and the answer's messages), as Responses API input items.
 */
public record StoredTurn(long sequence, List<Map<String, Object>> items) {

    public StoredTurn {
        items = List.copyOf(items);
    }
}
