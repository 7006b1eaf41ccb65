package dev.camelgroq.responses.observe;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/** Dev console {@code groq-responses}: each endpoint's calls, failures, tokens, rate-limit state and governor queue. */
@DevConsole(name = "groq-responses", displayName = "Groq Responses", description = "Groq Responses calls, tokens and rate limits")
public class GroqResponsesDevConsole extends AbstractDevConsole {

    public GroqResponsesDevConsole() {
        super("camel", "groq-responses", "Groq Responses", "Groq Responses calls, tokens and rate limits");
    }

    @Override
    protected String doCallText(Map<String, Object> options) {
        return ObservabilityReport.text(getCamelContext());
    }

    @Override
    protected Map<String, Object> doCallJson(Map<String, Object> options) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("endpoints", ObservabilityReport.endpoints(getCamelContext()));
        return root;
    }
}
