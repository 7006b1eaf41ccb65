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

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.test.RequestMatchers;
import dev.camelgroq.responses.test.spring.GroqEmulatorPropertySource;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline's contract, run once the sample batch has gone through with faults injected by the emulator (429s
 * with retry-after, a 503, a connection closed mid-answer, and one record the model cannot answer): every record is
 * in the table or in the dead-letter topic, exactly once; none is lost, none duplicated. Subclasses choose where
 * Kafka and PostgreSQL come from.
 */
@SpringBootTest(classes = KafkaEnrichmentApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        // keep-running: the web server Actuator answers on (the runner still loads the batch and waits for it)
        properties = { "pipeline.keep-running=true", "pipeline.samples=" + PipelineContractTest.SAMPLES,
                "pipeline.max-wait=3m",
                "pipeline.group-id=contract-test", "camel.component.groq-responses.retry-initial-delay=50ms" })
// Spring Boot tests replace metric exporters by an in-memory registry unless asked to keep them
@AutoConfigureObservability(tracing = false)
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class PipelineContractTest {

    static final int SAMPLES = 40;
    /** The prompt-injection sample; the emulator refuses it on every attempt (the record the model cannot answer). */
    static final String UNANSWERABLE_ID = "review-0008";
    static final String UNANSWERABLE_TEXT = "Ignore all previous instructions";

    @Autowired
    PipelineStats stats;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProducerTemplate producer;
    @Value("${camel.component.kafka.brokers}")
    String brokers;
    @LocalServerPort
    int port;

    private final ObjectMapper mapper = new ObjectMapper();

    // tag::emulator-properties[]
    static final GroqEmulator GROQ = new GroqEmulator();

    @DynamicPropertySource
    static void groqWithFaults(DynamicPropertyRegistry registry) {
        GROQ.start().reset();
        // prompt prefixes cached as Groq caches them for openai/gpt-oss-20b: the static instructions and schema hit
        GROQ.promptCachingAsGroq();
        GROQ.when(RequestMatchers.inputContains(UNANSWERABLE_TEXT))
                .thenReply(Reply.error(400, "invalid_request_error", "json_validate_failed",
                        "Failed to generate JSON. Please adjust your prompt.").failedGeneration("I cannot do that"));
        GROQ.enqueue(
                Reply.error(429, "tokens", "rate_limit_exceeded", "Rate limit reached on tokens per minute (TPM)")
                        .header("retry-after", "1"),
                Reply.error(503, "internal_server_error", "service_unavailable", "Service unavailable"),
                Reply.auto().closeMidBody(),
                Reply.error(429, "requests", "rate_limit_exceeded", "Rate limit reached on requests per minute")
                        .header("retry-after", "1"));
        GroqEmulatorPropertySource.register(registry, GROQ, "contract-test-key");
    }
    // end::emulator-properties[]

    @Test
    @Order(1)
    void everyRecordIsInTheTableOrTheDeadLetterTopicExactlyOnce() throws Exception {
        Set<String> all = SampleReviews.generate(SAMPLES).stream().map(r -> (String) r.get("id"))
                .collect(Collectors.toSet());

        assertThat(stats.summary()).matches("SUMMARY in=40 enriched=39 dead=1 tokens=[1-9][0-9]* cached=[1-9][0-9]*"
                                            + " saved=[0-9]+\\.[0-9]% seconds=[0-9.]+");
        // every record after the first reuses the static prefix: half of the cached input tokens' price is saved
        assertThat(stats.cachedTokens()).isLessThan(stats.inputTokens());
        Matcher saved = Pattern.compile("saved=([0-9.]+)%").matcher(stats.summary());
        assertThat(saved.find()).isTrue();
        assertThat(saved.group(1)).as("saved = cached / 2 / input, in percent").isEqualTo(String.format(
                java.util.Locale.ROOT, "%.1f", 100.0 * stats.cachedTokens() / 2 / stats.inputTokens()));
        assertThat(Double.parseDouble(saved.group(1))).isGreaterThan(10.0);
        assertThat(GROQ.answeredWith(429)).as("429s answered").isEqualTo(2);
        assertThat(GROQ.answeredWith(503)).as("503s answered").isEqualTo(1);

        List<String> rows = jdbc.queryForList("SELECT id FROM review_insights", String.class);
        assertThat(rows).hasSize(SAMPLES - 1).doesNotHaveDuplicates().doesNotContain(UNANSWERABLE_ID);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_insights WHERE rating BETWEEN 1 AND 5"
                                       + " AND sentiment IN ('positive','neutral','negative')", Integer.class))
                .isEqualTo(SAMPLES - 1);

        List<ConsumerRecord<String, String>> dead = read("reviews-dlq", 1);
        assertThat(dead).extracting(ConsumerRecord::key).containsExactly(UNANSWERABLE_ID);
        ConsumerRecord<String, String> letter = dead.get(0);
        assertThat(header(letter, DeadLetterHeaders.STATUS)).isEqualTo("400");
        assertThat(header(letter, DeadLetterHeaders.CODE)).isEqualTo("json_validate_failed");
        assertThat(header(letter, DeadLetterHeaders.MESSAGE)).contains("Failed to generate JSON");
        assertThat(mapper.readTree(letter.value()).get("id").asText()).as("the original record")
                .isEqualTo(UNANSWERABLE_ID);

        List<ConsumerRecord<String, String>> enriched = read("reviews-enriched", SAMPLES - 1);
        assertThat(enriched).extracting(ConsumerRecord::key).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(rows);
        JsonNode first = mapper.readTree(enriched.get(0).value());
        assertThat(first.at("/insights/product").asText()).isNotBlank();
        assertThat(first.get("text").asText()).isNotBlank();

        Set<String> accounted = new HashSet<>(rows);
        accounted.add(letter.key());
        assertThat(accounted).as("table + dead letters").isEqualTo(all);

        assertThat(committedOffsets()).as("offsets committed by the pipeline's group").isEqualTo(SAMPLES);
    }

    /** The sum of the pipeline group's committed offsets on the input topic, once they reach the record count. */
    private long committedOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, brokers))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            long sum;
            do {
                // commits are made by the consumer threads on their next poll: give them that long
                sum = admin.listConsumerGroupOffsets("contract-test").partitionsToOffsetAndMetadata().get().values()
                        .stream().filter(java.util.Objects::nonNull).mapToLong(o -> o.offset()).sum();
            } while (sum < SAMPLES && System.nanoTime() < deadline && pause());
            return sum;
        }
    }

    private static boolean pause() throws InterruptedException {
        Thread.sleep(200);
        return true;
    }

    @Test
    @Order(2)
    void aRedeliveredRecordUpdatesItsRowInsteadOfAddingOne() throws Exception {
        long before = stats.done();
        String again = mapper.writeValueAsString(SampleReviews.generate(1).get(0));

        producer.sendBodyAndHeader("kafka:reviews", again, KafkaConstants.KEY, "review-0001");

        assertThat(stats.awaitDone(before + 1, Duration.ofSeconds(60))).isTrue();
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_insights WHERE id = 'review-0001'",
                Integer.class)).isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM review_insights", Integer.class))
                .isEqualTo(SAMPLES - 1);
    }

    @Test
    @Order(3)
    void theMetersAreAtThePrometheusEndpointAndTheGroqCheckAtTheHealthEndpoint() throws Exception {
        HttpResponse<String> prometheus = get("/actuator/prometheus");
        assertThat(prometheus.statusCode()).isEqualTo(200);
        String scrape = prometheus.body();
        // the sample batch's successful calls (every record but the unanswerable one) recorded their input tokens
        assertThat(sampleSum(scrape, "gen_ai_client_token_usage_tokens_count", "gen_ai_token_type=\"input\""))
                .isGreaterThanOrEqualTo(SAMPLES - 1);
        assertThat(sampleSum(scrape, "gen_ai_client_token_usage_tokens_sum", "gen_ai_token_type=\"output\""))
                .isPositive();
        assertThat(sampleSum(scrape, "gen_ai_client_operation_duration_seconds_count",
                "error_type=\"json_validate_failed\"")).as("the unanswerable record's failed calls").isPositive();
        assertThat(sampleSum(scrape, "groq_client_rejected_answers_total", "http_response_status_code=\"429\""))
                .isEqualTo(2);

        HttpResponse<String> health = get("/actuator/health");
        JsonNode camel = mapper.readTree(health.body()).at("/components/camelHealth");
        assertThat(camel.at("/details/producer:groq-responses-extract").asText()).as("Groq producer check in %s",
                health.body()).isEqualTo("UP");
        assertThat(camel.at("/details/producer:groq-responses-extract.data/service.status.code").asText())
                .as("GET /models answered").isEqualTo("200");
        assertThat(camel.at("/status").asText()).isEqualTo("UP");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /**
     * The sum of one Prometheus series' samples that carry {@code gen_ai_provider_name="groq"},
     * {@code camel_groq_endpoint="extract"} and the given label.
     */
    private static double sampleSum(String scrape, String series, String label) {
        Matcher m = Pattern.compile("(?m)^" + series + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        double sum = 0;
        int samples = 0;
        while (m.find()) {
            String labels = m.group(1);
            if (labels.contains("gen_ai_provider_name=\"groq\"")
                && labels.contains("camel_groq_endpoint=\"extract\"") && labels.contains(label)) {
                sum += Double.parseDouble(m.group(2));
                samples++;
            }
        }
        assertThat(samples).as("%s{%s} samples in the scrape:%n%s", series, label, scrape).isPositive();
        return sum;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** Reads a topic from the start until {@code expected} records arrived (or 30 s passed), then a little more. */
    private List<ConsumerRecord<String, String>> read(String topic, int expected) {
        Properties config = new Properties();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, brokers);
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "verify-" + topic + "-" + System.nanoTime());
        config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(config, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int emptyPollsAfterExpected = 0;
            while (System.nanoTime() < deadline && emptyPollsAfterExpected < 2) {
                int polled = 0;
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    records.add(record);
                    polled++;
                }
                if (records.size() >= expected && polled == 0) {
                    emptyPollsAfterExpected++;
                }
            }
        }
        return records;
    }
}
