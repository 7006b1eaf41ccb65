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
package dev.camelgroq.examples.kafka;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelgroq.responses.ratelimit.PostgresBudgetStore;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.RateLimits;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.ConsumerGroupState;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Three instances of the pipeline in one consumer group, as an operator scales it, in one JVM: a real KRaft broker,
 * a real PostgreSQL and the emulator's token buckets with a scaled minute, tight enough that the instances meet
 * Groq's limits. Without the shared store they learn of each other through 429s, which are waits, not failures;
 * with it ({@code rateLimitDataSource}, and static group membership) they draw on one budget that follows the minute
 * Groq's headers show. Either way nothing is dead-lettered and every record is in the table once, with the example's
 * own settings.
 * <p>
 * How close each run comes to the budget's floor time is printed (a test asserts no timing); the benchmarks'
 * scaling table measures it.
 */
class ThreeInstancesUnderRateLimitsTest {

    private static final int INSTANCES = 3;
    private static final int RECORDS = 200;
    /** 40,000 tokens refilled per 3 s: the batch (about 106,000 tokens) needs the bucket about 2.5 times. */
    private static final long TOKENS_PER_MINUTE = 40_000;
    private static final Duration MINUTE = Duration.ofSeconds(3);
    private static final String KEY = "three-instances";

    private static EmbeddedKafkaKraftBroker kafka;
    private static EmbeddedPostgres postgres;
    private static GroqEmulator groq;

    private final ObjectMapper mapper = new ObjectMapper();

    @BeforeAll
    static void start() throws Exception {
        kafka = new EmbeddedKafkaKraftBroker(1, INSTANCES * 3);
        kafka.afterPropertiesSet();
        postgres = EmbeddedPostgres.builder().start();
        groq = new GroqEmulator().recording(false).start();
        // created once here: three instances starting at once would race on CREATE TABLE IF NOT EXISTS
        try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(new String(ThreeInstancesUnderRateLimitsTest.class.getResourceAsStream("/schema.sql")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        }
        PostgresBudgetStore.create(dataSource());
    }

    @AfterAll
    static void stop() throws Exception {
        if (groq != null) {
            groq.close();
        }
        if (postgres != null) {
            postgres.close();
        }
        if (kafka != null) {
            kafka.destroy();
        }
    }

    private static DataSource dataSource() {
        return postgres.getPostgresDatabase();
    }

    @ParameterizedTest(name = "shared PostgreSQL budget: {0}")
    @ValueSource(booleans = { false, true })
    void rateLimitingAloneDeadLettersNoRecord(boolean sharedBudget) throws Exception {
        String run = sharedBudget ? "shared" : "alone";
        JdbcTemplate jdbc = new JdbcTemplate(dataSource());
        jdbc.execute("TRUNCATE review_insights");
        jdbc.execute("DELETE FROM " + PostgresBudgetStore.TABLE);
        groq.reset();
        groq.rateLimits(RateLimits.tokenBuckets().requestsPerMinute(100_000).tokensPerMinute(TOKENS_PER_MINUTE)
                .minute(MINUTE));
        kafka.addTopics("reviews-" + run, "enriched-" + run, "dead-" + run);

        List<ConfigurableApplicationContext> instances = new ArrayList<>();
        try {
            // one after the other: Spring Boot's logging set-up is not made for applications starting at once in
            // one JVM
            for (int i = 0; i < INSTANCES; i++) {
                instances.add(instance(run, i, sharedBudget));
            }
            ConsumerGroupDescription group = awaitGroup("group-" + run, INSTANCES * 3);
            List<Map<String, Object>> records = SampleReviews.generate(RECORDS);
            long started = System.nanoTime();
            produce("reviews-" + run, records);
            List<PipelineStats> stats = instances.stream().map(c -> c.getBean(PipelineStats.class)).toList();
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            // a guard against a hang, not a timing assertion
            while (stats.stream().mapToLong(PipelineStats::enrichedCount).sum() < RECORDS
                   && stats.stream().mapToLong(PipelineStats::deadCount).sum() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            double seconds = (System.nanoTime() - started) / 1e9;

            assertThat(stats.stream().mapToLong(PipelineStats::deadCount).sum()).as("records dead-lettered").isZero();
            Set<String> ids = records.stream().map(r -> (String) r.get("id")).collect(Collectors.toSet());
            List<String> rows = jdbc.queryForList("SELECT id FROM review_insights", String.class);
            assertThat(rows).as("rows").doesNotHaveDuplicates();
            assertThat(new HashSet<>(rows)).as("every record in the table once").isEqualTo(ids);

            long tokens = stats.stream().mapToLong(PipelineStats::tokens).sum();
            double floor = Math.max(0, tokens - TOKENS_PER_MINUTE) / (double) TOKENS_PER_MINUTE
                           * MINUTE.toMillis() / 1000.0;
            System.out.printf(java.util.Locale.ROOT, "%s: %d records, %d tokens, %.1f s, floor %.1f s (%.0f%% of the"
                                                     + " floor's speed), %d answers 429%n", run, RECORDS, tokens,
                    seconds, floor, 100 * floor / seconds, groq.answeredWith(429));
            if (sharedBudget) {
                // the shared bucket paces at the minute Groq's headers show, not the 60 s it was created with
                assertThat(storedRefillMillis()).as("the shared bucket's refill period (ms)")
                        .isBetween(MINUTE.toMillis() * 0.9, MINUTE.toMillis() * 1.1);
            }
        } finally {
            // side by side: each waits for its consumers to stop
            CompletableFuture.allOf(instances.stream().map(c -> CompletableFuture.runAsync(c::close))
                    .toArray(CompletableFuture[]::new)).get(2, TimeUnit.MINUTES);
        }
    }

    /** One instance of the example application, with the example's settings but for where things are (and names). */
    private static ConfigurableApplicationContext instance(String run, int index, boolean sharedBudget) {
        List<String> args = new ArrayList<>(List.of(
                "--camel.component.kafka.brokers=" + kafka.getBrokersAsString(),
                "--spring.datasource.url=" + postgres.getJdbcUrl("postgres", "postgres"),
                "--spring.datasource.username=postgres", "--spring.datasource.password=",
                "--camel.component.groq-responses.base-url=" + groq.baseUrl(),
                "--camel.component.groq-responses.api-key=" + KEY,
                "--pipeline.samples=0", "--pipeline.topic.in=reviews-" + run, "--pipeline.topic.out=enriched-" + run,
                "--pipeline.topic.dead=dead-" + run, "--pipeline.group-id=group-" + run,
                "--camel.main.name=pipeline-" + run + "-" + index, "--camel.main.jmx-enabled=false",
                // a consumer notices the stop at its next poll: a shorter poll only shortens the test's shutdown
                "--camel.component.kafka.poll-timeout-ms=1000"));
        if (sharedBudget) {
            args.add("--camel.component.groq-responses.rate-limit-data-source=#dataSource");
            // and static membership, as for restarts in place: one id per instance, one route per consumer
            args.add("--pipeline.group-instance-id=instance-" + index);
        }
        return new SpringApplicationBuilder(KafkaEnrichmentApplication.class).run(args.toArray(String[]::new));
    }

    /** Waits until the group has {@code members} consumers and is stable, so that no rebalance runs during the batch. */
    private static ConsumerGroupDescription awaitGroup(String group, int members) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                kafka.getBrokersAsString()))) {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            ConsumerGroupDescription group1;
            do {
                Thread.sleep(200);
                group1 = admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            } while ((group1.members().size() < members || group1.state() != ConsumerGroupState.STABLE)
                     && System.nanoTime() < deadline);
            assertThat(group1.members()).as("consumers in %s", group).hasSize(members);
            return group1;
        }
    }

    private void produce(String topic, List<Map<String, Object>> records) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.getBrokersAsString()), new StringSerializer(),
                new StringSerializer())) {
            for (Map<String, Object> record : records) {
                producer.send(new ProducerRecord<>(topic, (String) record.get("id"),
                        mapper.writeValueAsString(record)));
            }
            producer.flush();
        }
    }

    /** The refill period of the shared tokens bucket, as stored. */
    private static double storedRefillMillis() throws Exception {
        ProxyManager<String> store = PostgresBudgetStore.create(dataSource());
        String id = new JdbcTemplate(dataSource()).queryForObject("SELECT id FROM " + PostgresBudgetStore.TABLE
                                                                  + " WHERE id LIKE '%:tpm'", String.class);
        Bandwidth limit = store.getProxyConfiguration(id).orElseThrow().getBandwidths()[0];
        return limit.getRefillPeriodNanos() / 1e6 * limit.getCapacity() / limit.getRefillTokens();
    }
}
