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

import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.camel.util.TimeUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Every component option has a documented Spring property, under its kebab-case name, with the same default. */
class StarterMetadataTest {

    private static final String PREFIX = "camel.component.groq-responses.";

    @Test
    void everyComponentOptionHasADocumentedPropertyWithTheSameDefault() throws Exception {
        JsonNode component = read("META-INF/dev/camelgroq/responses/groq-responses.json").get("componentProperties");
        Map<String, JsonNode> properties = new HashMap<>();
        read("META-INF/spring-configuration-metadata.json").get("properties")
                .forEach(p -> properties.put(p.get("name").asText(), p));

        assertThat(properties).containsKeys(PREFIX + "enabled", PREFIX + "customizer.enabled");
        component.properties().forEach(entry -> {
            String name = PREFIX + kebab(entry.getKey());
            assertThat(properties).as("Spring property for component option %s", entry.getKey()).containsKey(name);
            JsonNode property = properties.get(name);
            assertThat(property.path("description").asText()).as("javadoc of %s", name).isNotBlank();
            JsonNode expected = entry.getValue().get("defaultValue");
            if (expected != null && !"duration".equals(entry.getValue().path("type").asText())) {
                assertThat(property.path("defaultValue").asText()).as("default of %s", name)
                        .isEqualTo(expected.asText());
            } else if (expected != null) {
                assertThat(property.path("defaultValue").asText()).as("default of %s", name)
                        .isEqualTo(TimeUtils.toMilliSeconds(expected.asText()) + "ms");
            }
        });
    }

    private static String kebab(String camel) {
        return camel.replaceAll("([A-Z])", "-$1").toLowerCase();
    }

    private static JsonNode read(String resource) throws Exception {
        try (InputStream in = StarterMetadataTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new ObjectMapper().readTree(in);
        }
    }
}
