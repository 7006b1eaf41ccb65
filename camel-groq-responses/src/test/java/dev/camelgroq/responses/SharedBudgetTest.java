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

import javax.sql.DataSource;

import dev.camelgroq.responses.ratelimit.PostgresBudgetStore;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.RateLimits;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Two CamelContexts, as two instances of a pipeline would be, share one Groq budget through a real PostgreSQL
 * (Bucket4j's backend): together they stay within the limit that each alone would fill.
 */
class SharedBudgetTest {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();
    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static CamelContext instance(GroqResponsesComponent component) throws Exception {
        CamelContext context = new DefaultCamelContext();
        context.addComponent("groq-responses", component);
        context.start();
        return context;
    }

    @Test
    void twoContextsShareOneBudgetThroughPostgresql() throws Exception {
        // 2,000 tokens refilled per 2 s: 80 calls of about 40 tokens need pacing, and each context alone would
        // believe the whole bucket is its own
        GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(10_000).tokensPerMinute(2_000)
                .minute(Duration.ofSeconds(2)));
        DataSource dataSource = POSTGRES.dataSource();
        GroqResponsesComponent a = new GroqResponsesComponent();
        a.setRateLimitDataSource(dataSource);
        GroqResponsesComponent b = new GroqResponsesComponent();
        b.setRateLimitProxyManager(PostgresBudgetStore.create(dataSource));
        String uri = "groq-responses:shared?model=openai/gpt-oss-20b&apiKey=gsk_shared&maxRetries=5&maxOutputTokens=30"
                     + "&baseUrl=" + GROQ.baseUrl();
        try (CamelContext one = instance(a); CamelContext two = instance(b)) {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (ProducerTemplate template : List.of(one.createProducerTemplate(), two.createProducerTemplate())) {
                for (int i = 0; i < 40; i++) {
                    String body = "record " + i;
                    sends.add(template.asyncSend(uri, x -> x.getIn().setBody(body)));
                }
            }
            List<Exchange> results = sends.stream().map(CompletableFuture::join).toList();
            assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
            assertThat(GROQ.emulator().answeredWith(200)).isEqualTo(80);
            // a request or two whose answer was larger than its reservation (0 when run alone, 2 in a full build on
            // 2 cores), never the pile-up of two instances each spending the whole bucket (about 40 requests)
            assertThat(GROQ.emulator().answeredWith(429)).as("429s with the shared budget")
                    .isLessThanOrEqualTo(2);
            assertThat(results).anySatisfy(e -> assertThat(
                    e.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_WAIT, Long.class)).isPositive());
        }
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE)) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            // the tokens bucket, and the requests bucket that waits for the RPM to be learned (a 429 of anyone's)
            assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(id).startsWith("groq:")
                    .contains(":openai/gpt-oss-20b:").doesNotContain("gsk_shared"));
            assertThat(ids).anySatisfy(id -> assertThat(id).endsWith(":tpm"))
                    .anySatisfy(id -> assertThat(id).endsWith(":rpm"));
        }
    }

    @Test
    void theSharedBucketFollowsTheLearnedMinuteAndALimitThatChanges() throws Exception {
        // 20,000 tokens per 10 s minute: the first answer (about 60 tokens) uses too little of the bucket to show the
        // minute's length, so the row is created with a 60 s guess; what is learned afterwards must reach the store
        GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(100_000).tokensPerMinute(20_000)
                .minute(Duration.ofSeconds(10)));
        DataSource dataSource = POSTGRES.dataSource();
        ProxyManager<String> store = PostgresBudgetStore.create(dataSource);
        clearBuckets(dataSource);
        GroqResponsesComponent component = new GroqResponsesComponent();
        component.setRateLimitProxyManager(store);
        String uri = "groq-responses:follow?model=openai/gpt-oss-20b&apiKey=gsk_follow&maxOutputTokens=30"
                     + "&baseUrl=" + GROQ.baseUrl();
        try (CamelContext context = instance(component)) {
            ProducerTemplate template = context.createProducerTemplate();
            assertThat(burst(template, uri, 60)).allSatisfy(e -> assertThat(e.getException()).isNull());
            String id = onlyBucket(dataSource);
            awaitStored(store, id, 20_000, 10_000);

            // Groq raises the limit: the shared bucket's capacity follows
            GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(100_000).tokensPerMinute(30_000)
                    .minute(Duration.ofSeconds(10)));
            assertThat(burst(template, uri, 60)).allSatisfy(e -> assertThat(e.getException()).isNull());
            awaitStored(store, id, 30_000, 10_000);
        } finally {
            clearBuckets(dataSource);
        }
    }

    private static List<Exchange> burst(ProducerTemplate template, String uri, int calls) {
        List<CompletableFuture<Exchange>> sends = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            String body = "record " + i;
            sends.add(template.asyncSend(uri, x -> x.getIn().setBody(body)));
        }
        return sends.stream().map(CompletableFuture::join).toList();
    }

    /**
     * Waits (20 s at most: store writes are asynchronous) until the stored bucket {@code id} has {@code capacity},
     * refilled over {@code periodMillis} (within 10 %, the learning's tolerance).
     */
    private static void awaitStored(ProxyManager<String> store, String id, long capacity, long periodMillis)
            throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        Bandwidth limit;
        do {
            BucketConfiguration stored = store.getProxyConfiguration(id).orElseThrow();
            limit = stored.getBandwidths()[0];
            double period = limit.getRefillPeriodNanos() / 1e6 * limit.getCapacity() / limit.getRefillTokens();
            if (limit.getCapacity() == capacity && Math.abs(period - periodMillis) <= periodMillis / 10.0) {
                return;
            }
            Thread.sleep(50);
        } while (System.nanoTime() < until);
        assertThat(limit.getCapacity()).as("stored capacity").isEqualTo(capacity);
        assertThat(limit.getRefillPeriodNanos() / 1e6 * limit.getCapacity() / limit.getRefillTokens())
                .as("stored refill period (ms) of %s", limit).isCloseTo(periodMillis, org.assertj.core.data.Offset
                        .offset(periodMillis / 10.0));
    }

    private static String onlyBucket(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE + " WHERE id LIKE '%:tpm'")) {
            assertThat(rows.next()).as("a bucket row").isTrue();
            String id = rows.getString(1);
            assertThat(rows.next()).as("one tokens bucket row").isFalse();
            return id;
        }
    }

    private static void clearBuckets(DataSource dataSource) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute("DELETE FROM " + PostgresBudgetStore.TABLE);
        }
    }

    @Test
    void bothStoreOptionsAtOnceAreRefusedNamingThem() throws Exception {
        GroqResponsesComponent both = new GroqResponsesComponent();
        both.setRateLimitDataSource(POSTGRES.dataSource());
        both.setRateLimitProxyManager(PostgresBudgetStore.create(POSTGRES.dataSource()));
        try (CamelContext context = instance(both)) {
            String uri = "groq-responses:x?model=openai/gpt-oss-20b&apiKey=k&baseUrl=" + GROQ.baseUrl();
            assertThatThrownBy(() -> context.createProducerTemplate().sendBody(uri, "hi"))
                    .hasStackTraceContaining("rateLimitDataSource").hasStackTraceContaining("rateLimitProxyManager");
        }
    }

    /**
     * Another connection holds FOR UPDATE on one model's bucket row: calls for that model fall back to the local
     * budget after one bounded wait (one WARN), and calls for another model keep drawing on the store meanwhile.
     */
    @Test
    void aLockedRowStallsNeitherItsModelNorAnother() throws Exception {
        GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(10_000).tokensPerMinute(1_000_000));
        DataSource dataSource = POSTGRES.dataSource();
        PostgresBudgetStore.create(dataSource); // the table, when this test runs first
        List<String> before = ids(dataSource);
        GroqResponsesComponent component = new GroqResponsesComponent();
        component.setRateLimitDataSource(dataSource);
        String locked = "openai/gpt-oss-20b";
        String free = "openai/gpt-oss-120b";
        List<String> warnings = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (CamelContext context = instance(component); WarnCapture capture = new WarnCapture(warnings)) {
            ProducerTemplate template = context.createProducerTemplate();
            for (String model : List.of(locked, free)) {
                for (int i = 0; i < 2; i++) { // the first answer tells the bucket's size, the second takes from the store
                    assertThat(template.request(uri(model), x -> x.getIn().setBody("warm up")).getException()).isNull();
                }
            }
            byte[] freeState = state(dataSource, free);
            try (Connection holder = dataSource.getConnection(); Statement s = holder.createStatement()) {
                holder.setAutoCommit(false);
                try (ResultSet row = s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE
                                                    + " WHERE id LIKE '%:" + locked + ":tpm' FOR UPDATE")) {
                    assertThat(row.next()).as("the locked model's row exists").isTrue();
                }
                List<CompletableFuture<Exchange>> sends = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    for (String model : List.of(locked, free)) {
                        String body = model + " call " + i;
                        sends.add(template.asyncSend(uri(model), x -> x.getIn().setBody(body)));
                    }
                }
                for (CompletableFuture<Exchange> send : sends) {
                    // with the row still locked: a stalled store would never let these complete
                    assertThat(send.get(30, java.util.concurrent.TimeUnit.SECONDS).getException()).isNull();
                }
                holder.rollback();
            }
            assertThat(state(dataSource, free)).as("the other model kept drawing on the store").isNotEqualTo(freeState);
            assertThat(warnings).filteredOn(w -> w.contains("shared rate-limit store")).singleElement().asString()
                    .contains(locked).contains("local estimate");
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                for (String id : ids(dataSource)) {
                    if (!before.contains(id)) {
                        s.executeUpdate("DELETE FROM " + PostgresBudgetStore.TABLE + " WHERE id = '" + id + "'");
                    }
                }
            }
        }
    }

    private static String uri(String model) {
        return "groq-responses:locked?model=" + model + "&apiKey=gsk_locked&maxRetries=0&requestTimeout=5000"
               + "&maxOutputTokens=30&baseUrl=" + GROQ.baseUrl();
    }

    private static List<String> ids(DataSource dataSource) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    private static byte[] state(DataSource dataSource, String model) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet row = s.executeQuery("SELECT state FROM " + PostgresBudgetStore.TABLE + " WHERE id LIKE '%:"
                                            + model + ":tpm'")) {
            assertThat(row.next()).as("row of %s", model).isTrue();
            return row.getBytes(1);
        }
    }

    /** Collects the WARN messages of the component's loggers while open. */
    private static final class WarnCapture implements AutoCloseable {
        private final org.apache.logging.log4j.core.LoggerContext logging
                = (org.apache.logging.log4j.core.LoggerContext) org.apache.logging.log4j.LogManager.getContext(false);
        private final org.apache.logging.log4j.core.config.LoggerConfig logger
                = logging.getConfiguration().getLoggerConfig("dev.camelgroq");

        WarnCapture(List<String> warnings) {
            org.apache.logging.log4j.core.appender.AbstractAppender appender
                    = new org.apache.logging.log4j.core.appender.AbstractAppender("warn-capture", null, null, true,
                            org.apache.logging.log4j.core.config.Property.EMPTY_ARRAY) {
                        @Override
                        public void append(org.apache.logging.log4j.core.LogEvent event) {
                            warnings.add(event.getMessage().getFormattedMessage());
                        }
                    };
            appender.start();
            logger.addAppender(appender, org.apache.logging.log4j.Level.WARN, null);
            logging.updateLoggers();
        }

        @Override
        public void close() {
            logger.removeAppender("warn-capture");
            logging.updateLoggers();
        }
    }
}
