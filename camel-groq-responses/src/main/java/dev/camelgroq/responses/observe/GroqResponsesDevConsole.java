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

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.spi.annotations.DevConsole;
import org.apache.camel.support.console.AbstractDevConsole;

/**
 * Dev console {@code groq-responses}: each endpoint's calls, failures, tokens, rate-limit state and governor queue; the
 * component's pools.
 */
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
        root.put("pools", ObservabilityReport.pools(getCamelContext()));
        return root;
    }
}
