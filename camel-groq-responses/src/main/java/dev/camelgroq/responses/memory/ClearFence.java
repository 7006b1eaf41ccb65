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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Makes a conversation {@code clear} win over the turns in flight when it arrives: every clear is numbered, a turn
 * notes the number when it begins, and a turn whose conversation was cleared after that is not stored (its answer is
 * still delivered). One fence per store object, so every endpoint of a component that shares the default in-memory
 * store sees the others' clears. Other processes' clears are seen by {@link ConversationMemory} through the history
 * version going back. The most recent {@value #REMEMBERED} clears are remembered.
 */
final class ClearFence {

    static final int REMEMBERED = 10_000;

    private static final Map<ConversationStore, ClearFence> BY_STORE = new WeakHashMap<>();

    private long clears;
    private final Map<String, Long> lastClear = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Long> eldest) {
            return size() > REMEMBERED;
        }
    };

    /** The fence of {@code store}, shared by every memory on that store object. */
    static ClearFence of(ConversationStore store) {
        synchronized (BY_STORE) {
            return BY_STORE.computeIfAbsent(store, s -> new ClearFence());
        }
    }

    /** The mark a turn beginning now keeps. */
    synchronized long mark() {
        return clears;
    }

    /** Notes a clear of {@code id}; call before the store clears it. */
    synchronized void clearing(String id) {
        lastClear.remove(id);
        lastClear.put(id, ++clears);
    }

    /** Whether {@code id} was cleared after a turn took {@code mark}. */
    synchronized boolean clearedSince(String id, long mark) {
        Long at = lastClear.get(id);
        return at != null && at > mark;
    }
}
