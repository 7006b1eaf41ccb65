package dev.camelgroq.examples.kafka;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The review enrichment pipeline. Runs the sample batch, prints one {@code SUMMARY ...} line and exits; with
 * {@code --pipeline.keep-running=true} it keeps consuming after the batch.
 */
@SpringBootApplication
public class KafkaEnrichmentApplication {

    public static void main(String[] args) {
        ConfigurableApplicationContext context = SpringApplication.run(KafkaEnrichmentApplication.class, args);
        PipelineStats stats = context.getBean(PipelineStats.class);
        if (context.getEnvironment().getProperty("pipeline.keep-running", Boolean.class, false)) {
            System.out.println(stats.summary());
            return;
        }
        String summary = stats.summary();
        int code = SpringApplication.exit(context);
        System.out.println(summary);
        System.exit(code);
    }
}
