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

import dev.camelgroq.responses.GroqResponsesConstants;

/**
 * Reads and checks the {@code CamelGroqResponsesConversationId} header. An id selects whose history a call sees, so
 * two different ids must never reach a store as the same text: only a String or a number is taken (not any object's
 * {@code toString()}), and text that a database could change on the way is refused: unpaired surrogates (a driver may
 * store them as {@code ?}) and control characters (NUL cannot be stored in PostgreSQL text at all).
 */
final class ConversationIds {

    static final int MAX_LENGTH = 255;
    private static final String HEADER = GroqResponsesConstants.CONVERSATION_ID;

    private ConversationIds() {
    }

    /** The id the header holds, checked; throws {@link IllegalArgumentException} naming the header otherwise. */
    static String of(Object value) {
        if (value == null) {
            throw new IllegalArgumentException("Header " + GroqResponsesConstants.CONVERSATION_OPERATION + " needs the"
                                               + " header " + HEADER + " naming the conversation");
        }
        if (!(value instanceof String) && !(value instanceof Number)) {
            throw new IllegalArgumentException("Header " + HEADER + " must be a String (or a number), but is a "
                                               + value.getClass().getName() + ": convert it to the conversation's"
                                               + " id text first");
        }
        String id = value.toString();
        if (id.isBlank()) {
            throw new IllegalArgumentException("Header " + HEADER + " is blank: give the conversation's id, or remove"
                                               + " the header for a call without memory");
        }
        if (id.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Header " + HEADER + " is " + id.length() + " characters long; at most "
                                               + MAX_LENGTH + " are allowed (use a hash of a longer key)");
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < id.length() && Character.isLowSurrogate(id.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw notText(c, i, "an unpaired surrogate, not valid text");
            } else if (Character.isISOControl(c)) {
                throw notText(c, i, "a control character");
            }
        }
        return id;
    }

    private static IllegalArgumentException notText(char c, int index, String what) {
        return new IllegalArgumentException(String.format("Header %s contains U+%04X at index %d, %s: conversation ids"
                                                          + " must be printable text (hash or encode binary keys)",
                HEADER, (int) c, index, what));
    }
}
