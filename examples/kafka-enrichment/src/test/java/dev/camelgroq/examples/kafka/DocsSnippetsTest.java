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
package dev.camelgroq.examples.kafka;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The code samples of the Spring Boot, Kafka pipeline and observability guides are the tagged regions of compiled,
 * tested sources ({@code // tag::name[]} ... {@code // end::name[]}), named in the guide by
 * {@code <!-- snippet: path#name -->}
 * right above the block. This test fails when a guide drifts from its source; run it with
 * {@code -Ddocs.update=true} to rewrite the blocks from the sources.
 */
class DocsSnippetsTest {

    private static final Path ROOT = Path.of("../..");
    private static final Pattern SNIPPET = Pattern.compile(
            "<!-- snippet: ([^#\\s]+)#([\\w-]+) -->\\n```(\\w*)\\n(.*?)```", Pattern.DOTALL);

    @ParameterizedTest
    @ValueSource(strings = { "docs/spring-boot.md", "docs/kafka-pipeline.md", "docs/observability.md" })
    void guideSamplesAreTheTaggedRegionsOfTheirSources(String guide) throws IOException {
        Path file = ROOT.resolve(guide);
        String markdown = Files.readString(file);
        Matcher m = SNIPPET.matcher(markdown);
        StringBuilder updated = new StringBuilder();
        int snippets = 0;
        while (m.find()) {
            snippets++;
            String region = region(ROOT.resolve(m.group(1)), m.group(2));
            if (Boolean.getBoolean("docs.update")) {
                m.appendReplacement(updated, Matcher.quoteReplacement(
                        "<!-- snippet: " + m.group(1) + "#" + m.group(2) + " -->\n```" + m.group(3) + "\n" + region
                        + "```"));
            } else {
                assertThat(m.group(4)).as("%s: the block of %s#%s (run with -Ddocs.update=true to refresh)", guide,
                        m.group(1), m.group(2)).isEqualTo(region);
            }
        }
        assertThat(snippets).as("snippets in %s", guide).isPositive();
        if (Boolean.getBoolean("docs.update")) {
            m.appendTail(updated);
            Files.writeString(file, updated.toString());
        }
    }

    /** The lines between the tag markers, with their common indentation removed. */
    private static String region(Path source, String tag) throws IOException {
        List<String> lines = Files.readAllLines(source);
        int start = indexOf(lines, "tag::" + tag + "[]", source);
        int end = indexOf(lines, "end::" + tag + "[]", source);
        List<String> body = lines.subList(start + 1, end);
        int indent = body.stream().filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return body.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).collect(Collectors.joining("\n"))
               + "\n";
    }

    private static int indexOf(List<String> lines, String marker, Path source) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().endsWith(marker)) {
                return i;
            }
        }
        throw new AssertionError("No " + marker + " in " + source);
    }
}
