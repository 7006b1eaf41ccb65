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

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;
import org.junit.jupiter.api.Test;

/**
 * docs/reference.md holds the options and headers tables rendered from the component JSON that the Camel plugin
 * generates from the javadoc. This test fails when they drift; run it with {@code -Ddocs.update=true} to rewrite them.
 */
class DocsReferenceTest {

    private static final Path JSON = Path.of("src/generated/resources/META-INF/dev/camelgroq/responses/groq-responses.json");
    private static final Path DOC = Path.of("../docs/reference.md");
    private static final String BEGIN = "<!-- BEGIN GENERATED: do not edit, run DocsReferenceTest with -Ddocs.update=true -->";
    private static final String END = "<!-- END GENERATED -->";

    @Test
    void referenceTablesMatchTheComponentJson() throws Exception {
        JsonNode root = Json.MAPPER.readTree(JSON.toFile());
        String tables = "## Component options\n\nSet on the component (`camel.component.groq-responses.*` in Spring Boot"
                        + " and Camel Main); endpoint options set here are defaults for every endpoint.\n\n"
                        + options(root.path("componentProperties"))
                        + "\n## Endpoint options\n\n`groq-responses:name?options`\n\n" + options(root.path("properties"))
                        + "\n## Headers\n\n" + headers(root.path("headers"));
        new GeneratedDocSection(DOC, BEGIN, END, "run mvn test -Dtest=DocsReferenceTest -Ddocs.update=true"
                                                 + " -pl camel-groq-responses")
                .verify(tables, "# groq-responses reference\n\n" + BEGIN + END + "\n");
    }

    private static String options(JsonNode properties) {
        StringBuilder s = new StringBuilder("| option | type | default | group | description |\n|---|---|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            if ("configuration".equals(e.getKey())) {
                continue;
            }
            String type = p.path("type").asText();
            if (p.has("enum")) {
                StringBuilder values = new StringBuilder();
                p.get("enum").forEach(v -> values.append(values.length() == 0 ? "" : ", ").append(v.asText()));
                type = "enum: " + values;
            }
            String name = p.path("multiValue").asBoolean() ? e.getKey() + ".*" : e.getKey();
            s.append("| `").append(name).append("`").append(p.path("required").asBoolean() ? " (required)" : "")
                    .append(" | ").append(type)
                    .append(" | ").append(p.has("defaultValue") ? "`" + p.get("defaultValue").asText() + "`" : "")
                    .append(" | ").append(p.path("group").asText())
                    .append(" | ").append(cell(p.path("description").asText()))
                    .append(p.path("secret").asBoolean() ? " (secret)" : "").append(" |\n");
        }
        return s.toString();
    }

    private static String headers(JsonNode headers) {
        StringBuilder s = new StringBuilder("| header | type | description |\n|---|---|---|\n");
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            s.append("| `").append(e.getKey()).append("` | ").append(cell(e.getValue().path("javaType").asText()))
                    .append(" | ").append(cell(e.getValue().path("description").asText())).append(" |\n");
        }
        return s.toString();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ").replace("<", "&lt;").replace(">", "&gt;");
    }
}
