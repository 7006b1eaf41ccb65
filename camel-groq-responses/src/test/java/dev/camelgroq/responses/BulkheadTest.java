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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.call.Bulkhead;
import dev.camelgroq.responses.memory.InMemoryConversationStore;
import dev.camelgroq.responses.memory.StoredConversation;
import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.tools.GroqToolException;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Processor;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ThreadPoolProfile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, defect 5: each kind of work has its own bounded pool per component (tools and approvals, stream
 * deliveries, store I/O), user code never runs on the HTTP client's I/O threads, a full pool fails the exchange
 * clearly, and the function calls of one round are bounded (maxParallelToolCalls, a hard cap per round).
 */
class BulkheadTest extends EmulatorTestSupport {

    static final String TOOL = "tool.lookup.endpoint=direct:lookup&tool.lookup.description=Looks a record up";
    static final Set<String> TOOL_THREADS = ConcurrentHashMap.newKeySet();
    static final AtomicInteger TOOL_CALLS = new AtomicInteger();
    static final AtomicInteger RUNNING = new AtomicInteger();
    static final AtomicInteger PEAK = new AtomicInteger();
    static volatile CountDownLatch gate = new CountDownLatch(0);
    static volatile CountDownLatch blocked = new CountDownLatch(0);

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:lookup").process(e -> {
                    TOOL_THREADS.add(Thread.currentThread().getName());
                    TOOL_CALLS.incrementAndGet();
                    PEAK.accumulateAndGet(RUNNING.incrementAndGet(), Math::max);
                    try {
                        Thread.sleep(5);
                    } finally {
                        RUNNING.decrementAndGet();
                    }
                }).setBody(constant("{\"found\":true}"));
                from("direct:blockingDeltas").process(e -> {
                    blocked.countDown();
                    gate.await(60, TimeUnit.SECONDS);
                });
            }
        });
    }

    @BeforeEach
    void clear() {
        TOOL_THREADS.clear();
        TOOL_CALLS.set(0);
        RUNNING.set(0);
        PEAK.set(0);
    }

    private static Predicate<EmulatorRequest> toolsAsked() {
        return r -> r.json().has("tools") && r.inputItems("function_call_output").isEmpty();
    }

    private static Predicate<EmulatorRequest> toolsAnswered() {
        return r -> !r.inputItems("function_call_output").isEmpty();
    }

    @Test
    void blockingStreamToRoutesDoNotDelayAnUnrelatedToolCall() throws Exception {
        int streams = 10;
        gate = new CountDownLatch(1);
        blocked = new CountDownLatch(streams);
        emulator().when(toolsAsked()).thenReply(Reply.functionCall("lookup", "{\"id\":7}"));
        emulator().when(toolsAnswered()).thenReply(Reply.text("record 7 found"));
        emulator().when(r -> !r.json().has("tools")).thenReply(Reply.text("streamed words for a blocked route"));
        List<Future<Exchange>> streamed = new ArrayList<>();
        try {
            for (int i = 0; i < streams; i++) {
                // rateLimiter=off: the governor sends one request until the first answer is complete
                streamed.add(template.asyncSend(namedUri("blocked", "streamTo=direct:blockingDeltas&rateLimiter=off"),
                        x -> x.getIn().setBody("Hi")));
            }
            assertThat(blocked.await(60, TimeUnit.SECONDS)).as("every stream's route is blocked").isTrue();

            Exchange tool = template.asyncSend(uri(TOOL), x -> x.getIn().setBody("Find record 7"))
                    .get(60, TimeUnit.SECONDS);

            assertThat(tool.getException()).isNull();
            assertThat(tool.getMessage().getBody(String.class)).isEqualTo("record 7 found");
            assertThat(streamed).as("no stream has completed: their routes are still blocked").noneMatch(Future::isDone);
            assertThat(TOOL_THREADS).allMatch(name -> name.contains(Bulkhead.TOOLS), "runs on the tools bulkhead");
        } finally {
            gate.countDown();
        }
        for (Future<Exchange> f : streamed) {
            Exchange exchange = f.get(60, TimeUnit.SECONDS);
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("streamed words for a blocked route");
        }
    }

    @Test
    void tenThousandFunctionCallsInOneAnswerFailClearlyAndRunNoTool() {
        emulator().when(toolsAsked()).thenReply(Reply.functionCalls("lookup", "{\"id\":1}", 10_000));
        Exchange exchange = send(TOOL + "&parallelToolExecution=true", "Look everything up", Map.of());

        GroqToolException e = exchange.getException(GroqToolException.class);
        assertThat(e).isNotNull();
        assertThat(e.getErrorType()).isEqualTo("tool_error");
        assertThat(e.getErrorCode()).isEqualTo("too_many_tool_calls");
        assertThat(e.getMessage()).contains("10000 function calls", "at most 128");
        assertThat(TOOL_CALLS).hasValue(0);
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @ParameterizedTest(name = "parallel={0}, maxParallelToolCalls={1}")
    @CsvSource({ "false, 8, 1", "true, 4, 4", "true, 128, 128" })
    void theCallsOfARoundRunBoundedOnTheToolsBulkheadAndAnswerInOrder(boolean parallel, int max, int bound) {
        emulator().when(toolsAsked()).thenReply(Reply.functionCalls("lookup", "{\"id\":1}", 100));
        emulator().when(toolsAnswered()).thenReply(Reply.text("all 100 found"));
        Exchange exchange = sendOk(TOOL + "&parallelToolExecution=" + parallel + "&maxParallelToolCalls=" + max,
                "Look 100 records up", Map.of());

        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("all 100 found");
        assertThat(TOOL_CALLS).hasValue(100);
        assertThat(PEAK.get()).isBetween(1, bound);
        assertThat(TOOL_THREADS).isNotEmpty().allMatch(name -> name.contains(Bulkhead.TOOLS), "runs on the tools"
                                                                                           + " bulkhead")
                .noneMatch(name -> name.contains("dispatch"));
        EmulatorRequest second = emulator().lastRequest();
        List<String> asked = new ArrayList<>();
        second.inputItems("function_call").forEach(c -> asked.add(c.get("call_id").asText()));
        List<String> answered = new ArrayList<>();
        for (JsonNode output : second.inputItems("function_call_output")) {
            answered.add(output.get("call_id").asText());
        }
        assertThat(answered).hasSize(100).isEqualTo(asked);
    }

    /** A CamelContext whose bulkhead {@code pool} has one thread and a queue of one. */
    private static CamelContext withTinyPool(String pool) {
        CamelContext own = new DefaultCamelContext();
        ThreadPoolProfile small = new ThreadPoolProfile(pool);
        small.setPoolSize(1);
        small.setMaxPoolSize(1);
        small.setMaxQueueSize(1);
        own.getExecutorServiceManager().registerThreadPoolProfile(small);
        return own;
    }

    /** Waits until {@code count} of {@code futures} are done: those a full pool refused at once. */
    private static void awaitDone(List<Future<Exchange>> futures, int count) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (futures.stream().filter(Future::isDone).count() < count) {
            assertThat(System.nanoTime()).as("waiting for the refusals").isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    /** Asserts that each done future failed because the pool {@code pool} was full. */
    private static int refusals(List<Future<Exchange>> futures, String pool) throws Exception {
        int refused = 0;
        for (Future<Exchange> f : futures) {
            if (f.isDone()) {
                GroqResponsesException e = f.get().getException(GroqResponsesException.class);
                assertThat(e).isNotNull();
                assertThat(e.getErrorType()).isEqualTo("bulkhead_full");
                assertThat(e.getErrorCode()).isEqualTo("bulkhead_full");
                assertThat(e.getMessage()).contains(pool + " bulkhead is full", "1 threads busy and 1 tasks queued");
                refused++;
            }
        }
        return refused;
    }

    /** A route that records its thread, opens {@code held} and waits for {@code release}, then answers {@code body}. */
    private static void addHoldingRoute(CamelContext own, String from, Set<String> threads, CountDownLatch held,
                                        CountDownLatch release, String body)
            throws Exception {
        own.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).process(e -> {
                    threads.add(Thread.currentThread().getName());
                    held.countDown();
                    release.await(60, TimeUnit.SECONDS);
                }).setBody(constant(body));
            }
        });
    }

    /**
     * A route {@code from -> groqUri} whose next step records its thread, opens {@code inStep} and blocks until
     * {@code release} opens, as a JDBC insert after the call might.
     */
    private static void addBlockedAfterCall(CamelContext own, String from, String groqUri, Set<String> threads,
                                            CountDownLatch inStep, CountDownLatch release) throws Exception {
        own.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from(from).to(groqUri).process(e -> {
                    threads.add(Thread.currentThread().getName());
                    inStep.countDown();
                    release.await(60, TimeUnit.SECONDS);
                });
            }
        });
    }

    /** Something checked while a pool is full. */
    private interface WhileFull {
        void check() throws Exception;
    }

    /**
     * Sends {@code first}, which holds the tiny pool's only thread once {@code held} opens, then five more to the same
     * URI: asserts that four are refused at once with the pool named (the fifth waits in the queue), runs
     * {@code whileFull}, opens {@code release} and returns the outcome of all six ("ok" or the failure's message).
     */
    private static List<String> overfill(ProducerTemplate producer, String uri, Processor first, Processor more,
                                         String pool, CountDownLatch held, CountDownLatch release, WhileFull whileFull)
            throws Exception {
        List<Future<Exchange>> sent = new ArrayList<>();
        sent.add(producer.asyncSend(uri, first));
        assertThat(held.await(60, TimeUnit.SECONDS)).as("the first exchange holds the only thread").isTrue();
        List<Future<Exchange>> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(producer.asyncSend(uri, more));
        }
        awaitDone(others, 4);
        assertThat(refusals(others, pool)).isEqualTo(4);
        Bulkhead full = producer.getCamelContext().getComponent("groq-responses", GroqResponsesComponent.class)
                .getBulkhead(pool);
        assertThat(full.getRefusedTasks()).as("refusals the %s bulkhead counted (its MBean's RefusedTasks)", pool)
                .isEqualTo(4);
        assertThat(full.getMaxThreads()).isEqualTo(1);
        assertThat(full.getMaxQueued()).isEqualTo(1);
        whileFull.check();
        release.countDown();
        sent.addAll(others);
        List<String> outcomes = new ArrayList<>();
        for (Future<Exchange> f : sent) {
            Exception failed = f.get(60, TimeUnit.SECONDS).getException();
            outcomes.add(failed == null ? "ok" : failed.getMessage());
        }
        return outcomes;
    }

    @Test
    void aFullStreamsBulkheadFailsTheStreamInsteadOfDeliveringOnTheIoThread() throws Exception {
        CamelContext own = withTinyPool(Bulkhead.STREAMS);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inRoute = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        addHoldingRoute(own, "direct:held", threads, inRoute, release, "delivered");
        own.start();
        try {
            emulator().when(r -> true).thenReply(Reply.text("words for a held route"));
            List<String> outcomes = overfill(own.createProducerTemplate(),
                    uri("streamTo=direct:held&rateLimiter=off&maxRetries=0"), x -> x.getIn().setBody("first"),
                    x -> x.getIn().setBody("more"), Bulkhead.STREAMS, inRoute, release, () -> {
                    });
            assertThat(outcomes.stream().filter("ok"::equals).count())
                    .as("the held stream and the queued one complete: %s", outcomes).isEqualTo(2);
            assertThat(threads).allMatch(name -> name.contains(Bulkhead.STREAMS));
        } finally {
            release.countDown();
            own.stop();
        }
    }

    @Test
    void aFullStoreBulkheadFailsTheExchangeAndABlockedStoreDelaysNoPlainCall() throws Exception {
        CamelContext own = withTinyPool(Bulkhead.STORE);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inStore = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        own.getRegistry().bind("slowStore", new InMemoryConversationStore() {
            @Override
            public StoredConversation load(String conversationId) {
                threads.add(Thread.currentThread().getName());
                inStore.countDown();
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return super.load(conversationId);
            }

            @Override
            public boolean isBlocking() {
                return true;
            }
        });
        own.start();
        try {
            ProducerTemplate producer = own.createProducerTemplate();
            List<String> outcomes = overfill(producer, uri("conversationStore=#slowStore"), x -> {
                x.getIn().setBody("first");
                x.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, "c1");
            }, x -> {
                x.getIn().setBody("more");
                x.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, "c2");
            }, Bulkhead.STORE, inStore, release, () -> {
                Exchange plain = producer.asyncSend(uri(""), x -> x.getIn().setBody("no memory"))
                        .get(60, TimeUnit.SECONDS);
                assertThat(plain.getException()).as("a call without memory waits for no store").isNull();
            });
            // with one thread and a queue of one, a turn's own write may still be refused after the release: every
            // exchange ends, either answered or with the clear refusal, none hangs
            assertThat(outcomes).as("outcomes").allMatch(o -> o.equals("ok")
                                                            || o.contains("GroqResponsesStore bulkhead is full"))
                    .contains("ok");
            assertThat(threads).allMatch(name -> name.contains(Bulkhead.STORE));
        } finally {
            release.countDown();
            own.stop();
        }
    }

    @Test
    void aFullToolsBulkheadFailsTheExchangeInsteadOfRunningTheToolElsewhere() throws Exception {
        CamelContext own = withTinyPool(Bulkhead.TOOLS);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inTool = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        addHoldingRoute(own, "direct:lookup", threads, inTool, release, "{\"found\":true}");
        own.start();
        try {
            emulator().when(toolsAsked()).thenReply(Reply.functionCall("lookup", "{\"id\":7}"));
            emulator().when(toolsAnswered()).thenReply(Reply.text("found"));
            List<String> outcomes = overfill(own.createProducerTemplate(), uri(TOOL), x -> x.getIn().setBody("first"),
                    x -> x.getIn().setBody("more"), Bulkhead.TOOLS, inTool, release, () -> {
                    });
            assertThat(outcomes.stream().filter("ok"::equals).count())
                    .as("the running call and the queued one complete: %s", outcomes).isEqualTo(2);
            assertThat(threads).allMatch(name -> name.contains(Bulkhead.TOOLS));
        } finally {
            release.countDown();
            own.stop();
        }
    }

    /**
     * The route pool's queue holds the exchanges whose calls have ended and wait for a thread to go on. Each exchange
     * is promised its place when it starts, so one beyond the queue's size is refused at once, before its request is
     * sent (no tokens spent), instead of its answer going on on an HTTP I/O thread once the queue is full.
     */
    @Test
    void anExchangeBeyondTheRoutePoolsQueueIsRefusedBeforeItsRequestIsSent() throws Exception {
        CamelContext own = new DefaultCamelContext();
        ThreadPoolProfile small = new ThreadPoolProfile(Bulkhead.ROUTE);
        small.setPoolSize(1);
        small.setMaxPoolSize(1);
        small.setMaxQueueSize(2);
        own.getExecutorServiceManager().registerThreadPoolProfile(small);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch held = new CountDownLatch(1);
        Set<String> threads = ConcurrentHashMap.newKeySet();
        addBlockedAfterCall(own, "direct:thenBlock", namedUri("routePool", "rateLimiter=off&maxRetries=0"), threads,
                held, release);
        own.start();
        try {
            emulator().when(r -> true).thenReply(Reply.text("answered"));
            int before = emulator().requestCount();
            ProducerTemplate producer = own.createProducerTemplate();
            Future<Exchange> first = producer.asyncSend("direct:thenBlock", x -> x.getIn().setBody("first"));
            assertThat(held.await(60, TimeUnit.SECONDS)).as("the first exchange holds the pool's only thread").isTrue();
            List<Future<Exchange>> more = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                more.add(producer.asyncSend("direct:thenBlock", x -> x.getIn().setBody("more")));
            }
            // two take the queue's two places (their calls go on and wait for the thread), two are refused
            awaitDone(more, 2);
            List<Future<Exchange>> refused = more.stream().filter(Future::isDone).toList();
            assertThat(refused).hasSize(2);
            for (Future<Exchange> f : refused) {
                GroqResponsesException e = f.get().getException(GroqResponsesException.class);
                assertThat(e).isNotNull();
                assertThat(e.getErrorType()).isEqualTo("bulkhead_full");
                assertThat(e.isRetryable()).isTrue();
                assertThat(e.getMessage()).contains("GroqResponsesRoute bulkhead already holds 2 places",
                        "refused before its request was sent", "maxQueueSize");
            }
            Bulkhead route = own.getComponent("groq-responses", GroqResponsesComponent.class)
                    .getBulkhead(Bulkhead.ROUTE);
            assertThat(route.getRefusedTasks()).isEqualTo(2);

            release.countDown();
            assertThat(first.get(60, TimeUnit.SECONDS).getException()).isNull();
            for (Future<Exchange> f : more) {
                if (!refused.contains(f)) {
                    assertThat(f.get(60, TimeUnit.SECONDS).getException()).as("an admitted exchange").isNull();
                }
            }
            // every exchange has ended; a refused one would have sent its request before it ended
            assertThat(emulator().requestCount() - before).as("requests sent: the first and the two admitted")
                    .isEqualTo(3);
            assertThat(threads).hasSizeGreaterThanOrEqualTo(1)
                    .allMatch(name -> name.contains(Bulkhead.ROUTE), "the route goes on on its pool");
            assertThat(route.getQueued()).isZero();
        } finally {
            release.countDown();
            own.stop();
        }
    }

    @Test
    void blockingStepsAfterTheCallDoNotHoldTheHttpClientsThreads() throws Exception {
        // more routes than the client has I/O threads (one per core) block in the step after groq-responses
        int blockedRoutes = 8;
        Set<String> afterThreads = ConcurrentHashMap.newKeySet();
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch inStep = new CountDownLatch(blockedRoutes);
        CamelContext own = new DefaultCamelContext();
        addBlockedAfterCall(own, "direct:blockingAfter", namedUri("before-jdbc", "rateLimiter=off"), afterThreads,
                inStep, release);
        own.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:unrelated").to(namedUri("unrelated", "rateLimiter=off"));
            }
        });
        own.start();
        try {
            emulator().when(r -> true).thenReply(Reply.text("answered"));
            ProducerTemplate producer = own.createProducerTemplate();
            List<Future<Exchange>> blocked = new ArrayList<>();
            for (int i = 0; i < blockedRoutes; i++) {
                blocked.add(producer.asyncSend("direct:blockingAfter", x -> x.getIn().setBody("a record")));
            }
            assertThat(inStep.await(60, TimeUnit.SECONDS)).as("every route is blocked after the step").isTrue();

            Exchange unrelated = producer.asyncSend("direct:unrelated", x -> x.getIn().setBody("another record"))
                    .get(60, TimeUnit.SECONDS);

            assertThat(unrelated.getException()).isNull();
            assertThat(unrelated.getMessage().getBody(String.class)).isEqualTo("answered");
            assertThat(blocked).as("the blocked routes are still blocked").noneMatch(Future::isDone);
            assertThat(afterThreads).allMatch(name -> name.contains(Bulkhead.ROUTE), "the route goes on on its pool");
        } finally {
            release.countDown();
            own.stop();
        }
    }
}
