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
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;

/**
 * What the dev console and the JMX bean show: per started endpoint its calls, failures, tokens, retries, last
 * rate-limit state and, per model, the requests waiting in the rate-limit governor; per component its pools.
 */
public final class ObservabilityReport {

    private ObservabilityReport() {
    }

    /** One entry per started groq-responses endpoint. */
    public static List<Map<String, Object>> endpoints(CamelContext context) {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Endpoint e : context.getEndpoints()) {
            if (e instanceof ObservedEndpoint g && g.getObserver() != null) {
                EndpointObserver o = g.getObserver();
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("endpoint", g.getName());
                m.put("uri", e.toString());
                // the model used: the latest call's (a header or body may name another than the option), else the option
                String used = o.stats().lastModel();
                m.put("model", used != null ? used : g.getConfiguration().getModel());
                m.put("meters", o.recordsMeters());
                m.putAll(o.stats().asMap());
                Map<String, Object> queue = new LinkedHashMap<>();
                TreeSet<String> models = new TreeSet<>(o.stats().models());
                if (g.getConfiguration().getModel() != null) {
                    models.add(g.getConfiguration().getModel());
                }
                models.forEach(model -> queue.put(model, o.queued(model)));
                m.put("governorQueue", queue);
                list.add(m);
            }
        }
        return list;
    }

    /**
     * The pools of every groq-responses component, by component name and pool name ({@link ObservedComponent}): how
     * many threads each has and how many tasks wait, beside their bounds, and the tasks it completed and refused.
     */
    public static Map<String, Object> pools(CamelContext context) {
        Map<String, Object> pools = new TreeMap<>();
        for (String name : context.getComponentNames()) {
            if (context.hasComponent(name) instanceof ObservedComponent c) {
                pools.put(name, c.bulkheadStates());
            }
        }
        return pools;
    }

    public static String text(CamelContext context) {
        StringBuilder s = new StringBuilder();
        for (Map<String, Object> e : endpoints(context)) {
            s.append("groq-responses:").append(e.get("endpoint")).append(" (model ").append(e.get("model"))
                    .append(")\n");
            e.forEach((k, v) -> {
                if (!"endpoint".equals(k) && !"model".equals(k)) {
                    s.append("    ").append(k).append(": ").append(v).append('\n');
                }
            });
        }
        if (s.length() == 0) {
            return "No groq-responses endpoint has started.\n";
        }
        pools(context).forEach((component, states) -> {
            s.append("pools of ").append(component).append(":\n");
            ((Map<?, ?>) states).forEach((pool, state) -> s.append("    ").append(pool).append(": ").append(state)
                    .append('\n'));
        });
        return s.toString();
    }
}
