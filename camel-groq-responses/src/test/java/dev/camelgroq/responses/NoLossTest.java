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
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.NotifyBuilder;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A seda route with concurrent consumers and a dead letter channel, under mixed injected faults: every record ends
 * either delivered or dead-lettered, exactly once.
 */
class NoLossTest extends EmulatorTestSupport {

    private static final int N = 300;

    @Test
    void everyRecordIsDeliveredOrDeadLetteredExactlyOnce() throws Exception {
        Set<String> permanentlyBad = new HashSet<>();
        Set<String> seen = ConcurrentHashMap.newKeySet();
        AtomicInteger calls = new AtomicInteger();
        emulator().when(r -> true).thenReply(request -> faultFor(request, seen, calls.incrementAndGet()));
        for (int i = 0; i < N; i += 37) {
            permanentlyBad.add("record-" + i);
        }

        String uri = uri("maxRetries=3&retryInitialDelay=5&requestTimeout=30000").replace("groq-responses:test",
                "groq-responses:noloss");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                errorHandler(deadLetterChannel("mock:dead").useOriginalMessage());
                from("seda:records?concurrentConsumers=16&size=1000").routeId("noloss")
                        .to(uri)
                        .to("mock:delivered");
            }
        });
        MockEndpoint delivered = context.getEndpoint("mock:delivered", MockEndpoint.class);
        MockEndpoint dead = context.getEndpoint("mock:dead", MockEndpoint.class);
        NotifyBuilder done = new NotifyBuilder(context).fromRoute("noloss").whenDone(N).create();

        for (int i = 0; i < N; i++) {
            template.sendBody("seda:records", "record-" + i);
        }
        assertThat(done.matches(60, TimeUnit.SECONDS)).as("all records processed").isTrue();

        List<String> deliveredBodies = bodies(delivered);
        List<String> deadBodies = bodies(dead);
        assertThat(deliveredBodies.size() + deadBodies.size()).isEqualTo(N);
        Set<String> all = new HashSet<>(deliveredBodies.stream().map(b -> b.replace("Emulated answer to: ", "")).toList());
        all.addAll(deadBodies);
        assertThat(all).as("no record twice, none missing").hasSize(N);
        assertThat(new HashSet<>(deadBodies)).isEqualTo(permanentlyBad);
        assertThat(calls.get()).as("calls include the retries").isGreaterThan(N);
        for (Exchange e : dead.getExchanges()) {
            GroqResponsesException cause = e.getProperty(Exchange.EXCEPTION_CAUGHT, GroqResponsesException.class);
            assertThat(cause.getStatusCode()).isEqualTo(400);
            assertThat(cause.getAttempts()).isEqualTo(1);
        }
        context.getRouteController().stopRoute("noloss");
    }

    /** Permanent 400 for every 37th record; the first attempt of others fails in one of several ways. */
    private static Reply faultFor(EmulatorRequest request, Set<String> seen, int call) {
        String record = request.inputText();
        int id = Integer.parseInt(record.substring("record-".length()));
        if (id % 37 == 0) {
            return Reply.error(400, "invalid_request_error", "bad_record", "cannot process " + record);
        }
        if (!seen.add(record)) {
            return Reply.auto();
        }
        switch (id % 6) {
            case 1:
                return Reply.error(503, "service_unavailable", null, "overloaded");
            case 2:
                return Reply.error(429, "tokens", "rate_limit_exceeded", "slow").header("retry-after-ms", "5");
            case 3:
                return Reply.text("cut").closeMidBody();
            case 4:
                return Reply.raw(502, "text/html", "<h1>502</h1>");
            default:
                return call % 2 == 0 ? Reply.text("cut").malformedJson() : Reply.auto();
        }
    }

    private static List<String> bodies(MockEndpoint mock) {
        List<String> list = new ArrayList<>();
        mock.getExchanges().forEach(e -> list.add(e.getMessage().getBody(String.class)));
        return list;
    }
}
