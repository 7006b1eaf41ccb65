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
package dev.camelgroq.responses.springboot;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelgroq.responses.GroqResponsesComponent;
import org.apache.camel.Component;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.spring.boot.ComponentConfigurationProperties;
import org.apache.camel.spring.boot.util.CamelPropertiesHelper;
import org.apache.camel.spring.boot.util.ConditionalOnCamelContextAndAutoConfigurationBeans;
import org.apache.camel.spring.boot.util.ConditionalOnHierarchicalProperties;
import org.apache.camel.spring.boot.util.HierarchicalPropertiesEvaluator;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Lazy;

/**
 * Applies the {@code camel.component.groq-responses.*} properties to the {@code groq-responses} component through a
 * {@link ComponentCustomizer}. Off with {@code camel.component.groq-responses.enabled=false} (or
 * {@code camel.component.enabled=false}); customizers alone off with {@code ...customizer.enabled=false}. A user's
 * own {@link ComponentCustomizer} with a higher {@link ComponentCustomizer#getOrder() order} runs after this one.
 */
@AutoConfiguration(after = CamelAutoConfiguration.class)
@Conditional(ConditionalOnCamelContextAndAutoConfigurationBeans.class)
@EnableConfigurationProperties({ ComponentConfigurationProperties.class, GroqResponsesComponentConfiguration.class })
@ConditionalOnHierarchicalProperties({ "camel.component", "camel.component.groq-responses" })
public class GroqResponsesComponentAutoConfiguration {

    private final ApplicationContext applicationContext;
    private final GroqResponsesComponentConfiguration configuration;

    public GroqResponsesComponentAutoConfiguration(ApplicationContext applicationContext,
            GroqResponsesComponentConfiguration configuration) {
        this.applicationContext = applicationContext;
        this.configuration = configuration;
    }

    /** The customizer that sets every configured property on each groq-responses component. */
    @Lazy
    @Bean
    public ComponentCustomizer configureGroqResponsesComponent() {
        return new ComponentCustomizer() {
            @Override
            public void configure(String name, Component target) {
                Map<String, Object> options = new LinkedHashMap<>(configuration.componentOptions());
                // fails naming the option when a value cannot be applied (wrong type, unknown bean reference)
                CamelPropertiesHelper.setCamelProperties(target.getCamelContext(), target, options, true);
            }

            @Override
            public boolean isEnabled(String name, Component target) {
                return HierarchicalPropertiesEvaluator.evaluate(applicationContext, "camel.component.customizer",
                        "camel.component.groq-responses.customizer") && target instanceof GroqResponsesComponent;
            }
        };
    }
}
