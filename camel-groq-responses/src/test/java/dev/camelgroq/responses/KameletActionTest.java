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

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;
import org.apache.camel.Exchange;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The groq-responses-action Kamelet as shipped in the component jar ({@code kamelets/} on the classpath, where
 * camel-kamelet looks by default), used from a YAML DSL route through camel-kamelet against the emulator.
 */
class KameletActionTest extends EmulatorTestSupport {

    private static final String KAMELET = "kamelets/groq-responses-action.kamelet.yaml";
    private static final Path COMPONENT_JSON
            = Path.of("src/generated/resources/META-INF/dev/camelgroq/responses/groq-responses.json");

    @SuppressWarnings("unchecked")
    private static Map<String, Object> kamelet() throws Exception {
        try (InputStream in = KameletActionTest.class.getClassLoader().getResourceAsStream(KAMELET)) {
            assertThat(in).as(KAMELET + " on the classpath").isNotNull();
            return (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T at(Map<String, Object> map, String... path) {
        Object node = map;
        for (String key : path) {
            node = ((Map<String, Object>) node).get(key);
        }
        return (T) node;
    }

    private static void loadRoute(String yaml) throws Exception {
        PluginHelper.getRoutesLoader(context).loadRoutes(ResourceHelper.fromString("kamelet-route.yaml", yaml));
    }

    @Test
    void kameletIsAnActionWithTheApiKeyAsCredentialAndTheComponentAsMavenDependency() throws Exception {
        Map<String, Object> kamelet = kamelet();
        JsonNode component = Json.MAPPER.readTree(COMPONENT_JSON.toFile()).path("component");

        assertThat((String) at(kamelet, "kind")).isEqualTo("Kamelet");
        assertThat((String) at(kamelet, "metadata", "name")).isEqualTo("groq-responses-action");
        assertThat((String) at(kamelet, "metadata", "labels", "camel.apache.org/kamelet.type")).isEqualTo("action");
        Map<String, Object> apiKey = at(kamelet, "spec", "definition", "properties", "apiKey");
        assertThat(apiKey).containsEntry("format", "password");
        assertThat((List<String>) apiKey.get("x-descriptors")).contains(
                "urn:alm:descriptor:com.tectonic.ui:password", "urn:camel:group:credentials");
        assertThat((List<String>) at(kamelet, "spec", "definition", "required")).containsExactly("model");
        assertThat((List<String>) at(kamelet, "spec", "dependencies")).contains("camel:kamelet",
                "mvn:" + component.path("groupId").asText() + ":" + component.path("artifactId").asText() + ":"
                                                                               + component.path("version").asText());
    }

    /** Every template parameter is an endpoint option of the component, every Kamelet property is used. */
    @Test
    void kameletPropertiesMatchTheComponentOptions() throws Exception {
        Map<String, Object> kamelet = kamelet();
        JsonNode options = Json.MAPPER.readTree(COMPONENT_JSON.toFile()).path("properties");
        List<Map<String, Object>> steps = at(kamelet, "spec", "template", "from", "steps");
        Map<String, Object> to = at(steps.get(0), "to");
        Map<String, String> parameters = at(to, "parameters");
        assertThat(parameters.keySet()).allSatisfy(name -> assertThat(options.has(name))
                .as("template parameter %s is an endpoint option", name).isTrue());
        // values go through the function that keeps them values (RAW), never straight into the URI; Camel itself
        // wraps the value of a secret option (apiKey) in RAW when it resolves its placeholder
        parameters.forEach((name, v) -> assertThat(v).as(name).matches(name.equals("apiKey") ? "\\{\\{\\?apiKey}}"
                : "\\{\\{\\??groq-uri-value:\\w+}}"));
        assertThat((String) to.get("uri")).isEqualTo("groq-responses:{{groq-step-name:stepName}}");

        List<String> used = new ArrayList<>();
        Matcher m = Pattern.compile("\\{\\{\\??(?:groq-uri-value:|groq-step-name:)?(\\w+)}}")
                .matcher(to.get("uri") + " " + parameters.values());
        while (m.find()) {
            used.add(m.group(1));
        }
        Map<String, Map<String, Object>> properties = at(kamelet, "spec", "definition", "properties");
        assertThat(used).containsExactlyInAnyOrderElementsOf(properties.keySet());
        properties.forEach((name, p) -> {
            if (options.has(name) && options.get(name).has("enum")) {
                List<String> values = new ArrayList<>();
                options.get(name).get("enum").forEach(v -> values.add(v.asText()));
                assertThat((List<String>) p.get("enum")).as("enum of %s", name).isSubsetOf(values);
            }
        });
    }

    @Test
    void yamlRouteCallsTheEmulatorThroughTheKamelet() throws Exception {
        loadRoute("""
                - route:
                    id: kamelet-extract
                    from:
                      uri: direct:kamelet-extract
                      steps:
                        - kamelet:
                            name: groq-responses-action
                            parameters:
                              model: openai/gpt-oss-20b
                              instructions: Extract product review information from the text.
                              jsonSchema: classpath:schemas/review.json
                              outputType: map
                              apiKey: "%s"
                              baseUrl: "%s"
                        - setHeader:
                            name: sentiment
                            simple: "${body[sentiment]}"
                """.formatted(KEY, GROQ.baseUrl()));

        Exchange exchange = template.request("direct:kamelet-extract",
                x -> x.getIn().setBody("The kettle boils fast and looks great."));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKeys("product_name", "rating", "sentiment");
        assertThat(exchange.getMessage().getHeader("sentiment")).isNotNull();
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class)).isPositive();
        JsonNode request = lastJson();
        assertThat(request.path("model").asText()).isEqualTo("openai/gpt-oss-20b");
        assertThat(request.path("instructions").asText()).isEqualTo("Extract product review information from the text.");
        assertThat(request.at("/text/format/type").asText()).isEqualTo("json_schema");
        assertThat(request.at("/text/format/schema/required").toString()).contains("key_features");
        assertThat(emulator().lastRequest().header("Authorization")).isEqualTo("Bearer " + KEY);
        assertThat(context.getEndpoints()).noneMatch(e -> e.toString().contains(KEY));
    }

    /**
     * Kamelet properties are resolved as property placeholders, where {@code }}} ends one: inline JSON passed to the
     * Kamelet keeps its closing braces apart (docs/yaml-jbang-camel-k.md says so).
     */
    @Test
    void inlineSchemaThroughTheKamelet() throws Exception {
        loadRoute("""
                - route:
                    id: kamelet-inline
                    from:
                      uri: direct:kamelet-inline
                      steps:
                        - kamelet:
                            name: groq-responses-action
                            parameters:
                              model: llama-3.3-70b-versatile
                              jsonSchema: '{"type":"object","properties":{"label":{"type":"string","enum":["spam","ham"]} },"required":["label"]}'
                              schemaName: label
                              maxOutputTokens: 20
                              apiKey: "%s"
                              baseUrl: "%s"
                """.formatted(KEY, GROQ.baseUrl()));

        Exchange exchange = template.request("direct:kamelet-inline", x -> x.getIn().setBody("Win a free cruise & more!"));

        assertThat(exchange.getException()).isNull();
        assertThat(Json.MAPPER.readTree(exchange.getMessage().getBody(String.class)).path("label").asText())
                .isIn("spam", "ham");
        JsonNode request = lastJson();
        assertThat(request.at("/text/format/name").asText()).isEqualTo("label");
        assertThat(request.at("/text/format/schema/properties/label/enum/1").asText()).isEqualTo("ham");
        assertThat(request.path("max_output_tokens").asInt()).isEqualTo(20);
        assertThat(emulator().lastRequest().inputText()).isEqualTo("Win a free cruise & more!");
    }

    /** Values with URI syntax in them: one without ")&" (RAW(...)), one with it (RAW{...}). */
    private static final List<String> HOSTILE = List.of(
            "v&baseUrl=http://127.0.0.1:1/evil&allowInsecureHttp=true?model=x#frag %41 %zz RAW(y) end",
            "w)&baseUrl=http://127.0.0.1:1/evil&x=RAW(y)&z ?#% tail)");

    /**
     * Every string property reaches the component as one value, whatever URI syntax it holds: the emulator sees the
     * exact value and the request goes to the emulator's /responses, never to the URL smuggled in the value.
     */
    @Test
    void propertyValuesReachTheComponentAsValuesNeverAsUriSyntax() throws Exception {
        for (String hostile : HOSTILE) {
            emulator().models(hostile);
            Map<String, java.util.function.Function<JsonNode, String>> sent = new java.util.LinkedHashMap<>();
            sent.put("model", r -> r.path("model").asText());
            sent.put("instructions", r -> r.path("instructions").asText());
            sent.put("schemaName", r -> r.at("/text/format/name").asText());
            sent.put("apiKey", r -> emulator().lastRequest().header("Authorization").substring("Bearer ".length()));
            sent.put("jsonSchema", r -> r.at("/text/format/schema/description").asText());
            for (Map.Entry<String, java.util.function.Function<JsonNode, String>> property : sent.entrySet()) {
                if (property.getKey().equals("apiKey") && hostile.contains(")&")) {
                    continue; // Camel wraps a secret in RAW(...) itself, which cannot carry ")&" (docs say so)
                }
                emulator().reset();
                String value = property.getKey().equals("jsonSchema")
                        ? Json.MAPPER.createObjectNode().put("type", "object").put("description", hostile).toString()
                        : hostile;
                Map<String, String> properties = new java.util.HashMap<>(Map.of("jsonSchema", "{\"type\":\"object\"}",
                        "schemaName", "plain"));
                properties.put(property.getKey(), value);
                Exchange exchange = callKamelet(properties);
                if (value.startsWith("{") && value.contains(")&")) {
                    // neither RAW(...) nor RAW{...} can carry it: refused, naming the property
                    assertThat(exchange.getException()).hasStackTraceContaining("Kamelet property jsonSchema");
                    assertThat(emulator().requestCount()).isZero();
                    continue;
                }
                assertThat(exchange.getException()).as("%s = %s", property.getKey(), value).isNull();
                assertThat(emulator().requestCount()).isEqualTo(1);
                assertThat(emulator().lastRequest().path()).isEqualTo("/openai/v1/responses");
                JsonNode request = lastJson();
                assertThat(property.getValue().apply(request)).as(property.getKey()).isEqualTo(hostile);
                assertThat(request.path("model").asText()).isIn("openai/gpt-oss-20b", hostile);
            }
        }
    }

    /** Enum options and the step name (the URI's path) refuse URI syntax with a message naming them. */
    @Test
    void uriSyntaxInEnumOptionsAndTheStepNameIsRefused() throws Exception {
        for (String property : List.of("textFormat", "outputType", "stepName", "maxOutputTokens")) {
            for (String hostile : HOSTILE) {
                Exchange exchange = callKamelet(Map.of(property, hostile));
                assertThat(exchange.getException()).as("%s = %s", property, hostile)
                        .hasStackTraceContaining(property);
            }
        }
        assertThat(emulator().requestCount()).isZero();
    }

    /** Camel resolves placeholders in property values: {{env:...}} is sent resolved, an unknown one is refused. */
    @Test
    void placeholdersInPropertyValuesAreResolvedByCamel() throws Exception {
        Exchange resolved = callKamelet(Map.of("instructions", "Home is {{env:PATH}}."));
        assertThat(resolved.getException()).isNull();
        assertThat(lastJson().path("instructions").asText()).isEqualTo("Home is " + System.getenv("PATH") + ".");

        emulator().reset();
        for (String value : List.of("a {{ b", "a {{no.such.property}} b")) {
            Exchange refused = callKamelet(Map.of("instructions", value));
            assertThat(refused.getException()).as(value).hasStackTraceContaining("instructions");
        }
        assertThat(emulator().requestCount()).isZero();
    }

    /**
     * Sends "Hi" through the Kamelet in a fresh CamelContext whose Kamelet properties are given as
     * camel.kamelet.groq-responses-action.* (no URI involved on the caller's side); a start failure is returned as
     * the exchange's exception.
     */
    private static Exchange callKamelet(Map<String, String> properties) throws Exception {
        Map<String, String> all = new java.util.HashMap<>(Map.of("model", "openai/gpt-oss-20b", "apiKey", KEY,
                "baseUrl", GROQ.baseUrl()));
        all.putAll(properties);
        try (org.apache.camel.CamelContext camel = new org.apache.camel.impl.DefaultCamelContext()) {
            all.forEach((name, value) -> camel.getPropertiesComponent()
                    .addInitialProperty("camel.kamelet.groq-responses-action." + name, value));
            Exchange exchange = new org.apache.camel.support.DefaultExchange(camel);
            try {
                PluginHelper.getRoutesLoader(camel).loadRoutes(ResourceHelper.fromString("hostile.yaml", """
                        - route:
                            from:
                              uri: direct:hostile
                              steps:
                                - to: kamelet:groq-responses-action
                        """));
                camel.start();
            } catch (Exception e) {
                exchange.setException(e);
                return exchange;
            }
            exchange.getIn().setBody("Hi");
            return camel.createProducerTemplate().send("direct:hostile", exchange);
        }
    }
}
