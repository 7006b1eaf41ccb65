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

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.memory.GroqConversationStoreException;
import dev.camelgroq.responses.memory.InMemoryConversationStore;
import dev.camelgroq.responses.memory.StoredTurn;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.test.OutputItems;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.any;
import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Conversation memory with the default in-memory store, asserted on the requests the emulator saw: history before the
 * new input, what a turn keeps and what it never keeps, failures, trimming, concurrent turns, read and clear.
 */
class ConversationMemoryTest extends EmulatorTestSupport {

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lookupOrder").setBody(constant("{\"status\":\"shipped\"}"));
            }
        });
    }

    static Exchange turn(String options, String conversation, Object body) {
        return send(options, body, Map.of(GroqResponsesConstants.CONVERSATION_ID, conversation));
    }

    static Exchange turnOk(String options, String conversation, Object body) {
        Exchange exchange = turn(options, conversation, body);
        assertThat(exchange.getException()).as("exchange exception").isNull();
        return exchange;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> history(String conversation) {
        Exchange exchange = send("", null, Map.of(GroqResponsesConstants.CONVERSATION_ID, conversation,
                GroqResponsesConstants.CONVERSATION_OPERATION, "history"));
        assertThat(exchange.getException()).isNull();
        return exchange.getMessage().getBody(List.class);
    }

    /** Each input item as role:text, type:name or type:output. */
    static List<String> describe(JsonNode input) {
        List<String> described = new ArrayList<>();
        for (JsonNode item : input) {
            String type = item.path("type").asText("message");
            if ("message".equals(type)) {
                JsonNode content = item.path("content");
                String text = content.isTextual() ? content.asText() : content.path(0).path("text").asText();
                described.add(item.path("role").asText() + ":" + text);
            } else if ("function_call".equals(type)) {
                described.add("function_call:" + item.path("name").asText());
            } else if ("function_call_output".equals(type)) {
                described.add("function_call_output:" + item.path("output").asText());
            } else {
                described.add(type);
            }
        }
        return described;
    }

    static List<String> describe(List<Map<String, Object>> items) {
        return describe(Json.MAPPER.valueToTree(items));
    }

    /** Every function_call_output of a request comes after its function_call (Groq refuses orphans). */
    static void assertCallsPrecedeOutputs(JsonNode input) {
        Set<String> calls = new HashSet<>();
        for (JsonNode item : input) {
            if ("function_call".equals(item.path("type").asText())) {
                calls.add(item.path("call_id").asText());
            } else if ("function_call_output".equals(item.path("type").asText())) {
                assertThat(calls).as("call of output %s", item).contains(item.path("call_id").asText());
            }
        }
    }

    @Test
    void laterTurnsCarryTheHistoryButNeverTheInstructions() {
        emulator().enqueue(Reply.text("Hello Ada."), Reply.text("Your name is Ada."));
        String options = "instructions=Be brief.";
        turnOk(options, "names", "My name is Ada.");
        Exchange second = turnOk(options, "names", "What is my name?");

        assertThat(second.getMessage().getBody(String.class)).isEqualTo("Your name is Ada.");
        JsonNode sent = lastJson();
        assertThat(describe(sent.get("input"))).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "user:What is my name?");
        assertThat(sent.get("instructions").asText()).as("sent with every request").isEqualTo("Be brief.");
        assertThat(describe(history("names"))).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "user:What is my name?", "assistant:Your name is Ada.");
        assertThat(Json.MAPPER.valueToTree(history("names")).toString()).doesNotContain("Be brief.");
    }

    /**
     * A turn as versions before issue 19 stored it: the answer's message and function call as the output items they
     * were (type message with id, status and output_text parts; function_call with id and status).
     */
    static List<Map<String, Object>> oldShapeTurn() {
        return List.of(Map.of("role", "user", "content", "My name is Ada."),
                Map.of("type", "message", "id", "msg_01", "status", "completed", "role", "assistant", "content",
                        List.of(Map.of("type", "output_text", "text", "Hello Ada.", "annotations", List.of()))),
                Map.of("type", "function_call", "id", "fc_01", "status", "completed", "call_id", "call_1", "name",
                        "lookup", "arguments", "{}"),
                Map.of("type", "function_call_output", "call_id", "call_1", "output", "{\"ok\":true}"));
    }

    @Test
    void aConversationStoredInTheOldItemShapeIsSentInTheShapesGroqAccepts() {
        InMemoryConversationStore store = new InMemoryConversationStore();
        assertThat(store.append("old-shape", 0, new StoredTurn(1, oldShapeTurn()), 1)).isTrue();
        context.getRegistry().bind("oldShapeStore", store);
        emulator().enqueue(Reply.text("You are Ada."));
        // the strict emulator refuses the old shape (400 naming input[1].role): success asserts the conversion
        turnOk("conversationStore=#oldShapeStore", "old-shape", "Who am I?");
        JsonNode input = lastJson().get("input");
        assertThat(input.get(1).toString()).isEqualTo("{\"role\":\"assistant\",\"content\":\"Hello Ada.\"}");
        assertThat(input.get(2).has("id")).isFalse();
        assertThat(describe(input)).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "function_call:lookup", "function_call_output:{\"ok\":true}", "user:Who am I?");
        // the new turn is stored in the new shape
        assertThat(Json.MAPPER.valueToTree(store.load("old-shape").turns().get(1).items()).get(1).toString())
                .isEqualTo("{\"role\":\"assistant\",\"content\":\"You are Ada.\"}");
    }

    @Test
    void systemMessagesOfTheBodyAreNotStored() {
        emulator().enqueue(Reply.text("Bonjour."));
        turnOk("", "system-in-body", List.of(Map.of("role", "system", "content", "Answer in French."),
                Map.of("role", "user", "content", "Hello")));
        assertThat(describe(history("system-in-body"))).containsExactly("user:Hello", "assistant:Bonjour.");
    }

    @Test
    void aFailedExchangeStoresNothing() {
        emulator().enqueue(Reply.text("First answer."),
                Reply.error(400, "invalid_request_error", "bad_request", "something is wrong"));
        turnOk("", "failing", "First question");
        Exchange failed = turn("", "failing", "Second question");
        assertThat(failed.getException()).isInstanceOf(GroqResponsesException.class);

        emulator().enqueue(Reply.text("Third answer."));
        turnOk("", "failing", "Third question");
        assertThat(describe(lastJson().get("input"))).containsExactly("user:First question",
                "assistant:First answer.", "user:Third question");
    }

    @Test
    void anIncompleteAnswerIsNotRecorded() {
        emulator().enqueue(Reply.text("Cut sh").incomplete("max_output_tokens"));
        Exchange exchange = turnOk("", "incomplete", "Tell me everything");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.STATUS)).isEqualTo("incomplete");
        assertThat(history("incomplete")).isEmpty();
    }

    @Test
    void toolRoundsAreStoredWithoutReasoning() {
        emulator().when(lacksInputItem("function_call_output")).times(1)
                .thenReply(Reply.functionCall("lookup_order", "{\"order\":\"A-17\"}").withReasoning("Look it up."));
        emulator().when(hasInputItem("function_call_output")).times(1)
                .thenReply(Reply.text("Order A-17 has shipped.").withReasoning("It shipped."));
        String options = "tool.lookup_order.endpoint=direct:lookupOrder&reasoningEffort=low";
        turnOk(options, "orders", "Where is A-17?");

        emulator().enqueue(Reply.text("You are welcome."));
        turnOk(options, "orders", "Thanks!");
        JsonNode input = lastJson().get("input");
        assertThat(describe(input)).containsExactly("user:Where is A-17?", "function_call:lookup_order",
                "function_call_output:{\"status\":\"shipped\"}", "assistant:Order A-17 has shipped.",
                "user:Thanks!");
        assertCallsPrecedeOutputs(input);
    }

    @Test
    void callsTheRouteAnswersStayWithTheirOutputsWhenTrimmed() {
        String options = "tool.lookup_order.endpoint=direct:lookupOrder&autoToolExecution=false&maxHistoryMessages=1";
        emulator().enqueue(Reply.functionCall("lookup_order", "{\"order\":\"B-2\"}"));
        Exchange first = turnOk(options, "route-tools", "Where is B-2?");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> calls = first.getMessage().getBody(List.class);
        assertThat(calls).hasSize(1);

        // the route answers the call: only the new item goes in, the call comes from the history
        emulator().enqueue(Reply.text("B-2 is on its way."));
        turnOk(options, "route-tools", List.of(Map.of("type", "function_call_output", "call_id",
                calls.get(0).get("call_id"), "output", "in transit")));
        assertThat(describe(lastJson().get("input"))).containsExactly("user:Where is B-2?",
                "function_call:lookup_order", "function_call_output:in transit");

        emulator().enqueue(Reply.text("Bye."));
        turnOk(options, "route-tools", "Thanks");
        JsonNode third = lastJson().get("input");
        assertThat(describe(third)).as("over the limit, but the call cannot leave without its output")
                .containsExactly("user:Where is B-2?", "function_call:lookup_order",
                        "function_call_output:in transit", "assistant:B-2 is on its way.", "user:Thanks");
        assertCallsPrecedeOutputs(third);

        emulator().enqueue(Reply.text("Hello again."));
        turnOk(options, "route-tools", "Hi");
        assertThat(describe(lastJson().get("input"))).as("call and output left together; newest turn kept")
                .containsExactly("user:Thanks", "assistant:Bye.", "user:Hi");
    }

    @Test
    void maxHistoryMessagesDropsTheOldestTurns() {
        String options = "maxHistoryMessages=4";
        for (String q : List.of("one", "two", "three")) {
            emulator().enqueue(Reply.text("answer " + q));
            turnOk(options, "by-count", q);
        }
        emulator().enqueue(Reply.text("answer four"));
        turnOk(options, "by-count", "four");
        assertThat(describe(lastJson().get("input"))).containsExactly("user:two", "assistant:answer two",
                "user:three", "assistant:answer three", "user:four");
        assertThat(history("by-count")).hasSize(4);
    }

    @Test
    void maxHistoryTokensTrimsTheHistoryAnEndpointReads() {
        for (String q : List.of("first question", "second question", "third question")) {
            emulator().enqueue(Reply.text("answer to the " + q));
            turnOk("", "by-tokens", q);
        }
        List<Map<String, Object>> items = history("by-tokens");
        long lastTwoTurns = 0;
        for (Map<String, Object> item : items.subList(2, 6)) {
            lastTwoTurns += (Json.MAPPER.valueToTree(item).toString().length() + 3) / 4;
        }
        // another endpoint on the same store, with a budget of exactly the last two turns
        emulator().enqueue(Reply.text("ok"));
        turnOk("maxHistoryTokens=" + lastTwoTurns, "by-tokens", "fourth question");
        assertThat(describe(lastJson().get("input"))).containsExactly("user:second question",
                "assistant:answer to the second question", "user:third question",
                "assistant:answer to the third question", "user:fourth question");

        emulator().enqueue(Reply.text("ok"));
        turnOk("maxHistoryTokens=1", "by-tokens", "fifth question");
        assertThat(describe(lastJson().get("input"))).as("the newest turn stays even over the limit")
                .containsExactly("user:fourth question", "assistant:ok", "user:fifth question");
    }

    @Test
    void concurrentTurnsOnOneConversationLoseNothing() {
        emulator().when(any()).thenReply(Reply.auto().delayed(Duration.ofMillis(50)));
        int turns = 16;
        List<CompletableFuture<Exchange>> sent = new ArrayList<>();
        for (int i = 0; i < turns; i++) {
            Exchange exchange = new org.apache.camel.support.DefaultExchange(context);
            exchange.getIn().setBody("question " + i);
            exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, "busy");
            sent.add(template.asyncSend(uri(""), exchange));
        }
        sent.forEach(f -> assertThat(f.join().getException()).isNull());

        List<String> stored = describe(history("busy"));
        assertThat(stored).hasSize(2 * turns);
        for (int i = 0; i < turns; i++) {
            int at = stored.indexOf("user:question " + i);
            assertThat(at).as("question %d stored", i).isGreaterThanOrEqualTo(0);
            assertThat(stored.get(at + 1)).isEqualTo("assistant:Emulated answer to: question " + i);
        }
    }

    @Test
    void historyAndClearDoNotCallTheModel() {
        emulator().enqueue(Reply.text("Noted."));
        turnOk("", "to-clear", "Remember 42.");
        int calls = emulator().requestCount();
        assertThat(describe(history("to-clear"))).containsExactly("user:Remember 42.", "assistant:Noted.");

        Exchange clear = send("", "ignored", Map.of(GroqResponsesConstants.CONVERSATION_ID, "to-clear",
                GroqResponsesConstants.CONVERSATION_OPERATION, "clear"));
        assertThat(clear.getException()).isNull();
        assertThat(history("to-clear")).isEmpty();
        assertThat(emulator().requestCount()).isEqualTo(calls);

        emulator().enqueue(Reply.text("What number?"));
        turnOk("", "to-clear", "Which number?");
        assertThat(describe(lastJson().get("input"))).containsExactly("user:Which number?");
    }

    @Test
    void apiKeyAndToolSecretsAreNeverStored() {
        emulator().enqueue(Reply.text("Camel is an integration framework.")
                .withItem(OutputItems.mcpCall("wiki", "ask", "{\"q\":\"camel\"}", "Apache Camel ...")));
        turnOk("mcp.wiki.url=https://mcp.example.com/mcp&mcp.wiki.requireApproval=never"
               + "&mcp.wiki.headers=RAW({\"Authorization\":\"Bearer mcp-secret-77\"})", "secrets", "What is Camel?");
        assertThat(lastJson().toString()).as("the secret did go to Groq").contains("mcp-secret-77");

        String stored = Json.MAPPER.valueToTree(history("secrets")).toString();
        assertThat(describe(history("secrets"))).containsExactly("user:What is Camel?",
                "assistant:Camel is an integration framework.");
        assertThat(stored).doesNotContain(KEY).doesNotContain("mcp-secret-77").doesNotContain("mcp_call");
    }

    @Test
    void aStoreBeanCanBeGiven() {
        InMemoryConversationStore store = new InMemoryConversationStore(5, Duration.ofMinutes(5));
        context.getRegistry().bind("myConversations", store);
        emulator().enqueue(Reply.text("Stored in the bean."));
        turnOk("conversationStore=#myConversations", "in-bean", "Hello");
        assertThat(store.load("in-bean").items()).hasSize(2);
        assertThat(history("in-bean")).as("not in the component's default store").isEmpty();
    }

    @Test
    void badHeadersAreNamedAndNothingIsSent() {
        Exchange blank = turn("", " ", "Hello");
        assertThat(blank.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(GroqResponsesConstants.CONVERSATION_ID);
        Exchange tooLong = turn("", "x".repeat(256), "Hello");
        assertThat(tooLong.getException()).hasMessageContaining("at most 255");
        Exchange operation = send("", "Hello", Map.of(GroqResponsesConstants.CONVERSATION_ID, "c",
                GroqResponsesConstants.CONVERSATION_OPERATION, "drop"));
        assertThat(operation.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(GroqResponsesConstants.CONVERSATION_OPERATION)
                .hasMessageContaining("send, history, clear");
        Exchange noId = send("", "Hello", Map.of(GroqResponsesConstants.CONVERSATION_OPERATION, "history"));
        assertThat(noId.getException()).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs the header " + GroqResponsesConstants.CONVERSATION_ID);
        assertThat(emulator().requestCount()).isZero();
    }

    /** Ids a database could turn into another id's text, and ids that are not text at all, are refused. */
    @Test
    void conversationIdsThatAreNotValidTextAreRefusedAndNothingIsSent() {
        List<Object> refused = List.of("\uD800tenant", "\uDBFFtenant", "tenant\uDC00", "ten\u0000ant", "tenant\n",
                "\u007Ftenant", "\u0085tenant", new StringBuilder("tenant"), "tenant".getBytes(), List.of("tenant"));
        for (Object id : refused) {
            for (String operation : List.of("send", "history", "clear")) {
                Exchange exchange = send("", "Hello", Map.of(GroqResponsesConstants.CONVERSATION_ID, id,
                        GroqResponsesConstants.CONVERSATION_OPERATION, operation));
                assertThat(exchange.getException()).as("id %s, %s", Json.MAPPER.valueToTree(String.valueOf(id)),
                        operation).isInstanceOf(IllegalArgumentException.class)
                        .hasMessageContaining(GroqResponsesConstants.CONVERSATION_ID);
            }
        }
        assertThat(emulator().requestCount()).isZero();

        // a number is its text; a surrogate pair (an emoji) is valid text
        emulator().enqueue(Reply.text("Noted."), Reply.text("Hi."));
        sendOk("", "Remember 7.", Map.of(GroqResponsesConstants.CONVERSATION_ID, 4242L));
        assertThat(describe(history("4242"))).containsExactly("user:Remember 7.", "assistant:Noted.");
        turnOk("", "tenant\uD83D\uDE00", "Hello");
        assertThat(describe(history("tenant\uD83D\uDE00"))).containsExactly("user:Hello", "assistant:Hi.");
    }

    /** A clear wins over the turns of that conversation in flight: they are answered, and not stored after it. */
    @Test
    void aClearWinsOverTurnsInFlight() throws Exception {
        emulator().enqueue(Reply.text("Noted."));
        turnOk("", "busy-old", "Remember 42.");
        emulator().when(any()).thenReply(Reply.auto().delayed(Duration.ofMillis(600)));
        List<CompletableFuture<Exchange>> inFlight = new ArrayList<>();
        for (String conversation : List.of("busy-old", "busy-new")) {
            Exchange exchange = new org.apache.camel.support.DefaultExchange(context);
            exchange.getIn().setBody("late " + conversation);
            exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, conversation);
            inFlight.add(template.asyncSend(uri(""), exchange));
        }
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(20);
        while (emulator().requestCount() < 3 && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(emulator().requestCount()).as("both turns reached the model").isEqualTo(3);
        for (String conversation : List.of("busy-old", "busy-new")) {
            assertThat(send("", null, Map.of(GroqResponsesConstants.CONVERSATION_ID, conversation,
                    GroqResponsesConstants.CONVERSATION_OPERATION, "clear")).getException()).isNull();
        }
        for (CompletableFuture<Exchange> turn : inFlight) {
            Exchange done = turn.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(done.getException()).isNull();
            assertThat(done.getMessage().getBody(String.class)).startsWith("Emulated answer to: late");
        }
        assertThat(history("busy-old")).isEmpty();
        assertThat(history("busy-new")).isEmpty();
    }

    @Test
    void badOptionsFailAtStartNamingTheOption() {
        context.getRegistry().bind("someStore", new InMemoryConversationStore());
        context.getRegistry().bind("someDataSource", new org.h2.jdbcx.JdbcDataSource());
        Map<String, String> cases = new HashMap<>();
        cases.put("maxHistoryMessages=-1", "Option maxHistoryMessages");
        cases.put("maxHistoryTokens=-5", "Option maxHistoryTokens");
        cases.put("conversationStore=#someStore&conversationDataSource=#someDataSource",
                "Options conversationStore and conversationDataSource");
        cases.forEach((options, expected) -> {
            Throwable failure = null;
            try {
                template.sendBody(uri(options), "Hi");
            } catch (RuntimeException e) {
                failure = e;
            }
            assertThat(failure).as(options).isNotNull();
            List<String> messages = new ArrayList<>();
            for (Throwable t = failure; t != null; t = t.getCause()) {
                messages.add(String.valueOf(t.getMessage()));
            }
            assertThat(messages).as(options).anyMatch(m -> m.contains(expected));
        });
        assertThat(emulator().requestCount()).isZero();
    }

    @Test
    void aStoreFailureFailsTheExchangeWithAGroqResponsesException() {
        org.h2.jdbcx.JdbcDataSource broken = new org.h2.jdbcx.JdbcDataSource();
        broken.setURL("jdbc:h2:mem:broken;DB_CLOSE_DELAY=-1");
        dev.camelgroq.responses.memory.JdbcConversationStore store
                = new dev.camelgroq.responses.memory.JdbcConversationStore(broken, "broken_turns");
        context.getRegistry().bind("brokenStore", store);
        emulator().enqueue(Reply.text("unused"));
        template.sendBody(uri("conversationStore=#brokenStore"), "warm up without a conversation");
        try (java.sql.Connection c = broken.getConnection(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP TABLE broken_turns");
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        int calls = emulator().requestCount();
        Exchange exchange = turn("conversationStore=#brokenStore", "lost", "Hello");
        assertThat(exchange.getException()).isInstanceOf(GroqConversationStoreException.class)
                .isInstanceOf(GroqResponsesException.class).hasMessageContaining("load conversation 'lost'");
        assertThat(emulator().requestCount()).as("no model call without the history").isEqualTo(calls);
    }
}
