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
package dev.camelgroq.responses.kamelet;

import org.apache.camel.CamelContext;
import org.apache.camel.spi.PropertiesComponent;

/** Reads a Kamelet property for the property functions of this package, refusing values Camel cannot resolve. */
final class KameletProperties {

    private KameletProperties() {
    }

    /** The resolved value of {@code property}; null when it is not set. */
    static String value(CamelContext camelContext, String property) {
        PropertiesComponent properties = camelContext.getPropertiesComponent();
        String value = properties.resolveProperty(property).orElse(null);
        if (value == null) {
            Object given = properties.getLocalProperties() == null ? null : properties.getLocalProperties().get(property);
            if (given != null) {
                throw new IllegalArgumentException("Kamelet property " + property + " could not be resolved: Camel"
                                                   + " reads {{...}} in a value as a property placeholder (such as"
                                                   + " {{env:NAME}}), and this one is unknown or not closed");
            }
        }
        return value;
    }
}
