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
import org.apache.camel.CamelContextAware;
import org.apache.camel.spi.PropertiesFunction;

/**
 * A property function of the groq-responses-action Kamelet: {@code {{NAME:property}}} reads the Kamelet property
 * {@code property} and turns its value into what the endpoint URI may carry ({@link #toUri}).
 */
abstract class KameletPropertyFunction implements PropertiesFunction, CamelContextAware {

    private final String name;
    private CamelContext camelContext;

    KameletPropertyFunction(String name) {
        this.name = name;
    }

    @Override
    public CamelContext getCamelContext() {
        return camelContext;
    }

    @Override
    public void setCamelContext(CamelContext camelContext) {
        this.camelContext = camelContext;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String apply(String property) {
        return toUri(property, KameletProperties.value(camelContext, property));
    }

    /** What the URI carries for the property named {@code property} whose value is {@code value} (null: unset). */
    abstract String toUri(String property, String value);
}
