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
package dev.camelgroq.examples.yaml;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/yaml-jbang-camel-k.md shows the example's files: each block after a {@code <!-- file: PATH -->} marker must
 * be that file exactly, and the Integration resource's flows must be the routes of enrichment.camel.yaml.
 */
class YamlGuideTest {

    private static final Path ROOT = Path.of("../..");
    private static final Path GUIDE = ROOT.resolve("docs/yaml-jbang-camel-k.md");
    private static final Pattern FILE_BLOCK = Pattern.compile("<!-- file: (\\S+) -->\\n```\\w*\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern RESOURCE_BLOCK
            = Pattern.compile("<!-- integration resource: [^>]*-->\\n```yaml\\n(.*?)```", Pattern.DOTALL);

    @Test
    void fileBlocksAreTheExampleFiles() throws Exception {
        Matcher m = FILE_BLOCK.matcher(Files.readString(GUIDE));
        List<String> shown = new ArrayList<>();
        while (m.find()) {
            shown.add(m.group(1));
            assertThat(m.group(2)).as("the block for " + m.group(1) + " in " + GUIDE)
                    .isEqualTo(Files.readString(ROOT.resolve(m.group(1))));
        }
        assertThat(shown).contains("examples/yaml-enrichment/integration/enrichment.camel.yaml",
                "examples/yaml-enrichment/integration/application.properties");
    }

    @Test
    @SuppressWarnings("unchecked")
    void integrationResourceRunsTheSameRoutesWithTheComponentAndTheSecret() throws Exception {
        Matcher m = RESOURCE_BLOCK.matcher(Files.readString(GUIDE));
        assertThat(m.find()).as("an Integration resource block in " + GUIDE).isTrue();
        Load yaml = new Load(LoadSettings.builder().build());
        Map<String, Object> integration = (Map<String, Object>) yaml.loadFromString(m.group(1));
        Map<String, Object> spec = (Map<String, Object>) integration.get("spec");
        Object routes = yaml.loadFromString(Files.readString(Path.of("integration/enrichment.camel.yaml")));

        assertThat(integration).containsEntry("kind", "Integration");
        assertThat(spec.get("flows")).isEqualTo(routes);
        assertThat((List<String>) spec.get("dependencies"))
                .anySatisfy(d -> assertThat(d).startsWith("mvn:dev.camelgroq:camel-groq-responses:"));
        Map<String, Map<String, List<String>>> traits = (Map<String, Map<String, List<String>>>) spec.get("traits");
        assertThat(traits.get("mount").get("configs")).contains("secret:groq-credentials");
        assertThat(String.join("\n", traits.get("camel").get("properties"))).doesNotContain("api-key");

        Properties local = new Properties();
        local.load(new StringReader(Files.readString(Path.of("integration/application.properties"))));
        List<String> keys = traits.get("camel").get("properties").stream().map(p -> p.substring(0, p.indexOf('=')))
                .toList();
        assertThat(keys).as("every enrichment.* setting is given in the cluster")
                .containsAll(local.stringPropertyNames().stream().filter(k -> k.startsWith("enrichment.")).toList());
    }
}
