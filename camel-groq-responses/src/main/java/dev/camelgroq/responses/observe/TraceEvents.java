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

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.camel.Exchange;

/**
 * Notable moments of one exchange's flow (retried calls, tool rounds, structured-output repairs), kept in an exchange
 * property until the span decorator turns them into span events. Nothing is allocated on a plain one-call exchange.
 */
public final class TraceEvents {

    /** The exchange property holding the events ({@code List<Map<String, String>>}). */
    public static final String PROPERTY = "CamelGroqResponsesTraceEvents";

    private TraceEvents() {
    }

    /** Adds the event {@code name} with attributes given as key, value pairs. */
    static void add(Exchange exchange, String name, String... attributes) {
        Map<String, String> event = new LinkedHashMap<>();
        event.put("event", name);
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                event.put(attributes[i], attributes[i + 1]);
            }
        }
        @SuppressWarnings("unchecked")
        List<Map<String, String>> events = exchange.getProperty(PROPERTY, List.class);
        if (events == null) {
            events = new ArrayList<>();
            exchange.setProperty(PROPERTY, events);
        }
        synchronized (events) {
            events.add(event);
        }
    }

    /** The events recorded on the exchange, oldest first (empty when none). */
    @SuppressWarnings("unchecked")
    public static List<Map<String, String>> of(Exchange exchange) {
        List<Map<String, String>> events = exchange.getProperty(PROPERTY, List.class);
        if (events == null) {
            return List.of();
        }
        synchronized (events) {
            return List.copyOf(events);
        }
    }
}
