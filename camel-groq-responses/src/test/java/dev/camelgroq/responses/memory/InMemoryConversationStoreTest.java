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
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The default store: optimistic versions, least-recently-used bound, time to live, isolation of copies. */
class InMemoryConversationStoreTest {

    /** A clock the test moves by hand. */
    private static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private static StoredTurn turn(String text) {
        return new StoredTurn(0, List.of(Map.of("role", "user", "content", text)));
    }

    @Test
    void appendNeedsTheLoadedVersion() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        assertThat(store.load("c")).isEqualTo(StoredConversation.EMPTY);
        assertThat(store.append("c", 0, turn("one"), 0)).isTrue();
        assertThat(store.append("c", 0, turn("stale"), 0)).as("a writer that loaded version 0").isFalse();
        assertThat(store.append("c", 1, turn("two"), 0)).isTrue();
        StoredConversation loaded = store.load("c");
        assertThat(loaded.version()).isEqualTo(2);
        assertThat(loaded.turns()).extracting(StoredTurn::sequence).containsExactly(1L, 2L);
        assertThat(loaded.items()).extracting(i -> i.get("content")).containsExactly("one", "two");
    }

    @Test
    void appendTrimsBelowTheFirstKeptSequence() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        store.append("c", 0, turn("one"), 1);
        store.append("c", 1, turn("two"), 1);
        store.append("c", 2, turn("three"), 3);
        assertThat(store.load("c").items()).extracting(i -> i.get("content")).containsExactly("three");
        assertThat(store.load("c").version()).isEqualTo(3);
    }

    @Test
    void leastRecentlyUsedConversationGoesBeyondTheBound() {
        InMemoryConversationStore store = new InMemoryConversationStore(2, Duration.ofHours(1));
        store.append("a", 0, turn("a"), 0);
        store.append("b", 0, turn("b"), 0);
        store.load("a"); // a is now more recent than b
        store.append("c", 0, turn("c"), 0);
        assertThat(store.size()).isEqualTo(2);
        assertThat(store.load("b")).isEqualTo(StoredConversation.EMPTY);
        assertThat(store.load("a").items()).hasSize(1);
        assertThat(store.load("c").items()).hasSize(1);
    }

    @Test
    void conversationExpiresAfterItsTimeToLive() {
        HandClock clock = new HandClock();
        InMemoryConversationStore store = new InMemoryConversationStore(10, Duration.ofMinutes(30), clock);
        store.append("old", 0, turn("x"), 0);
        clock.now = clock.now.plus(Duration.ofMinutes(20));
        store.append("fresh", 0, turn("y"), 0);
        assertThat(store.load("old").items()).as("used 20 minutes ago").hasSize(1);
        clock.now = clock.now.plus(Duration.ofMinutes(30));
        assertThat(store.load("old")).as("unused for 30 minutes").isEqualTo(StoredConversation.EMPTY);
        store.append("new", 0, turn("z"), 0); // sweeps expired conversations
        assertThat(store.size()).isEqualTo(1);
    }

    @Test
    void callersCannotChangeStoredItems() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        Map<String, Object> item = new HashMap<>(Map.of("role", "user", "content", "original"));
        List<Map<String, Object>> items = new ArrayList<>(List.of(item));
        store.append("c", 0, new StoredTurn(0, items), 0);
        item.put("content", "changed by the caller");
        store.load("c").items().get(0).put("content", "changed through a loaded copy");
        assertThat(store.load("c").items().get(0).get("content")).isEqualTo("original");
    }

    @Test
    void boundsAreChecked() {
        assertThatThrownBy(() -> new InMemoryConversationStore(0, Duration.ofHours(1)))
                .hasMessageContaining("maxConversations");
        assertThatThrownBy(() -> new InMemoryConversationStore(1, Duration.ZERO)).hasMessageContaining("timeToLive");
    }
}
