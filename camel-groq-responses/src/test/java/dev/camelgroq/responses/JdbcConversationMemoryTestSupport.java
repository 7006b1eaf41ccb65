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
package dev.camelgroq.responses;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.memory.JdbcConversationStore;
import dev.camelgroq.responses.memory.StoredTurn;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelgroq.responses.ConversationMemoryTest.assertCallsPrecedeOutputs;
import static dev.camelgroq.responses.ConversationMemoryTest.describe;
import static dev.camelgroq.responses.test.RequestMatchers.any;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversation memory in a real database through conversationDataSource: several CamelContexts (as several instances
 * or a restart would have) share one history. Subclasses give the database.
 */
abstract class JdbcConversationMemoryTestSupport {

    static final String KEY = "gsk_test_0123456789abcdef";

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private final List<CamelContext> contexts = new ArrayList<>();

    /** The database under test. */
    abstract DataSource dataSource();

    /** The type the database reports for the items column. */
    abstract String expectedItemsType();

    @AfterEach
    void stopContexts() {
        contexts.forEach(CamelContext::stop);
        contexts.clear();
    }

    /** A started CamelContext whose component talks to the emulator, with the database bound as "conversations". */
    CamelContext newContext() {
        CamelContext context = new DefaultCamelContext();
        context.getRegistry().bind("conversations", dataSource());
        GroqResponsesComponent component = context.getComponent("groq-responses", GroqResponsesComponent.class);
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setBaseUrl(GROQ.baseUrl());
        context.start();
        contexts.add(context);
        return context;
    }

    static String uri(String options) {
        return "groq-responses:chat?model=openai/gpt-oss-20b&conversationDataSource=#conversations"
               + (options.isEmpty() ? "" : "&" + options);
    }

    static Exchange exchange(CamelContext context, String conversation, String text) {
        Exchange exchange = new DefaultExchange(context);
        exchange.getIn().setBody(text);
        exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, conversation);
        return exchange;
    }

    static void turnOk(CamelContext context, String options, String conversation, String text) {
        Exchange done = context.createProducerTemplate().send(uri(options), exchange(context, conversation, text));
        assertThat(done.getException()).as("exchange exception").isNull();
    }

    static JsonNode lastInput() {
        return GROQ.emulator().lastRequest().json().get("input");
    }

    long rows(String conversation) throws SQLException {
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + JdbcConversationStore.DEFAULT_TABLE
                                           + " WHERE conversation_id = '" + conversation + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aConversationBegunOnOneContextContinuesOnAnother() {
        CamelContext first = newContext();
        CamelContext second = newContext();
        GROQ.emulator().enqueue(Reply.text("Hello Ada."), Reply.text("You are Ada."));
        turnOk(first, "", "handover", "My name is Ada.");
        turnOk(second, "", "handover", "Who am I?");
        assertThat(describe(lastInput())).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "user:Who am I?");
    }

    @Test
    void aRestartKeepsTheHistory() {
        CamelContext before = newContext();
        GROQ.emulator().enqueue(Reply.text("Noted: blue."));
        turnOk(before, "", "restart", "My favourite colour is blue.");
        before.stop();

        CamelContext after = newContext(); // a new context, as after a JVM restart: nothing in memory
        GROQ.emulator().enqueue(Reply.text("Blue."));
        turnOk(after, "", "restart", "What is my favourite colour?");
        assertThat(describe(lastInput())).containsExactly("user:My favourite colour is blue.",
                "assistant:Noted: blue.", "user:What is my favourite colour?");
    }

    @Test
    void concurrentTurnsFromTwoContextsLoseNothing() {
        CamelContext first = newContext();
        CamelContext second = newContext();
        GROQ.emulator().when(any()).thenReply(Reply.auto().delayed(Duration.ofMillis(50)));
        int perContext = 8;
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < perContext; i++) {
            for (CamelContext context : List.of(first, second)) {
                String text = "question " + contexts.indexOf(context) + "-" + i;
                sent.add(context.createProducerTemplate().asyncSend(uri(""), exchange(context, "busy", text)));
            }
        }
        sent.forEach(f -> assertThat(f.join().getException()).isNull());

        GROQ.emulator().reset();
        GROQ.emulator().enqueue(Reply.text("done"));
        turnOk(first, "", "busy", "last");
        List<String> history = describe(lastInput());
        assertThat(history).hasSize(4 * perContext + 1);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < perContext; i++) {
                int at = history.indexOf("user:question " + c + "-" + i);
                assertThat(at).as("question %d-%d stored", c, i).isGreaterThanOrEqualTo(0);
                assertThat(history.get(at + 1)).isEqualTo("assistant:Emulated answer to: question " + c + "-" + i);
            }
        }
    }

    @Test
    void trimmingDeletesTheOldestRowsAndKeepsCallsWithOutputs() throws SQLException {
        CamelContext context = newContext();
        String options = "maxHistoryMessages=2";
        for (String q : List.of("one", "two", "three")) {
            GROQ.emulator().enqueue(Reply.text("answer " + q));
            turnOk(context, options, "trimmed", q);
        }
        assertThat(rows("trimmed")).isEqualTo(1);
        GROQ.emulator().enqueue(Reply.text("answer four"));
        turnOk(context, options, "trimmed", "four");
        assertThat(describe(lastInput())).containsExactly("user:three", "assistant:answer three", "user:four");
        assertCallsPrecedeOutputs(lastInput());
    }

    @Test
    void aConversationStoredInTheOldItemShapeIsSentInTheShapesGroqAccepts() {
        // rows written before issue 19 held the answer as its output item: type message, id, status, output_text
        JdbcConversationStore store = new JdbcConversationStore(dataSource());
        store.start();
        assertThat(store.append("old-shape", 0, new StoredTurn(1, ConversationMemoryTest.oldShapeTurn()), 1))
                .isTrue();
        CamelContext context = newContext();
        GROQ.emulator().enqueue(Reply.text("You are Ada."));
        turnOk(context, "", "old-shape", "Who am I?"); // the strict emulator refuses the old shape: this asserts it
        assertThat(lastInput()).hasSize(5);
        assertThat(lastInput().get(1).toString()).isEqualTo("{\"role\":\"assistant\",\"content\":\"Hello Ada.\"}");
        assertThat(lastInput().get(2).toString()).isEqualTo(
                "{\"type\":\"function_call\",\"call_id\":\"call_1\",\"name\":\"lookup\",\"arguments\":\"{}\"}");
        assertThat(describe(lastInput())).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "function_call:lookup", "function_call_output:{\"ok\":true}", "user:Who am I?");
    }

    @Test
    void historyAndClearThroughHeaders() throws SQLException {
        CamelContext context = newContext();
        GROQ.emulator().enqueue(Reply.text("Stored."));
        turnOk(context, "", "operations", "Keep this.");
        Exchange history = context.createProducerTemplate().request(uri(""), x -> {
            x.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, "operations");
            x.getIn().setHeader(GroqResponsesConstants.CONVERSATION_OPERATION, "history");
        });
        assertThat(history.getException()).isNull();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = history.getMessage().getBody(List.class);
        assertThat(describe(dev.camelgroq.responses.request.Json.MAPPER.valueToTree(items)))
                .containsExactly("user:Keep this.", "assistant:Stored.");

        context.createProducerTemplate().request(uri(""), x -> {
            x.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, "operations");
            x.getIn().setHeader(GroqResponsesConstants.CONVERSATION_OPERATION, "clear");
        });
        assertThat(rows("operations")).isZero();
        assertThat(GROQ.emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void theTableIsCreatedWithTheDialectsTypes() throws SQLException {
        newContext().getEndpoint(uri("")).start();
        try (Connection c = dataSource().getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> columns = new ArrayList<>();
            String itemsType = null;
            for (String table : List.of(JdbcConversationStore.DEFAULT_TABLE,
                    JdbcConversationStore.DEFAULT_TABLE.toUpperCase(Locale.ROOT))) {
                try (ResultSet rs = meta.getColumns(null, null, table, null)) {
                    while (rs.next()) {
                        String column = rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        columns.add(column);
                        if ("items".equals(column)) {
                            itemsType = rs.getString("TYPE_NAME");
                        }
                    }
                }
            }
            assertThat(columns).containsExactlyInAnyOrder("conversation_id", "turn_seq", "items", "created_at");
            assertThat(itemsType).isEqualToIgnoringCase(expectedItemsType());
        }
    }

    /**
     * Ids a driver could store as another id's text (PostgreSQL's turns an unpaired surrogate into '?') are refused,
     * so "?tenant" keeps its own history.
     */
    @Test
    void idsThatAreNotValidTextNeverShareAHistory() throws SQLException {
        CamelContext context = newContext();
        GROQ.emulator().enqueue(Reply.text("Secret of the question-mark tenant."));
        turnOk(context, "", "?tenant", "My secret is 7.");
        for (String id : List.of("\uD800tenant", "\uDBFFtenant", "ten\u0000ant")) {
            for (String operation : List.of("send", "history")) {
                Exchange exchange = exchange(context, id, "What is my secret?");
                exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_OPERATION, operation);
                Exchange done = context.createProducerTemplate().send(uri(""), exchange);
                assertThat(done.getException()).as("%s of id %s", operation, id.codePointAt(0))
                        .isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(GroqResponsesConstants.CONVERSATION_ID);
            }
        }
        assertThat(GROQ.emulator().requestCount()).isEqualTo(1);
        assertThat(rows("?tenant")).isEqualTo(1);
    }

    /** A table laid out differently (an extra NOT NULL column, a CHECK) fails at once with the database's message. */
    @Test
    void integrityErrorsOtherThanConflictsFailAtOnceWithTheDatabasesMessage() throws Exception {
        String notNull = "conv_not_null";
        String check = "conv_check";
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS " + notNull);
            s.execute("DROP TABLE IF EXISTS " + check);
            s.execute("CREATE TABLE " + notNull + " (conversation_id VARCHAR(255) NOT NULL, turn_seq BIGINT NOT NULL,"
                      + " items TEXT NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                      + " tenant VARCHAR(40) NOT NULL, PRIMARY KEY (conversation_id, turn_seq))");
            s.execute("CREATE TABLE " + check + " (conversation_id VARCHAR(255) NOT NULL, turn_seq BIGINT NOT NULL,"
                      + " items TEXT NOT NULL, created_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                      + " PRIMARY KEY (conversation_id, turn_seq), CONSTRAINT items_short CHECK (LENGTH(items) < 20))");
        }
        CamelContext context = newContext();
        for (String table : List.of(notNull, check)) {
            context.getRegistry().bind(table, new JdbcConversationStore(dataSource(), table));
            GROQ.emulator().reset();
            GROQ.emulator().enqueue(Reply.text("A paid answer that does not fit the table."));
            Exchange done = context.createProducerTemplate().send(
                    "groq-responses:chat?model=openai/gpt-oss-20b&conversationStore=#" + table,
                    exchange(context, "strict", "Hello"));
            assertThat(done.getException()).as(table).isInstanceOf(GroqResponsesException.class)
                    .hasMessageNotContaining("changed by other exchanges")
                    .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT))
                            .contains(table.equals(notNull) ? "tenant" : "items_short"));
            assertThat(GROQ.emulator().requestCount()).as("one model call, no retry").isEqualTo(1);
        }
    }

    /** Another instance's clear wins over a turn in flight here: the turn is answered and not stored after it. */
    @Test
    void aClearFromAnotherInstanceWinsOverATurnInFlight() throws Exception {
        CamelContext here = newContext();
        CamelContext there = newContext();
        GROQ.emulator().enqueue(Reply.text("Noted."));
        turnOk(here, "", "cleared-elsewhere", "Remember 42.");
        GROQ.emulator().when(any()).thenReply(Reply.auto().delayed(Duration.ofMillis(600)));
        CompletableFuture<Exchange> inFlight = here.createProducerTemplate().asyncSend(uri(""),
                exchange(here, "cleared-elsewhere", "late"));
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (GROQ.emulator().requestCount() < 2 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        Exchange clear = exchange(there, "cleared-elsewhere", null);
        clear.getIn().setHeader(GroqResponsesConstants.CONVERSATION_OPERATION, "clear");
        assertThat(there.createProducerTemplate().send(uri(""), clear).getException()).isNull();
        assertThat(inFlight.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
        assertThat(rows("cleared-elsewhere")).isZero();
    }
}
