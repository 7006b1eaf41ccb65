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

import java.net.URI;
import java.util.function.ToIntFunction;

import org.apache.camel.CamelContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds an endpoint's observer. Meters are recorded only when Micrometer is on the classpath and a registry is
 * given (the component's meterRegistry option) or is the single MeterRegistry in the Camel registry.
 */
public final class Observers {

    private static final Logger LOG = LoggerFactory.getLogger(Observers.class);
    private static final String METER_REGISTRY = "io.micrometer.core.instrument.MeterRegistry";
    private static final boolean MICROMETER = micrometerPresent();

    private Observers() {
    }

    /**
     * @param configured    the meterRegistry option (null: look one up)
     * @param governorQueue requests waiting for budget per model, or null without a rate-limit governor
     */
    public static EndpointObserver create(CamelContext context, Object configured, String endpoint, String baseUrl,
                                          ToIntFunction<String> governorQueue) {
        if (configured != null && (!MICROMETER || !Micrometer.isRegistry(configured))) {
            throw new IllegalArgumentException("Option meterRegistry: " + configured.getClass().getName()
                                               + " is not a " + METER_REGISTRY
                                               + " (bind a Micrometer MeterRegistry, for example #meterRegistry)");
        }
        Object registry = configured != null ? configured : MICROMETER ? Micrometer.lookup(context) : null;
        MeterRecorder meters = registry == null ? null
                : Micrometer.recorder(registry, endpoint, host(baseUrl), governorQueue);
        LOG.debug("groq-responses:{} records meters: {}", endpoint, meters != null);
        return new EndpointObserver(endpoint, meters, governorQueue);
    }

    /** The host of the base URL: the {@code server.address} tag. */
    public static String host(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host == null ? MeterNames.NONE : host;
        } catch (RuntimeException e) {
            return MeterNames.NONE;
        }
    }

    /** A constant class name in the call itself, so that a native image resolves it at build time. */
    private static boolean micrometerPresent() {
        try {
            Class.forName("io.micrometer.core.instrument.MeterRegistry", false, Observers.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Everything that names a Micrometer type, loaded only when Micrometer is present. */
    private static final class Micrometer {

        static boolean isRegistry(Object o) {
            return o instanceof io.micrometer.core.instrument.MeterRegistry;
        }

        static Object lookup(CamelContext context) {
            java.util.Set<io.micrometer.core.instrument.MeterRegistry> found = context.getRegistry()
                    .findByType(io.micrometer.core.instrument.MeterRegistry.class);
            if (found.size() > 1) {
                LOG.warn("groq-responses records no metrics: {} MeterRegistry beans and no meterRegistry option;"
                         + " set meterRegistry=#<bean name> to choose one", found.size());
            }
            return found.size() == 1 ? found.iterator().next() : null;
        }

        static MeterRecorder recorder(Object registry, String endpoint, String host, ToIntFunction<String> queue) {
            return new MeterRecorder((io.micrometer.core.instrument.MeterRegistry) registry, endpoint, host, queue);
        }
    }
}
