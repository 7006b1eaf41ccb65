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
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.call.Failures;
import dev.camelgroq.responses.request.Conversation;
import dev.camelgroq.responses.request.Choices;
import dev.camelgroq.responses.request.InputItems;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.request.MappedCall;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An endpoint's conversation memory: for an exchange with the {@code CamelGroqResponsesConversationId} header, loads
 * the history and puts it before the new input, then records the turn once the answer is complete; or reads or clears
 * the conversation ({@code CamelGroqResponsesConversationOperation}). Store calls that may block run on the worker
 * pool, never on the route thread or the HTTP client's I/O threads.
 * <p>
 * A {@code clear} wins over the turns of that conversation in flight when it arrives: they are answered but not
 * stored ({@link ClearFence} within this JVM; a history whose version went back since the turn loaded it, elsewhere).
 */
public final class ConversationMemory {

    /** The values of the {@code CamelGroqResponsesConversationOperation} header. */
    public static final List<String> OPERATIONS = List.of("send", "history", "clear");

    private static final int MAX_APPEND_ATTEMPTS = 100;

    private static final Logger LOG = LoggerFactory.getLogger(ConversationMemory.class);

    private final ConversationStore store;
    private final HistoryTrimmer trimmer;
    private final Executor executor;
    private final ClearFence fence;

    ConversationMemory(ConversationStore store, HistoryTrimmer trimmer, Executor executor) {
        this.store = store;
        this.trimmer = trimmer;
        this.executor = executor;
        this.fence = ClearFence.of(store);
    }

    /**
     * The memory an endpoint's options ask for, its store started: {@code conversationStore}, else a JDBC store on
     * {@code conversationDataSource}, else {@code componentStore} (the component's in-memory store).
     */
    public static ConversationMemory create(
            GroqResponsesConfiguration c, Supplier<ConversationStore> componentStore, Executor executor) {
        if (c.getMaxHistoryMessages() < 0) {
            throw new IllegalArgumentException("Option maxHistoryMessages must be 0 (no limit) or more, but was "
                                               + c.getMaxHistoryMessages());
        }
        if (c.getMaxHistoryTokens() < 0) {
            throw new IllegalArgumentException("Option maxHistoryTokens must be 0 (no limit) or more, but was "
                                               + c.getMaxHistoryTokens());
        }
        if (c.getConversationStore() != null && c.getConversationDataSource() != null) {
            throw new IllegalArgumentException("Options conversationStore and conversationDataSource are both set:"
                                               + " set only one (conversationDataSource is a shortcut for a"
                                               + " JdbcConversationStore)");
        }
        ConversationStore store = c.getConversationStore() != null ? c.getConversationStore()
                : c.getConversationDataSource() != null ? new JdbcConversationStore(c.getConversationDataSource())
                : componentStore.get();
        ServiceHelper.startService(store);
        return new ConversationMemory(store, new HistoryTrimmer(c.getMaxHistoryMessages(), c.getMaxHistoryTokens()),
                executor);
    }

    public ConversationStore store() {
        return store;
    }

    /** Whether the exchange names a conversation or an operation on one (then {@link #process} handles it). */
    public boolean handles(Exchange exchange) {
        return exchange.getIn().getHeader(GroqResponsesConstants.CONVERSATION_ID) != null
               || exchange.getIn().getHeader(GroqResponsesConstants.CONVERSATION_OPERATION) != null;
    }

    /**
     * Handles an exchange that names a conversation, the Camel async way: {@code send} maps the request with
     * {@code requestMapper}, loads the history and hands the request with its history and the turn to {@code flow},
     * whose completion must record the turn; {@code history} and {@code clear} answer from the store.
     */
    public boolean process(Exchange exchange, AsyncCallback callback, Function<Exchange, MappedCall> requestMapper,
                           BiConsumer<MappedCall, ConversationTurn> flow) {
        String id;
        String operation;
        MappedCall request = null;
        try {
            id = conversationId(exchange);
            operation = operation(exchange);
            if ("send".equals(operation)) {
                request = requestMapper.apply(exchange);
            }
        } catch (RuntimeException e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        MappedCall mapped = request;
        CompletableFuture<?> work;
        if ("history".equals(operation)) {
            work = call(() -> store.load(id)).thenAccept(h -> exchange.getMessage().setBody(h.items()));
        } else if ("clear".equals(operation)) {
            fence.clearing(id);
            work = call(() -> {
                store.clear(id);
                return null;
            });
        } else {
            work = call(() -> begin(id, mapped.request()))
                    .thenAccept(turn -> flow.accept(mapped.withRequest(turn.request()), turn));
        }
        work.whenComplete((v, failure) -> {
            if (failure != null) {
                exchange.setException(unwrap(failure));
                callback.done(false);
            } else if (!"send".equals(operation)) {
                callback.done(false);
            }
        });
        return false;
    }

    /** Loads the history and puts it, trimmed to the limits, before the request's input. */
    ConversationTurn begin(String id, ObjectNode request) {
        long mark = fence.mark();
        StoredConversation stored = store.load(id);
        List<StoredTurn> turns = stored.turns();
        int first = trimmer.firstKept(itemsOf(turns));
        ArrayNode input = Json.MAPPER.createArrayNode();
        // turns stored by earlier versions hold answers as output items: sent in the shapes Groq takes as input
        turns.subList(first, turns.size()).forEach(t -> input.addAll(InputItems.normalize(
                Json.MAPPER.valueToTree(t.items()), false, null)));
        int historySize = input.size();
        ArrayNode newInput = Conversation.inputItems(request);
        input.addAll(newInput);
        return new ConversationTurn(this, id, stored, mark, historySize, newInput,
                Conversation.continued(request, input));
    }

    /**
     * Appends a turn, reloading and trying again while other exchanges append to the same conversation. A turn whose
     * conversation was cleared after it began ({@code mark}) is not stored: a clear wins over the turns in flight.
     */
    CompletableFuture<Void> append(String id, StoredConversation loaded, long mark, List<Map<String, Object>> items) {
        return call(() -> {
            StoredConversation base = loaded;
            for (int attempt = 1; attempt <= MAX_APPEND_ATTEMPTS; attempt++) {
                if (fence.clearedSince(id, mark) || base.version() < loaded.version()) {
                    LOG.debug("Conversation '{}' was cleared while a turn was in flight: the turn is not stored", id);
                    return null;
                }
                List<List<Map<String, Object>>> all = itemsOf(base.turns());
                all.add(items);
                int first = trimmer.firstKept(all);
                long firstKept = first < base.turns().size() ? base.turns().get(first).sequence() : base.version() + 1;
                if (store.append(id, base.version(), new StoredTurn(base.version() + 1, items), firstKept)) {
                    return null;
                }
                base = store.load(id);
            }
            throw new GroqConversationStoreException("Conversation '" + id + "' was changed by other exchanges "
                                                     + MAX_APPEND_ATTEMPTS + " times while this turn was being"
                                                     + " appended; the turn is not stored",
                    null);
        });
    }

    private static List<List<Map<String, Object>>> itemsOf(List<StoredTurn> turns) {
        List<List<Map<String, Object>>> items = new ArrayList<>();
        turns.forEach(t -> items.add(t.items()));
        return items;
    }

    /** Runs a store call on the store bulkhead when the store may block (refused when it is full), else at once. */
    private <T> CompletableFuture<T> call(Supplier<T> task) {
        if (store.isBlocking()) {
            try {
                return CompletableFuture.supplyAsync(task, executor);
            } catch (RejectedExecutionException full) {
                // the store bulkhead is full: fail the exchange rather than block or run it here
                return CompletableFuture.failedFuture(Failures.asGroqException("(conversation store)", full));
            }
        }
        try {
            return CompletableFuture.completedFuture(task.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static String conversationId(Exchange exchange) {
        return ConversationIds.of(exchange.getIn().getHeader(GroqResponsesConstants.CONVERSATION_ID));
    }

    private static String operation(Exchange exchange) {
        String operation = exchange.getIn().getHeader(GroqResponsesConstants.CONVERSATION_OPERATION, "send",
                String.class);
        return Choices.require(operation, OPERATIONS, "Header " + GroqResponsesConstants.CONVERSATION_OPERATION);
    }

    static Throwable unwrap(Throwable t) {
        return t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    }
}
