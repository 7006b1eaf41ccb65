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

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.camelgroq.responses.request.Json;

/**
 * The default {@link ConversationStore}: conversations in this JVM's memory, bounded both in number (the least
 * recently used conversation is dropped beyond {@code maxConversations}) and in time (a conversation unused for
 * {@code timeToLive} is forgotten). Nothing survives a restart and nothing is shared with other JVMs: use
 * {@link JdbcConversationStore} for that.
 */
public class InMemoryConversationStore implements ConversationStore {

    /** How many conversations the default store keeps. */
    public static final int DEFAULT_MAX_CONVERSATIONS = 10_000;

    /** How long the default store keeps a conversation after its last use. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofHours(1);

    private static final TypeReference<List<Map<String, Object>>> ITEMS = new TypeReference<>() {
    };

    private final int maxConversations;
    private final long timeToLiveMillis;
    private final Clock clock;
    private final Map<String, Entry> entries;

    private static final class Entry {
        final List<StoredTurn> turns = new ArrayList<>();
        long version;
        long lastUsed;
    }

    /** A store of at most {@value #DEFAULT_MAX_CONVERSATIONS} conversations kept one hour after their last use. */
    public InMemoryConversationStore() {
        this(DEFAULT_MAX_CONVERSATIONS, DEFAULT_TIME_TO_LIVE);
    }

    public InMemoryConversationStore(int maxConversations, Duration timeToLive) {
        this(maxConversations, timeToLive, Clock.systemUTC());
    }

    /** As {@link #InMemoryConversationStore(int, Duration)}, with the clock that measures the time to live. */
    public InMemoryConversationStore(int maxConversations, Duration timeToLive, Clock clock) {
        if (maxConversations < 1) {
            throw new IllegalArgumentException("InMemoryConversationStore maxConversations must be at least 1, but was "
                                               + maxConversations);
        }
        if (timeToLive == null || timeToLive.isNegative() || timeToLive.isZero()) {
            throw new IllegalArgumentException("InMemoryConversationStore timeToLive must be positive, but was "
                                               + timeToLive);
        }
        this.maxConversations = maxConversations;
        this.timeToLiveMillis = timeToLive.toMillis();
        this.clock = clock;
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > InMemoryConversationStore.this.maxConversations;
            }
        };
    }

    @Override
    public synchronized StoredConversation load(String conversationId) {
        Entry entry = live(conversationId);
        if (entry == null) {
            return StoredConversation.EMPTY;
        }
        List<StoredTurn> copies = new ArrayList<>();
        entry.turns.forEach(t -> copies.add(new StoredTurn(t.sequence(), copy(t.items()))));
        return new StoredConversation(copies, entry.version);
    }

    @Override
    public synchronized boolean append(
            String conversationId, long expectedVersion, StoredTurn turn, long firstKeptSequence) {
        Entry entry = live(conversationId);
        if ((entry == null ? 0 : entry.version) != expectedVersion) {
            return false;
        }
        if (entry == null) {
            dropExpired();
            entry = new Entry();
            entries.put(conversationId, entry);
        }
        entry.turns.add(new StoredTurn(expectedVersion + 1, copy(turn.items())));
        entry.turns.removeIf(t -> t.sequence() < firstKeptSequence);
        entry.version = expectedVersion + 1;
        entry.lastUsed = clock.millis();
        return true;
    }

    @Override
    public synchronized void clear(String conversationId) {
        entries.remove(conversationId);
    }

    @Override
    public boolean isBlocking() {
        return false;
    }

    /** How many conversations are held now (expired ones not yet dropped included). */
    public synchronized int size() {
        return entries.size();
    }

    private Entry live(String conversationId) {
        Entry entry = entries.get(conversationId);
        if (entry != null && clock.millis() - entry.lastUsed >= timeToLiveMillis) {
            entries.remove(conversationId);
            return null;
        }
        if (entry != null) {
            entry.lastUsed = clock.millis();
        }
        return entry;
    }

    /** Drops expired conversations from the least recently used end, so that they do not wait for eviction. */
    private void dropExpired() {
        long now = clock.millis();
        Iterator<Entry> it = entries.values().iterator();
        while (it.hasNext()) {
            if (now - it.next().lastUsed < timeToLiveMillis) {
                return;
            }
            it.remove();
        }
    }

    /** A deep copy, so that neither the caller nor the store can change the other's items. */
    private static List<Map<String, Object>> copy(List<Map<String, Object>> items) {
        return Json.MAPPER.convertValue(items, ITEMS);
    }
}
