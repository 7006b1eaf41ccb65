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
