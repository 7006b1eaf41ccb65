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

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.etl.GroqEnrichAggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.LoggingLevel;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.kafka.KafkaConstants;
import org.apache.camel.component.kafka.consumer.DefaultKafkaManualAsyncCommitFactory;
import org.apache.camel.component.kafka.consumer.KafkaManualCommit;
import org.apache.camel.model.dataformat.JsonLibrary;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * kafka:reviews → groq-responses:extract (a {@link Review}) merged into the record by enrich() → PostgreSQL
 * {@code review_insights} (upsert by id) → kafka:reviews-enriched; a record that still fails after the component's
 * own retries → kafka:reviews-dlq with the error in headers. The offset is committed only after the row is written
 * (or the dead letter is sent): a crash in between redelivers the record, and the upsert keeps one row per id.
 */
@Component
public class ReviewPipelineRoutes extends RouteBuilder {

    /** The record field that receives the extracted {@link Review}. */
    public static final String INSIGHTS = "insights";

    private static final String TOKENS = "reviewTokens";
    private static final String INPUT = "reviewInputTokens";
    private static final String CACHED = "reviewCachedTokens";

    private final PipelineStats stats;
    private final int consumers;
    private final String groupInstanceId;

    /**
     * {@code consumers}: Kafka consumers (threads) of this instance; {@code groupInstanceId}: this instance's static
     * membership id (empty: dynamic membership).
     */
    public ReviewPipelineRoutes(PipelineStats stats, @Value("${pipeline.consumers}") int consumers,
            @Value("${pipeline.group-instance-id:}") String groupInstanceId) {
        this.stats = stats;
        this.consumers = consumers;
        this.groupInstanceId = groupInstanceId;
    }

    @Override
    public void configure() {
        // tag::pipeline[]
        // a record that still fails after the component's own retries (429/5xx/resets, maxRetries), or that is not
        // a review at all, is parked with its error instead of being redelivered blindly. Other failures (database
        // or Kafka down) are not handled: breakOnFirstError makes the consumer read the record again later.
        onException(GroqResponsesException.class, IllegalArgumentException.class, JsonProcessingException.class)
                .handled(true)
                .useOriginalMessage()
                .process(new DeadLetterHeaders())
                .to("kafka:{{pipeline.topic.dead}}")
                .process(this::commit)
                .process(e -> stats.dead())
                .log(LoggingLevel.WARN, DeadLetterHeaders.class.getName(),
                        "dead-lettered ${header.kafka.KEY}: status ${header.groq-error-status}"
                        + " code ${header.groq-error-code}: ${header.groq-error-message}");

        String input = "kafka:{{pipeline.topic.in}}?groupId={{pipeline.group-id}}&autoOffsetReset=earliest"
                       + "&autoCommitEnable=false&allowManualCommit=true&breakOnFirstError=true"
                       // commits are queued and made by the consumer's own thread (the route ends on the HTTP client's)
                       + "&kafkaManualCommitFactory=#class:" + DefaultKafkaManualAsyncCommitFactory.class.getName()
                       // how soon the partitions of a crashed instance move to the others (docs/kafka-pipeline.md)
                       + "&sessionTimeoutMs={{pipeline.session-timeout-ms}}"
                       + "&heartbeatIntervalMs={{pipeline.heartbeat-interval-ms}}&maxPollRecords=50";
        boolean dynamic = groupInstanceId.isBlank();
        // static membership: each consumer needs an id of its own, so one route per consumer
        for (int n = 0; n < (dynamic ? 1 : consumers); n++) {
            from(dynamic ? input + "&consumersCount=" + consumers
                    : input + "&consumersCount=1&groupInstanceId=" + groupInstanceId + "-" + n)
                    .routeId(dynamic ? "review-pipeline" : "review-pipeline-" + n)
                    .to("direct:review");
        }

        from("direct:review")
                .routeId("review-record")
                .process(e -> stats.read())
                .unmarshal().json(JsonLibrary.Jackson, Map.class)
                .process(ReviewPipelineRoutes::requireIdAndText)
                // the record stays the body; the model's Review lands in its "insights" field, usage in headers
                .enrich(ExtractReviewRoute.URI, new GroqEnrichAggregationStrategy(INSIGHTS))
                .bean(ReviewInsightsRepository.class, "upsert")
                .setProperty(TOKENS, header(GroqResponsesConstants.TOTAL_TOKENS))
                .setProperty(INPUT, header(GroqResponsesConstants.INPUT_TOKENS))
                .setProperty(CACHED, header(GroqResponsesConstants.CACHED_TOKENS))
                .marshal().json(JsonLibrary.Jackson)
                .to("kafka:{{pipeline.topic.out}}")
                .process(this::commit)
                .process(e -> stats.enriched(e.getProperty(TOKENS, Long.class), e.getProperty(INPUT, Long.class),
                        e.getProperty(CACHED, Long.class)));
        // end::pipeline[]
    }

    private static void requireIdAndText(Exchange exchange) {
        Map<?, ?> record = exchange.getMessage().getBody(Map.class);
        if (record.get("id") == null || !(record.get("text") instanceof String text) || text.isBlank()) {
            throw new IllegalArgumentException("A review record needs a non-empty 'id' and 'text'; got fields "
                                               + record.keySet());
        }
    }

    private void commit(Exchange exchange) {
        KafkaManualCommit manual = exchange.getMessage().getHeader(KafkaConstants.MANUAL_COMMIT, KafkaManualCommit.class);
        if (manual != null) {
            manual.commit();
        }
    }
}
