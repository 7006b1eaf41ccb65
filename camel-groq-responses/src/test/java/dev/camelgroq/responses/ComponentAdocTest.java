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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * src/main/docs/groq-responses-component.adoc is the component page in Apache Camel's shape (the attributes Camel's
 * catalog and website read, what it does, examples, then the options as Camel's generated includes), so Camel tooling
 * can show it. Its attribute header is rendered here from the component JSON the Camel plugin generates from the
 * javadoc; this test fails when it drifts. Run it with {@code -Ddocs.update=true} to rewrite it. The options and
 * headers tables are generated once, into docs/reference.md ({@link DocsReferenceTest}).
 */
class ComponentAdocTest {

    private static final Path JSON = Path.of("src/generated/resources/META-INF/dev/camelgroq/responses/groq-responses.json");
    static final Path ADOC = Path.of("src/main/docs/groq-responses-component.adoc");
    private static final String HINT = "run mvn test -Dtest=ComponentAdocTest -Ddocs.update=true -pl camel-groq-responses";

    @Test
    void attributesMatchTheComponentJson() throws Exception {
        JsonNode c = Json.MAPPER.readTree(JSON.toFile()).path("component");
        String header = "= " + c.path("title").asText() + " Component\n"
                        + ":doctitle: " + c.path("title").asText() + "\n"
                        + ":shortname: " + c.path("name").asText() + "\n"
                        + ":artifactid: " + c.path("artifactId").asText() + "\n"
                        + ":groupid: " + c.path("groupId").asText() + "\n"
                        + ":description: " + c.path("description").asText() + "\n"
                        + ":since: " + c.path("firstVersion").asText() + "\n"
                        + ":supportlevel: " + c.path("supportLevel").asText() + "\n"
                        + ":tabs-sync-option:\n"
                        + ":component-header: " + (c.path("producerOnly").asBoolean() ? "Only producer is supported"
                : c.path("consumerOnly").asBoolean() ? "Only consumer is supported" : "Both producer and consumer are supported")
                        + "\n";
        new GeneratedDocSection(ADOC, "// component header: START", "// component header: END", HINT, "\n")
                .verify(header, "");
    }

    /**
     * Options and headers are Camel's generated partials (rendered from the component JSON by Camel's website), not a
     * second copy of the tables docs/reference.md generates; the page keeps Camel's shape: what it does, the URI,
     * examples, then the options.
     */
    @Test
    void optionsAreCamelsGeneratedIncludesNotACopyOfTheTables() throws Exception {
        String adoc = Files.readString(ADOC);
        assertThat(section(adoc, "// component options: START", "// component options: END"))
                .isEqualTo("include::partial$component-configure-options.adoc[]\n"
                           + "include::partial$component-endpoint-options.adoc[]");
        assertThat(section(adoc, "// component headers: START", "// component headers: END"))
                .isEqualTo("include::partial$component-endpoint-headers.adoc[]");
        JsonNode root = Json.MAPPER.readTree(JSON.toFile());
        List<String> copied = new ArrayList<>();
        for (String group : List.of("componentProperties", "properties", "headers")) {
            root.path(group).fieldNames().forEachRemaining(name -> {
                if (adoc.contains("| *" + name + "*") || adoc.contains("| *" + name + ".*") || adoc.contains(
                        "| `" + name + "`")) {
                    copied.add(name);
                }
            });
        }
        assertThat(copied).as("option or header rows copied into the page").isEmpty();
        assertThat(adoc).contains("docs/reference.md[docs/reference.md]");
        assertThat(adoc.indexOf("== URI format")).isPositive().isLessThan(adoc.indexOf("== Usage"));
        assertThat(adoc.indexOf("== Usage")).isLessThan(adoc.indexOf("== Options and headers"));
        assertThat(adoc.indexOf("== Options and headers")).isLessThan(adoc.indexOf("// component options: START"));
    }

    private static String section(String text, String begin, String end) {
        int b = text.indexOf(begin);
        int e = text.indexOf(end, Math.max(b, 0));
        assertThat(b).as(begin).isNotNegative();
        assertThat(e).as(end).isGreaterThan(b);
        return text.substring(b + begin.length(), e).strip();
    }
}
