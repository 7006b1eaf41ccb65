package dev.camelgroq.responses.observe;

import org.apache.camel.CamelContext;
import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedOperation;
import org.apache.camel.api.management.ManagedResource;

/** The dev console's figures through JMX: totals over every groq-responses endpoint and a per-endpoint report. */
@ManagedResource(description = "Groq Responses calls, tokens and rate limits")
public final class GroqResponsesStats {

    private final CamelContext context;

    public GroqResponsesStats(CamelContext context) {
        this.context = context;
    }

    @ManagedAttribute(description = "Responses calls (each with its retries), over all endpoints")
    public long getCalls() {
        return sum(s -> s.calls());
    }

    @ManagedAttribute(description = "Calls that failed for good, over all endpoints")
    public long getFailures() {
        return sum(s -> s.failures());
    }

    @ManagedAttribute(description = "Input tokens, over all endpoints")
    public long getInputTokens() {
        return sum(s -> s.inputTokens());
    }

    @ManagedAttribute(description = "Output tokens, over all endpoints")
    public long getOutputTokens() {
        return sum(s -> s.outputTokens());
    }

    @ManagedOperation(description = "Per endpoint: calls, failures, tokens, last rate-limit state, governor queue")
    public String report() {
        return ObservabilityReport.text(context);
    }

    private long sum(java.util.function.ToLongFunction<CallStats> figure) {
        long total = 0;
        for (org.apache.camel.Endpoint e : context.getEndpoints()) {
            if (e instanceof ObservedEndpoint g && g.getObserver() != null) {
                total += figure.applyAsLong(g.getObserver().stats());
            }
        }
        return total;
    }
}
