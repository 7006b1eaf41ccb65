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
package dev.camelgroq.responses;

import java.util.LinkedHashMap;
import java.util.Map;

import dev.camelgroq.responses.options.RateLimiterMode;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Options set on the component are the defaults of every endpoint, whichever of the configuration's classes
 * ({@link GroqResponsesConfiguration}, {@link GroqResponsesCallOptions}, {@link GroqResponsesToolOptions}) holds them,
 * and an endpoint's own options (map entries included) change neither the component nor its other endpoints.
 */
class ComponentDefaultsTest {

    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private CamelContext context;
    private ProducerTemplate template;
    private GroqResponsesComponent component;

    @BeforeEach
    void start() {
        component = new GroqResponsesComponent();
        GroqResponsesConfiguration defaults = component.getConfiguration();
        defaults.setBaseUrl(GROQ.baseUrl());
        defaults.setApiKey(EmulatorTestSupport.KEY);
        defaults.setModel("openai/gpt-oss-20b");
        defaults.setInstructions("Be brief");
        defaults.setMetadata(new LinkedHashMap<>(Map.of("tenant", "acme")));
        defaults.setMaxToolIterations(3);
        defaults.setRequestTimeout(45_000);
        defaults.setRateLimiter(RateLimiterMode.OFF);
        context = new DefaultCamelContext();
        context.addComponent("groq-responses", component);
        context.start();
        template = context.createProducerTemplate();
    }

    @AfterEach
    void stop() {
        context.stop();
    }

    @Test
    void everyEndpointStartsFromTheComponentsOptionsOfAllThreeClasses() {
        GroqResponsesConfiguration config = context.getEndpoint("groq-responses:plain", GroqResponsesEndpoint.class)
                .getConfiguration();

        assertThat(config).isNotSameAs(component.getConfiguration());
        assertThat(config.getInstructions()).isEqualTo("Be brief");
        assertThat(config.getMaxToolIterations()).isEqualTo(3);
        assertThat(config.getRequestTimeout()).isEqualTo(45_000);
        assertThat(config.getRateLimiter()).isEqualTo(RateLimiterMode.OFF);
        assertThat(config.getMetadata()).containsExactly(Map.entry("tenant", "acme"));
    }

    @Test
    void anEndpointsOwnOptionsStayItsOwn() {
        Exchange tagged = template.send("groq-responses:tagged?metadata.batch=7&maxToolIterations=5&requestTimeout=9s",
                e -> e.getIn().setBody("Hi"));
        assertThat(tagged.getException()).isNull();
        assertThat(GROQ.emulator().lastRequest().json().path("metadata").toString())
                .isEqualTo("{\"tenant\":\"acme\",\"batch\":\"7\"}");

        Exchange plain = template.send("groq-responses:plain", e -> e.getIn().setBody("Hi"));
        assertThat(plain.getException()).isNull();
        assertThat(GROQ.emulator().lastRequest().json().path("metadata").toString())
                .isEqualTo("{\"tenant\":\"acme\"}");
        assertThat(GROQ.emulator().lastRequest().json().path("instructions").asText()).isEqualTo("Be brief");

        GroqResponsesConfiguration defaults = component.getConfiguration();
        assertThat(defaults.getMetadata()).containsExactly(Map.entry("tenant", "acme"));
        assertThat(defaults.getMaxToolIterations()).isEqualTo(3);
        assertThat(defaults.getRequestTimeout()).isEqualTo(45_000);
        assertThat(context.getEndpoint("groq-responses:tagged?metadata.batch=7&maxToolIterations=5&requestTimeout=9s",
                GroqResponsesEndpoint.class).getConfiguration().getRequestTimeout()).isEqualTo(9_000);
    }

    @Test
    void aCopyOwnsEveryMapOfTheThreeClasses() {
        GroqResponsesConfiguration original = new GroqResponsesConfiguration();
        original.setMetadata(new LinkedHashMap<>(Map.of("a", "1")));
        original.setTool(new LinkedHashMap<>(Map.of("f.endpoint", "direct:f")));
        original.setMcp(new LinkedHashMap<>(Map.of("docs.url", "https://mcp.example/")));
        original.setAdditionalBodyProperty(new LinkedHashMap<>(Map.of("top_logprobs", "2")));

        GroqResponsesConfiguration copy = original.copy();
        copy.getMetadata().put("b", "2");
        copy.getTool().put("g.endpoint", "direct:g");
        copy.getMcp().put("docs.allowedTools", "search");
        copy.getAdditionalBodyProperty().put("background", "false");

        assertThat(original.getMetadata()).containsOnlyKeys("a");
        assertThat(original.getTool()).containsOnlyKeys("f.endpoint");
        assertThat(original.getMcp()).containsOnlyKeys("docs.url");
        assertThat(original.getAdditionalBodyProperty()).containsOnlyKeys("top_logprobs");
        assertThat(copy.getTool()).containsKeys("f.endpoint", "g.endpoint");
    }
}
