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

import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.response.ParsedResponse;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two turns of one conversation that overlap in the worst order (both load the history before either records):
 * the second to record loses the optimistic race, reloads and appends after the first. Deterministic, on both stores.
 */
class InterleavedTurnsTest {

    /** Counts the appends a store refused. */
    private static final class CountingStore implements ConversationStore {
        final ConversationStore delegate;
        final AtomicInteger refused = new AtomicInteger();

        CountingStore(ConversationStore delegate) {
            this.delegate = delegate;
        }

        @Override
        public StoredConversation load(String conversationId) {
            return delegate.load(conversationId);
        }

        @Override
        public boolean append(String conversationId, long expectedVersion, StoredTurn turn, long firstKeptSequence) {
            boolean appended = delegate.append(conversationId, expectedVersion, turn, firstKeptSequence);
            if (!appended) {
                refused.incrementAndGet();
            }
            return appended;
        }

        @Override
        public void clear(String conversationId) {
            delegate.clear(conversationId);
        }
    }

    static Stream<ConversationStore> stores() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:mem:interleaved;DB_CLOSE_DELAY=-1");
        JdbcConversationStore jdbc = new JdbcConversationStore(h2, "interleaved_turns");
        jdbc.start();
        return Stream.of(new InMemoryConversationStore(), jdbc);
    }

    private static ObjectNode request(String text) {
        ObjectNode request = Json.MAPPER.createObjectNode().put("model", "m");
        request.put("input", text);
        return request;
    }

    private static ParsedResponse answer(String text) {
        return new ParsedResponse(Json.MAPPER.valueToTree(Map.of("status", "completed", "output", List.of(Map.of(
                "type", "message", "role", "assistant", "content", List.of(Map.of("type", "output_text",
                        "text", text)))))));
    }

    private static List<Object> texts(StoredConversation conversation) {
        return conversation.items().stream().map(i -> i.get("content") instanceof String ? i.get("content")
                : ((List<?>) i.get("content")).stream().map(p -> ((Map<?, ?>) p).get("text")).findFirst().get())
                .toList();
    }

    @ParameterizedTest
    @MethodSource("stores")
    void theTurnThatLosesTheRaceIsAppendedAfterTheWinner(ConversationStore backing) {
        CountingStore store = new CountingStore(backing);
        ConversationMemory memory = new ConversationMemory(store, new HistoryTrimmer(0, 0), Runnable::run);
        memory.begin("race", request("zero")).record(request("zero"), answer("a0")).join();

        ConversationTurn first = memory.begin("race", request("one"));
        ConversationTurn second = memory.begin("race", request("two"));
        assertThat(second.request().get("input")).as("both saw only turn zero").hasSize(3);
        first.record(first.request(), answer("a1")).join();
        second.record(second.request(), answer("a2")).join();

        assertThat(store.refused.get()).as("the second append was refused once, then retried").isEqualTo(1);
        StoredConversation stored = store.load("race");
        assertThat(stored.version()).isEqualTo(3);
        assertThat(texts(stored)).containsExactly("zero", "a0", "one", "a1", "two", "a2");
        store.clear("race");
    }

    @ParameterizedTest
    @MethodSource("stores")
    void trimmingAfterALostRaceStillKeepsTheNewestTurn(ConversationStore backing) {
        ConversationMemory memory = new ConversationMemory(backing, new HistoryTrimmer(2, 0), Runnable::run);
        ConversationTurn first = memory.begin("trim-race", request("one"));
        ConversationTurn second = memory.begin("trim-race", request("two"));
        first.record(first.request(), answer("a1")).join();
        second.record(second.request(), answer("a2")).join();
        assertThat(texts(backing.load("trim-race"))).containsExactly("two", "a2");
        backing.clear("trim-race");
    }
}
