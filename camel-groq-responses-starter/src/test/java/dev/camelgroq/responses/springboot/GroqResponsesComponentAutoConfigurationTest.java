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

import dev.camelgroq.responses.GroqResponsesComponent;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ComponentCustomizer;
import org.apache.camel.spring.boot.CamelAutoConfiguration;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.assertj.AssertableApplicationContext;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class GroqResponsesComponentAutoConfigurationTest {

    private final ApplicationContextRunner runner = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(CamelAutoConfiguration.class,
                    GroqResponsesComponentAutoConfiguration.class));

    @Test
    void bindsEveryKindOfPropertyOntoTheComponent() {
        runner.withUserConfiguration(SslBean.class)
                .withPropertyValues(
                        "test.secret=gsk-from-env",
                        "camel.component.groq-responses.api-key=${test.secret}",
                        "camel.component.groq-responses.base-url=http://127.0.0.1:1/openai/v1",
                        "camel.component.groq-responses.request-timeout=30s",
                        "camel.component.groq-responses.connect-timeout=1500",
                        "camel.component.groq-responses.max-retries=5",
                        "camel.component.groq-responses.temperature=0.2",
                        "camel.component.groq-responses.model=openai/gpt-oss-20b",
                        "camel.component.groq-responses.reasoning-effort=low",
                        "camel.component.groq-responses.metadata.team=etl",
                        "camel.component.groq-responses.ssl-context-parameters=#groqTls")
                .run(context -> {
                    GroqResponsesComponent component = component(context);
                    assertThat(component.getConfiguration().getApiKey()).isEqualTo("gsk-from-env");
                    assertThat(component.getConfiguration().getBaseUrl()).isEqualTo("http://127.0.0.1:1/openai/v1");
                    assertThat(component.getConfiguration().getRequestTimeout()).isEqualTo(30_000L);
                    assertThat(component.getConnectTimeout()).isEqualTo(1_500L);
                    assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(5);
                    assertThat(component.getConfiguration().getTemperature()).isEqualTo(0.2);
                    assertThat(component.getConfiguration().getModel()).isEqualTo("openai/gpt-oss-20b");
                    assertThat(component.getConfiguration().getReasoningEffort().value()).isEqualTo("low");
                    assertThat(component.getConfiguration().getMetadata()).containsEntry("team", "etl");
                    assertThat(component.getSslContextParameters()).isSameAs(context.getBean("groqTls"));
                });
    }

    @Test
    void leavesTheComponentAloneWhenDisabled() {
        runner.withPropertyValues("camel.component.groq-responses.enabled=false",
                "camel.component.groq-responses.max-retries=7")
                .run(context -> {
                    assertThat(context).doesNotHaveBean(GroqResponsesComponentConfiguration.class);
                    assertThat(context).doesNotHaveBean("configureGroqResponsesComponent");
                    assertThat(component(context).getConfiguration().getMaxRetries()).isEqualTo(2);
                });
    }

    @Test
    void appliesDefaultsFromTheComponentJsonWhenNothingIsSet() {
        runner.run(context -> {
            GroqResponsesComponentConfiguration properties = context.getBean(GroqResponsesComponentConfiguration.class);
            assertThat(properties.getBaseUrl()).isEqualTo("https://api.groq.com/openai/v1");
            assertThat(properties.getRequestTimeout()).hasSeconds(120);
            assertThat(component(context).getConfiguration().getBaseUrl()).isEqualTo("https://api.groq.com/openai/v1");
        });
    }

    @Test
    void userCustomizersRunInOrderAroundTheStarters() {
        runner.withUserConfiguration(OrderedCustomizers.class)
                .withPropertyValues("camel.component.groq-responses.max-retries=5",
                        "camel.component.groq-responses.max-output-tokens=100")
                .run(context -> {
                    GroqResponsesComponent component = component(context);
                    // order -10 runs before the starter's (order 0): the property wins
                    assertThat(component.getConfiguration().getMaxOutputTokens()).isEqualTo(100);
                    // order 10 runs after it: the user's customizer wins
                    assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(9);
                });
    }

    @Test
    void aValueOfTheWrongTypeFailsNamingTheProperty() {
        runner.withPropertyValues("camel.component.groq-responses.max-retries=lots")
                .run(context -> assertThat(context).hasFailed().getFailure()
                        .hasStackTraceContaining("camel.component.groq-responses.max-retries"));
    }

    @Test
    void anUnknownBeanReferenceFailsNamingTheOption() {
        runner.withPropertyValues("camel.component.groq-responses.ssl-context-parameters=#missingTls")
                .run(context -> {
                    Throwable failure = catchFailure(context);
                    assertThat(failure).hasStackTraceContaining("sslContextParameters")
                            .hasStackTraceContaining("missingTls");
                });
    }

    private static Throwable catchFailure(AssertableApplicationContext context) {
        if (context.getStartupFailure() != null) {
            return context.getStartupFailure();
        }
        try {
            component(context);
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    private static GroqResponsesComponent component(AssertableApplicationContext context) {
        return context.getBean(CamelContext.class).getComponent("groq-responses", GroqResponsesComponent.class);
    }

    @Configuration(proxyBeanMethods = false)
    static class SslBean {
        @Bean
        SSLContextParameters groqTls() {
            return new SSLContextParameters();
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OrderedCustomizers {
        @Bean
        ComponentCustomizer early() {
            return ComponentCustomizer.builder(GroqResponsesComponent.class).withOrder(-10)
                    .build(component -> component.getConfiguration().setMaxOutputTokens(1));
        }

        @Bean
        ComponentCustomizer late() {
            return ComponentCustomizer.builder(GroqResponsesComponent.class).withOrder(10)
                    .build(component -> component.getConfiguration().setMaxRetries(9));
        }
    }
}
