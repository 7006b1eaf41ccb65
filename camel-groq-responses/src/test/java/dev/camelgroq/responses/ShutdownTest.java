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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.camelgroq.responses.call.Failures;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.OutputItems;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelgroq.responses.test.RequestMatchers.inputContains;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stopping the CamelContext ends every call in flight: one waiting on the wire for an answer that never comes (with no
 * deadline), one sleeping in a retry backoff after a 503, two queued in the rate-limit governor behind one admitted
 * call, and a tool call or MCP approval hook whose route blocks (its thread is interrupted). Each exchange completes
 * with a GroqResponsesException saying the component stopped; none hangs.
 */
class ShutdownTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private CamelContext context;

    @AfterEach
    void stopCamel() {
        if (context != null) {
            context.stop();
        }
    }

    private String uri(String scheme, String options) {
        return scheme + ":shutdown?model=openai/gpt-oss-20b&apiKey=RAW(gsk_shutdown_0123456789)&baseUrl="
               + GROQ.baseUrl() + "&" + options;
    }

    /**
     * Starts the context with a second component, {@code groq-limited}, whose governor admits one request per minute
     * (its static cap); returns that governor.
     */
    private RateLimitGovernor startWithLimitedComponent() throws Exception {
        context = new DefaultCamelContext();
        GroqResponsesComponent limited = new GroqResponsesComponent();
        limited.setRequestsPerMinute(1);
        context.addComponent("groq-limited", limited);
        context.start();
        return limited.getGovernor();
    }

    @Test
    void stoppingTheContextEndsCallsOnTheWireInBackoffAndInTheGovernorQueue() throws Exception {
        GROQ.emulator().when(inputContains("wire")).thenReply(Reply.text("never").neverAnswer());
        GROQ.emulator().when(inputContains("backoff")).thenReply(
                Reply.error(503, "internal_server_error", "service_unavailable", "Service Unavailable"));
        RateLimitGovernor governor = startWithLimitedComponent();
        ProducerTemplate template = context.createProducerTemplate();

        CompletableFuture<Exchange> wire = template.asyncSend(uri("groq-responses", "requestTimeout=0&maxRetries=0"),
                x -> x.getIn().setBody("wire"));
        CompletableFuture<Exchange> backoff = template.asyncSend(uri("groq-responses",
                "maxRetries=5&retryInitialDelay=60000&retryMaxDelay=120000&rateLimiter=off"),
                x -> x.getIn().setBody("backoff"));
        String queuedUri = uri("groq-limited", "retryMaxDelay=120000&maxRetries=0");
        List<CompletableFuture<Exchange>> queued = new ArrayList<>();
        // the one request the static cap admits gets no answer, so no headers lift the cap
        queued.add(template.asyncSend(queuedUri, x -> x.getIn().setBody("wire, admitted by the governor")));
        awaitState(() -> GROQ.emulator().requests().stream().anyMatch(r -> r.rawBody().contains("admitted")));
        for (int i = 0; i < 2; i++) {
            String body = "queued " + i;
            queued.add(template.asyncSend(queuedUri, x -> x.getIn().setBody(body)));
        }

        awaitState(() -> GROQ.emulator().answeredWith(503) == 1 && governor.getQueued() == 2
                         && GROQ.emulator().requests().stream().anyMatch(r -> r.rawBody().contains("wire")));
        assertThat(wire).isNotDone();
        assertThat(backoff).isNotDone();
        assertThat(queued).allSatisfy(f -> assertThat(f).isNotDone());

        context.stop();

        List<CompletableFuture<Exchange>> all = new ArrayList<>(queued);
        all.add(wire);
        all.add(backoff);
        for (CompletableFuture<Exchange> f : all) {
            // a generous guard against a hang, not a timing assertion: a stopped call completes at once
            Exchange exchange = f.get(30, TimeUnit.SECONDS);
            GroqResponsesException e = exchange.getException(GroqResponsesException.class);
            assertThat(e).as("exception of %s", exchange.getIn().getBody()).isNotNull();
            assertThat(e.getErrorType()).isEqualTo(Failures.STOPPED);
            assertThat(e.getMessage()).contains("stopped before the call completed");
        }
        assertThat(backoff.get().getException(GroqResponsesException.class).getAttempts()).isEqualTo(1);
        assertThat(GROQ.emulator().answeredWith(503)).as("no retry after the stop").isEqualTo(1);
    }

    @Test
    void stoppingTheContextEndsALongGovernorQueueAtOnce() throws Exception {
        GROQ.emulator().when(inputContains("wire")).thenReply(Reply.text("never").neverAnswer());
        RateLimitGovernor governor = startWithLimitedComponent();
        ProducerTemplate template = context.createProducerTemplate();
        String queuedUri = uri("groq-limited", "retryMaxDelay=120000&maxRetries=0");
        template.asyncSend(queuedUri, x -> x.getIn().setBody("wire, admitted by the governor"));
        awaitState(() -> GROQ.emulator().requestCount() == 1);
        List<CompletableFuture<Exchange>> queued = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            String body = "queued " + i;
            queued.add(template.asyncSend(queuedUri, x -> x.getIn().setBody(body)));
        }
        awaitState(() -> governor.getQueued() == 3000);

        // every queued call leaves the queue before any call ends: ending the admitted call then hands its place to
        // nobody (before, each ended call admitted the next as a probe, thousands deep on one stack, and an exchange
        // whose completion overflowed it never completed)
        context.stop();

        for (CompletableFuture<Exchange> f : queued) {
            Exchange exchange = f.get(30, TimeUnit.SECONDS);
            assertThat(exchange.getException(GroqResponsesException.class).getErrorType()).isEqualTo(Failures.STOPPED);
        }
        assertThat(GROQ.emulator().requestCount()).as("nothing queued was sent").isEqualTo(1);
        assertThat(governor.getQueued()).as("the governor's queue is empty").isZero();
    }

    @Test
    void stoppingARouteContextEndsItsInFlightExchangesAfterTheShutdownTimeout() throws Exception {
        GROQ.emulator().when(r -> true).thenReply(Reply.text("never").neverAnswer());
        context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:enrich").to(uri("groq-responses", "requestTimeout=0&maxRetries=0"));
            }
        });
        context.start();
        CompletableFuture<Exchange> inFlight = context.createProducerTemplate().asyncSend("direct:enrich",
                x -> x.getIn().setBody("review text"));
        awaitState(() -> GROQ.emulator().requestCount() == 1);

        context.stop();

        Exchange exchange = inFlight.get(30, TimeUnit.SECONDS);
        assertThat(exchange.getException(GroqResponsesException.class).getErrorType()).isEqualTo(Failures.STOPPED);
    }

    @Test
    void stoppingTheContextEndsAToolCallStillRunningAndInterruptsItsRoute() throws Exception {
        GROQ.emulator().when(r -> true).thenReply(Reply.functionCall("lookup", "{}"));
        assertStopEndsBlockedHook("tool.lookup.endpoint=direct:hook");
    }

    @Test
    void stoppingTheContextEndsAnMcpApprovalHookStillRunningAndInterruptsItsRoute() throws Exception {
        GROQ.emulator().when(r -> true).thenReply(Reply.text("").withItem(
                OutputItems.mcpApprovalRequest("mcpr_1", "wiki", "ask", "{}")));
        assertStopEndsBlockedHook("mcp.wiki.url=https://mcp.example.com/mcp&mcp.wiki.requireApproval=always"
                                  + "&mcpApproval=direct:hook");
    }

    /** A hook route that blocks until interrupted: the stop must fail the exchange and interrupt the route's thread. */
    private void assertStopEndsBlockedHook(String options) throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch interrupted = new CountDownLatch(1);
        context = new DefaultCamelContext();
        context.getShutdownStrategy().setTimeout(1);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:hook").process(e -> {
                    entered.countDown();
                    try {
                        new CountDownLatch(1).await();
                    } catch (InterruptedException stopped) {
                        interrupted.countDown();
                        throw stopped;
                    }
                });
            }
        });
        context.start();
        CompletableFuture<Exchange> inFlight = context.createProducerTemplate().asyncSend(
                uri("groq-responses", "maxRetries=0&" + options), x -> x.getIn().setBody("look it up"));
        assertThat(entered.await(30, TimeUnit.SECONDS)).as("the hook route runs").isTrue();

        context.stop();

        Exchange exchange = inFlight.get(30, TimeUnit.SECONDS);
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).as("exception of the exchange").isNotNull();
        assertThat(e.getErrorType()).isEqualTo(Failures.STOPPED);
        assertThat(e.getMessage()).contains("was running", "interrupted");
        assertThat(interrupted.await(30, TimeUnit.SECONDS)).as("the hook route's thread was interrupted").isTrue();
    }

    /** Waits (by polling, no fixed sleep) until the calls have reached the state the test stops them in. */
    private static void awaitState(BooleanSupplier reached) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (!reached.getAsBoolean()) {
            assertThat(System.nanoTime()).as("calls reached the state to stop them in").isLessThan(until);
            Thread.sleep(10);
        }
    }
}
