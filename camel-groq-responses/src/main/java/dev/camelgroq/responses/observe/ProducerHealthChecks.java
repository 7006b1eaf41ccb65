package dev.camelgroq.responses.observe;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/** Adds and removes checks in Camel's {@code producers} health-check repository (absent when health is off). */
public final class ProducerHealthChecks {

    private ProducerHealthChecks() {
    }

    public static void add(CamelContext context, GroqResponsesHealthCheck check, boolean enabled) {
        WritableHealthCheckRepository repository = repository(context);
        if (repository != null) {
            check.setCamelContext(context);
            check.setEnabled(enabled);
            repository.addHealthCheck(check);
        }
    }

    public static void remove(CamelContext context, HealthCheck check) {
        WritableHealthCheckRepository repository = check == null ? null : repository(context);
        if (repository != null) {
            repository.removeHealthCheck(check);
        }
    }

    private static WritableHealthCheckRepository repository(CamelContext context) {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }
}
