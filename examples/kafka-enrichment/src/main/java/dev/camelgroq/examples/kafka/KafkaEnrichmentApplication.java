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
