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

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Function;

import org.apache.camel.CamelContext;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.WritableHealthCheckRepository;

/** Adds and removes checks in Camel's {@code producers} health-check repository (absent when health is off). */
public final class ProducerHealthChecks {

    /** Ids in use per context (the repository lists nothing while producer checks are disabled). */
    private static final Map<CamelContext, Set<String>> IDS = new WeakHashMap<>();

    private ProducerHealthChecks() {
    }

    /**
     * Creates the check with a free id ({@code producer:groq-responses-<name>}, then {@code -2}, {@code -3} ... when
     * several endpoints share a name) and adds it; returns null when Camel has no producers repository.
     */
    public static GroqResponsesHealthCheck add(CamelContext context, String name, boolean enabled,
                                               Function<String, GroqResponsesHealthCheck> factory) {
        WritableHealthCheckRepository repository = repository(context);
        if (repository == null) {
            return null;
        }
        String id = "producer:groq-responses-" + name;
        synchronized (IDS) {
            Set<String> taken = IDS.computeIfAbsent(context, c -> new HashSet<>());
            for (int n = 2; taken.contains(id); n++) {
                id = "producer:groq-responses-" + name + "-" + n;
            }
            taken.add(id);
        }
        GroqResponsesHealthCheck check = factory.apply(id);
        check.setCamelContext(context);
        check.setEnabled(enabled);
        repository.addHealthCheck(check);
        return check;
    }

    public static void remove(CamelContext context, GroqResponsesHealthCheck check) {
        WritableHealthCheckRepository repository = check == null ? null : repository(context);
        if (repository != null) {
            repository.removeHealthCheck(check);
            synchronized (IDS) {
                Set<String> taken = IDS.get(context);
                if (taken != null) {
                    taken.remove(check.getId());
                }
            }
        }
    }

    private static WritableHealthCheckRepository repository(CamelContext context) {
        return HealthCheckHelper.getHealthCheckRepository(context, "producers", WritableHealthCheckRepository.class);
    }
}
