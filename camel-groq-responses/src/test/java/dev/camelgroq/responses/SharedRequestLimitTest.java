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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import dev.camelgroq.responses.ratelimit.PostgresBudgetStore;
import dev.camelgroq.responses.ratelimit.RateLimitBucket;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groq shows its per-minute request limit only in a 429. Instances sharing the budget through a real PostgreSQL pay
 * for it once: the instance that gets the 429 puts the limit in the store, and the others, already running or
 * started afterwards, are paced by it without a 429 of their own. The emulator hides an RPM of 6 per 3 s minute, low
 * enough that a burst hits it even when each admission waits for a slow store (no timing is asserted).
 */
class SharedRequestLimitTest {

    private static final long RPM = 6;
    private static final Duration MINUTE = Duration.ofSeconds(3);

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();
    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static GroqResponsesComponent component(ProxyManager<String> store, Integer requestsPerMinute) {
        GroqResponsesComponent component = new GroqResponsesComponent();
        component.setRateLimitProxyManager(store);
        component.setRequestsPerMinute(requestsPerMinute);
        return component;
    }

    private static CamelContext instance(GroqResponsesComponent component) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("groq-responses", component);
        context.start();
        return context;
    }

    private static String uri(String apiKey) {
        return "groq-responses:rpm?model=openai/gpt-oss-20b&apiKey=" + apiKey + "&maxRetries=8&maxOutputTokens=30"
               + "&baseUrl=" + GROQ.baseUrl();
    }

    private static ProxyManager<String> store() {
        // 20,000 tokens a minute: a few answers show the minute's length; the calls never run short of tokens
        GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(RPM).tokensPerMinute(20_000)
                .minute(MINUTE));
        return PostgresBudgetStore.create(POSTGRES.dataSource());
    }

    @Test
    void aLimitOneInstanceLearnedPacesTheOthersWithoutA429OfTheirOwn() throws Exception {
        ProxyManager<String> store = store();
        String uri = uri("gsk_fleet");
        GroqResponsesComponent a = component(store, null);
        GroqResponsesComponent b = component(store, null);
        GroqResponsesComponent c = component(store, null);
        try (CamelContext first = instance(a); CamelContext running = instance(b)) {
            // b is already running and has drawn on the store before anyone knew the limit
            assertThat(running.createProducerTemplate().request(uri, x -> x.getIn().setBody("warm up"))
                    .getException()).isNull();
            burstSucceeds(first, uri, 5 * RPM);
            assertThat(snapshot(a).rateLimitedAnswers()).as("the first instance learned the limit from a 429")
                    .isPositive();
            assertThat(snapshot(a).requestsPerMinute()).isEqualTo(RPM);
            awaitStoredRequests(store, "gsk_fleet", RPM);
            // Groq's bucket (and the stored one) fill up again: nothing else is compared across a second minute
            Thread.sleep(MINUTE.toMillis() + 500);
            int limitedBefore = GROQ.emulator().answeredWith(429);

            try (CamelContext later = instance(c)) {
                // together, b and c ask for more than Groq's bucket holds: only the stored limit keeps them within it
                List<CompletableFuture<Exchange>> sends = new ArrayList<>();
                sends.addAll(sendAll(running.createProducerTemplate(), uri, RPM));
                sends.addAll(sendAll(later.createProducerTemplate(), uri, RPM));
                for (CompletableFuture<Exchange> send : sends) {
                    assertThat(send.get(60, TimeUnit.SECONDS).getException()).isNull();
                }
                assertThat(GROQ.emulator().answeredWith(429)).as("429s after the limit was learned")
                        .isEqualTo(limitedBefore);
                for (GroqResponsesComponent other : List.of(b, c)) {
                    assertThat(snapshot(other).rateLimitedAnswers()).as("429s of an instance that did not learn it")
                            .isZero();
                    assertThat(snapshot(other).requestsPerMinute()).as("the RPM, taken from the store").isEqualTo(RPM);
                }
                assertThat(sends).anySatisfy(s -> assertThat(s.join().getMessage()
                        .getHeader(GroqResponsesConstants.RATE_LIMIT_WAIT, Long.class)).isPositive());
            }
        }
    }

    @Test
    void aLimitThatALater429ShowsChangedReachesTheOtherInstances() throws Exception {
        ProxyManager<String> store = store();
        String uri = uri("gsk_changed");
        GroqResponsesComponent learner = component(store, null);
        GroqResponsesComponent other = component(store, null);
        try (CamelContext first = instance(learner); CamelContext second = instance(other)) {
            ProducerTemplate template = second.createProducerTemplate();
            burstSucceeds(first, uri, 5 * RPM);
            awaitStoredRequests(store, "gsk_changed", RPM);
            assertThat(template.request(uri, x -> x.getIn().setBody("one")).getException()).isNull();
            assertThat(snapshot(other).requestsPerMinute()).as("taken from the store").isEqualTo(RPM);

            // Groq lowers the limit: the learner's next 429 shows it, and the other instance reads it from the store
            GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(RPM / 2).tokensPerMinute(20_000)
                    .minute(MINUTE));
            burstSucceeds(first, uri, 3 * RPM);
            assertThat(snapshot(learner).requestsPerMinute()).isEqualTo(RPM / 2);
            awaitStoredRequests(store, "gsk_changed", RPM / 2);
            long until = System.nanoTime() + Duration.ofSeconds(40).toNanos();
            while (snapshot(other).requestsPerMinute() != RPM / 2 && System.nanoTime() < until) {
                // it reads the stored limit again every 10 s, on a request
                assertThat(template.request(uri, x -> x.getIn().setBody("again")).getException()).isNull();
                Thread.sleep(500);
            }
            assertThat(snapshot(other).requestsPerMinute()).as("the changed limit, read from the store")
                    .isEqualTo(RPM / 2);
            assertThat(snapshot(other).rateLimitedAnswers()).as("429s of the instance that did not learn it").isZero();
        }
    }

    @Test
    void anExplicitRequestsPerMinuteWinsOverTheStoredLimit() throws Exception {
        ProxyManager<String> store = store();
        String uri = uri("gsk_capped");
        GroqResponsesComponent learner = component(store, null);
        GroqResponsesComponent capped = component(store, (int) RPM / 2);
        try (CamelContext first = instance(learner)) {
            burstSucceeds(first, uri, 5 * RPM);
            awaitStoredRequests(store, "gsk_capped", RPM);
        }
        Thread.sleep(MINUTE.toMillis() + 500);
        int limitedBefore = GROQ.emulator().answeredWith(429);
        try (CamelContext second = instance(capped)) {
            burstSucceeds(second, uri, 2 * RPM);
            assertThat(snapshot(capped).requestsPerMinute()).as("requestsPerMinute, not the stored limit")
                    .isEqualTo(RPM / 2);
            assertThat(GROQ.emulator().answeredWith(429)).isEqualTo(limitedBefore);
            awaitStoredRequests(store, "gsk_capped", RPM / 2);
        }
    }

    /**
     * Another connection holds FOR UPDATE on the instance's stored request bucket: its calls fall back to the local
     * budget after bounded waits, and it learns the limit from its own 429 as it would alone.
     */
    @Test
    void aLockedStoreFallsBackToLearningAlone() throws Exception {
        ProxyManager<String> store = store();
        String uri = uri("gsk_locked_rpm");
        DataSource dataSource = POSTGRES.dataSource();
        GroqResponsesComponent alone = component(store, null);
        try (CamelContext context = instance(alone)) {
            ProducerTemplate template = context.createProducerTemplate();
            assertThat(template.request(uri, x -> x.getIn().setBody("warm up")).getException()).isNull();
            try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                try (ResultSet row = s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE + " WHERE id = '"
                                                    + requestsId("gsk_locked_rpm") + "' FOR UPDATE")) {
                    assertThat(row.next()).as("the request bucket's row exists").isTrue();
                }
                List<CompletableFuture<Exchange>> sends = sendAll(template, uri, 5 * RPM);
                for (CompletableFuture<Exchange> send : sends) {
                    // with the row still locked: a stalled store would never let these complete
                    assertThat(send.get(60, TimeUnit.SECONDS).getException()).isNull();
                }
                holder.rollback();
            }
            assertThat(snapshot(alone).requestsPerMinute()).as("learned locally").isEqualTo(RPM);
        }
    }

    /** No database listens where the store points: every call falls back at once, and the RPM is learned alone. */
    @Test
    void anUnreachableStoreFallsBackToLearningAlone() throws Exception {
        store();
        int port;
        try (java.net.ServerSocket closed = new java.net.ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        org.postgresql.ds.PGSimpleDataSource nowhere = new org.postgresql.ds.PGSimpleDataSource();
        nowhere.setServerNames(new String[] {"127.0.0.1"});
        nowhere.setPortNumbers(new int[] {port});
        nowhere.setConnectTimeout(2);
        ProxyManager<String> unreachable = io.github.bucket4j.postgresql.Bucket4jPostgreSQL
                .selectForUpdateBasedBuilder(nowhere).primaryKeyMapper(io.github.bucket4j.distributed.jdbc
                        .PrimaryKeyMapper.STRING).table(PostgresBudgetStore.TABLE).idColumn("id").stateColumn("state")
                .build();
        GroqResponsesComponent alone = component(unreachable, null);
        try (CamelContext context = instance(alone)) {
            List<CompletableFuture<Exchange>> sends = sendAll(context.createProducerTemplate(), uri("gsk_nowhere"),
                    5 * RPM);
            for (CompletableFuture<Exchange> send : sends) {
                assertThat(send.get(60, TimeUnit.SECONDS).getException()).isNull();
            }
            assertThat(snapshot(alone).requestsPerMinute()).as("learned locally").isEqualTo(RPM);
            assertThat(snapshot(alone).rateLimitedAnswers()).as("its own 429").isPositive();
        }
    }

    /** Sends {@code calls} exchanges at once from {@code context} and asserts that every one succeeded. */
    private static void burstSucceeds(CamelContext context, String uri, long calls) {
        assertThat(burst(context.createProducerTemplate(), uri, calls)).allSatisfy(e -> assertThat(e.getException())
                .isNull());
    }

    private static List<Exchange> burst(ProducerTemplate template, String uri, long calls) {
        return sendAll(template, uri, calls).stream().map(CompletableFuture::join).toList();
    }

    private static List<CompletableFuture<Exchange>> sendAll(ProducerTemplate template, String uri, long calls) {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String body = "record " + i;
            sends.add(template.asyncSend(uri, x -> x.getIn().setBody(body)));
        }
        return sends;
    }

    private static RateLimitBucket.Snapshot snapshot(GroqResponsesComponent component) throws Exception {
        return component.getGovernor().snapshots().stream().filter(s -> s.name().contains("gpt-oss-20b")).findFirst()
                .orElseThrow();
    }

    /** The id of the stored request bucket of {@code apiKey} (as the governor names it: a hash, never the key). */
    private static String requestsId(String apiKey) throws Exception {
        byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                .digest(apiKey.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return "groq:" + java.util.HexFormat.of().formatHex(digest, 0, 16) + ":openai/gpt-oss-20b:rpm";
    }

    /** Waits (20 s at most: store writes are asynchronous) until the stored request bucket holds {@code rpm}. */
    private static void awaitStoredRequests(ProxyManager<String> store, String apiKey, long rpm) throws Exception {
        String id = requestsId(apiKey);
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Long capacity = null;
        while (System.nanoTime() < until) {
            capacity = store.getProxyConfiguration(id).map(BucketConfiguration::getBandwidths).map(b -> b[0])
                    .map(Bandwidth::getCapacity).orElse(null);
            if (capacity != null && capacity == rpm) {
                return;
            }
            Thread.sleep(50);
        }
        assertThat(capacity).as("the stored RPM of %s", id).isEqualTo(rpm);
    }
}
