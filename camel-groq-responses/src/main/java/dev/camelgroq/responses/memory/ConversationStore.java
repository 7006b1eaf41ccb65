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

/**
 * Where conversation histories live: the SPI behind the {@code conversationStore} option. A history is a list of turns,
 * oldest first; each turn holds the input items and answer items of one completed exchange. Implementations must be
 * thread-safe; the component brings {@link InMemoryConversationStore} (the default) and {@link JdbcConversationStore}.
 * <p>
 * Concurrency is optimistic: {@link #load} returns the history with its version (the sequence of its newest turn), and
 * {@link #append} stores a turn only when the version is still the same, so two exchanges on one conversation never
 * lose a turn: the one that loses the race reloads and appends again.
 */
public interface ConversationStore {

    /** The stored history of {@code conversationId}: an empty history of version 0 when there is none. */
    StoredConversation load(String conversationId);

    /**
     * Appends {@code turn} as the turn of sequence {@code expectedVersion + 1}, when the conversation's version is still
     * {@code expectedVersion}; then removes the turns whose sequence is below {@code firstKeptSequence} (trimming).
     * Does both atomically.
     *
     * @return false, changing nothing, when another exchange changed the conversation since it was loaded
     */
    boolean append(String conversationId, long expectedVersion, StoredTurn turn, long firstKeptSequence);

    /** Removes the conversation; a conversation that does not exist is no error. */
    void clear(String conversationId);

    /**
     * Whether calls may block (network or disk I/O). The component then runs them on its store pool
     * ({@code GroqResponsesStore}), never on the HTTP client's I/O threads.
     */
    default boolean isBlocking() {
        return true;
    }
}
