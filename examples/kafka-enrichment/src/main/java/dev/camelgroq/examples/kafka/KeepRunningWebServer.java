package dev.camelgroq.examples.kafka;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Starts the web server (Actuator's {@code /actuator/prometheus} and {@code /actuator/health}) only when the
 * application keeps running ({@code pipeline.keep-running=true}): a run that processes the batch, prints its
 * {@code SUMMARY} and exits opens no port. The choice is a default of the lowest precedence, so an explicit
 * {@code spring.main.web-application-type} wins.
 */
public class KeepRunningWebServer implements EnvironmentPostProcessor {

    static final String KEEP_RUNNING = "pipeline.keep-running";
    static final String WEB_APPLICATION_TYPE = "spring.main.web-application-type";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean keepRunning = environment.getProperty(KEEP_RUNNING, Boolean.class, false);
        environment.getPropertySources().addLast(new MapPropertySource("pipelineWebServer",
                Map.of(WEB_APPLICATION_TYPE, keepRunning ? "servlet" : "none")));
    }
}
