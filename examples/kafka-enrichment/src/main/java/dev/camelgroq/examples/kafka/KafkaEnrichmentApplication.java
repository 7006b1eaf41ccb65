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

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The review enrichment pipeline. Runs the sample batch, prints one {@code SUMMARY ...} line and exits; with
 * {@code --pipeline.keep-running=true} it keeps consuming after the batch and serves Actuator's Prometheus and
 * health endpoints ({@link KeepRunningWebServer}).
 */
@SpringBootApplication
public class KafkaEnrichmentApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(KafkaEnrichmentApplication.class, args);
        PipelineStats stats = context.getBean(PipelineStats.class);
        if (context.getEnvironment().getProperty(KeepRunningWebServer.KEEP_RUNNING, Boolean.class, false)) {
            System.out.println(stats.summary());
            String port = context.getEnvironment().getProperty("local.server.port");
            if (port != null) {
                String actuator = "http://localhost:" + port + "/actuator/";
                System.out.println("Still consuming; metrics at " + actuator + "prometheus, health at " + actuator
                                   + "health");
            }
            return;
        }
        String summary = stats.summary();
        int code = SpringApplication.exit(context);
        System.out.println(summary);
        System.exit(code);
    }
}
