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

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.kafka.KafkaConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the sample reviews into the input topic (unless {@code pipeline.samples=0}) and waits until the pipeline has
 * finished as many records as it loaded, or {@code pipeline.max-wait} passes.
 */
@Component
public class PipelineRunner implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PipelineRunner.class);

    private final ProducerTemplate producer;
    private final PipelineStats stats;
    private final int samples;
    private final String inputTopic;
    private final Duration maxWait;
    private final ObjectMapper mapper = new ObjectMapper();

    public PipelineRunner(ProducerTemplate producer, PipelineStats stats, @Value("${pipeline.samples}") int samples,
            @Value("${pipeline.topic.in}") String inputTopic, @Value("${pipeline.max-wait}") Duration maxWait) {
        this.producer = producer;
        this.stats = stats;
        this.samples = samples;
        this.inputTopic = inputTopic;
        this.maxWait = maxWait;
    }

    @Override
    public void run(ApplicationArguments args) throws Exception {
        if (samples <= 0) {
            return;
        }
        List<Map<String, Object>> records = SampleReviews.generate(samples);
        List<CompletableFuture<Object>> sent = new ArrayList<>(records.size());
        for (Map<String, Object> record : records) {
            sent.add(producer.asyncRequestBodyAndHeader("kafka:" + inputTopic, mapper.writeValueAsString(record),
                    KafkaConstants.KEY, record.get("id")));
        }
        CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new)).join();
        LOG.info("Loaded {} sample reviews into {}", records.size(), inputTopic);
        awaitDone(records.size());
    }

    private void awaitDone(long count) throws InterruptedException {
        if (!stats.awaitDone(count, maxWait)) {
            LOG.warn("Gave up waiting after {}: {} of {} records finished", maxWait, stats.done(), count);
        }
    }
}
