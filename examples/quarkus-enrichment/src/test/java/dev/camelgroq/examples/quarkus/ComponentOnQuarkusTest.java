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
package dev.camelgroq.examples.quarkus;

import java.util.List;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.observe.GroqResponsesSpanDecorator;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.Reply;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckRegistry;
import org.apache.camel.health.HealthCheckRepository;
import org.apache.camel.quarkus.core.FastFactoryFinderResolver;
import org.apache.camel.spi.FactoryFinder;
import org.apache.camel.telemetry.SpanDecorator;
import org.apache.camel.telemetry.SpanDecoratorManagerImpl;
import org.apache.camel.support.PluginHelper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The component jar alone under Camel Quarkus (no extension of its own): its services are in the registry Quarkus
 * builds at build time, application.properties configures it, and a typed answer is bound to a Java class.
 */
@QuarkusTest
@QuarkusTestResource(GroqEmulatorResource.class)
class ComponentOnQuarkusTest {

    /** The answer type of {@link #typedAnswerIsBoundToTheOutputClass()}. */
    public record Verdict(String sentiment, double rating, List<String> keyFeatures) {
    }

    @Inject
    CamelContext context;

    @Inject
    ProducerTemplate template;

    @InjectGroqEmulator
    GroqEmulator groq;

    @Test
    void servicesComeFromTheBuildTimeRegistry() {
        // Camel Quarkus resolves services only from what it indexed at build time (no classpath lookup at runtime);
        // the component jar's Jandex index (written by camel-component-maven-plugin) is what puts them there
        assertThat(PluginHelper.getFactoryFinderResolver(context)).isInstanceOf(FastFactoryFinderResolver.class);
        assertThat(context.getRegistry().lookupByName("groq-responses"))
                .as("the component, instantiated at build time and bound by its scheme")
                .isInstanceOf(GroqResponsesComponent.class);
        FactoryFinder services = context.getCamelContextExtension().getDefaultFactoryFinder();
        assertThat(services.findClass("configurer/groq-responses-component")).isPresent();
        assertThat(services.findClass("configurer/groq-responses-endpoint")).isPresent();
        assertThat(services.findClass("urifactory/groq-responses-endpoint")).isPresent();
    }

    @Test
    void spanDecoratorIsFoundThroughServiceLoader() {
        // camel-telemetry reads java.util.ServiceLoader (META-INF/services/org.apache.camel.telemetry.SpanDecorator)
        SpanDecorator decorator = new SpanDecoratorManagerImpl()
                .get(context.getEndpoint("groq-responses:traced?model=openai/gpt-oss-20b"));
        assertThat(decorator).isInstanceOf(GroqResponsesSpanDecorator.class);
    }

    @Test
    void applicationPropertiesConfigureTheComponent() {
        GroqResponsesComponent component = context.getComponent("groq-responses", GroqResponsesComponent.class);
        assertThat(component.getConfiguration().getMaxRetries()).isEqualTo(3);
        assertThat(component.getConfiguration().getBaseUrl()).isEqualTo(groq.baseUrl());
    }

    @Test
    void badEnumOptionIsNamedWithItsValues() {
        groq.reset();
        assertThatThrownBy(() -> context.getEndpoint("groq-responses:bad?model=openai/gpt-oss-20b&reasoningEffort=extreme"))
                .satisfies(e -> assertThat(causeMessages(e))
                        .anyMatch(m -> m.contains("Option reasoningEffort must be one of low, medium, high")));
        assertThat(groq.requests()).isEmpty();
    }

    @Test
    void typedAnswerIsBoundToTheOutputClass() {
        groq.reset();
        groq.enqueue(Reply.json("{\"sentiment\":\"positive\",\"rating\":4.5,\"keyFeatures\":[\"battery\"]}")
                .usage(30, 12, 0));

        Exchange out = template.request("groq-responses:verdict?model=openai/gpt-oss-20b&outputClass="
                                        + Verdict.class.getName(),
                e -> e.getMessage().setBody("The headphones are great, the battery lasts two days."));

        assertThat(out.getException()).isNull();
        assertThat(out.getMessage().getBody())
                .isEqualTo(new Verdict("positive", 4.5, List.of("battery")));
        assertThat(out.getMessage().getHeader("CamelGroqResponsesTotalTokens", Long.class)).isEqualTo(42L);
        assertThat(groq.lastRequest().textFormatType()).as("the schema generated from the class")
                .isEqualTo("json_schema");
        assertThat(groq.lastRequest().json().at("/text/format/schema/properties").has("keyFeatures")).isTrue();
    }

    @Test
    void producerHealthCheckProbesGroqWithTheEndpointsKey() {
        groq.reset();
        context.getEndpoint("groq-responses:health-ok?model=openai/gpt-oss-20b");
        context.getEndpoint("groq-responses:health-bad-key?model=openai/gpt-oss-20b&apiKey=RAW(gsk_revoked_0000)");

        // camel.health.producers-enabled=true (see GroqEmulatorResource) turns the producers repository on
        HealthCheckRepository producers = HealthCheckRegistry.get(context).getRepository("producers").orElseThrow();
        assertThat(state(producers, "producer:groq-responses-health-ok")).isEqualTo(HealthCheck.State.UP);
        assertThat(state(producers, "producer:groq-responses-health-bad-key")).isEqualTo(HealthCheck.State.DOWN);
        assertThat(groq.requests()).extracting(r -> r.method() + " " + r.path())
                .containsOnly("GET /openai/v1/models");
    }

    private static List<String> causeMessages(Throwable e) {
        List<String> messages = new java.util.ArrayList<>();
        for (Throwable t = e; t != null; t = t.getCause()) {
            messages.add(String.valueOf(t.getMessage()));
        }
        return messages;
    }

    private static HealthCheck.State state(HealthCheckRepository repository, String id) {
        HealthCheck check = repository.stream().filter(c -> c.getId().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no health check " + id));
        return check.call().getState();
    }
}
