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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The component's code map (docs/architecture.md) as a check: every main class sits on a floor, and a class may use
 * classes of its own floor or of floors below, never above. Read from the sources (imports, and same-package names,
 * which need no import), so a new upward dependency fails the build with the class and the import that breaks it.
 */
class PackageLayersTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final String BASE = "dev.camelgroq.responses";

    /**
     * The floors, lowest first. Public API types that users name (the configuration, constants, the exception family
     * root, the option enums, the SPI types) are the floor everything stands on, whatever package they live in.
     */
    private static final List<String> FLOORS = List.of("api", "request", "http", "response structured", "ratelimit",
            "call", "tools memory stream", "flow", "observe", "top");

    /** Classes (simple package-relative names) on the api floor besides the options and secrets packages. */
    private static final Set<String> API = Set.of("GroqResponsesConfiguration", "GroqResponsesCallOptions",
            "GroqResponsesToolOptions", "GroqResponsesConstants",
            "GroqResponsesException", "memory.ConversationStore", "memory.StoredConversation", "memory.StoredTurn",
            "tools.GroqTool", "tools.McpServer");

    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?" + Pattern.quote(BASE)
                                                          + "\\.((?:[a-z]+\\.)?[A-Z]\\w*)", Pattern.MULTILINE);

    /** Package-relative class name (e.g. {@code call.ResponsesCaller}, {@code GroqResponsesEndpoint}) to source. */
    private static final Map<String, String> SOURCES = new LinkedHashMap<>();

    @BeforeAll
    static void read() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve(BASE.replace('.', '/')))) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java")).sorted()::iterator) {
                String rel = MAIN.resolve(BASE.replace('.', '/')).relativize(f).toString().replace('/', '.');
                SOURCES.put(rel.substring(0, rel.length() - ".java".length()), Files.readString(f));
            }
        }
    }

    @Test
    void everyClassUsesOnlyItsOwnFloorOrFloorsBelow() {
        assertThat(SOURCES).as("main sources read").hasSizeGreaterThan(50);
        List<String> upward = new ArrayList<>();
        SOURCES.forEach((name, source) -> {
            int floor = floor(name);
            for (String used : uses(name, source)) {
                if (floor(used) > floor) {
                    upward.add(name + " (" + floorName(name) + ") uses " + used + " (" + floorName(used) + ")");
                }
            }
        });
        assertThat(upward).as("dependencies that run up the floors (see docs/architecture.md)").isEmpty();
    }

    @Test
    void noTwoPackagesUseEachOther() {
        Map<String, Set<String>> packages = new LinkedHashMap<>();
        SOURCES.forEach((name, source) -> uses(name, source).forEach(used -> {
            if (!pkg(used).equals(pkg(name))) {
                packages.computeIfAbsent(pkg(name), k -> new TreeSet<>()).add(pkg(used));
            }
        }));
        List<String> cycles = new ArrayList<>();
        packages.forEach((a, targets) -> targets.forEach(b -> {
            // the root package holds both the API floor and Camel's component/endpoint/producer shape on top
            if (!a.isEmpty() && !b.isEmpty() && a.compareTo(b) < 0
                && packages.getOrDefault(b, Set.of()).contains(a)) {
                cycles.add(a + " <-> " + b);
            }
        }));
        assertThat(packages).as("package dependencies found").isNotEmpty();
        assertThat(cycles).as("pairs of packages that import each other").isEmpty();
    }

    @Test
    void theFloorsAreTheOnesTheCodeMapDocuments() throws IOException {
        String map = Files.readString(Path.of("../docs/architecture.md"));
        for (String floor : FLOORS) {
            for (String part : floor.split(" ")) {
                assertThat(map).as("docs/architecture.md names floor '" + part + "'").contains("`" + part + "`");
            }
        }
    }

    /** The classes of this component that {@code source} uses: imports, and same-package names it mentions. */
    private static Set<String> uses(String name, String source) {
        Set<String> used = new TreeSet<>();
        Matcher m = IMPORT.matcher(source);
        while (m.find()) {
            used.add(m.group(1));
        }
        String code = codeOnly(source);
        String prefix = pkg(name).isEmpty() ? "" : pkg(name) + ".";
        for (String other : SOURCES.keySet()) {
            if (!other.equals(name) && pkg(other).equals(pkg(name))
                && Pattern.compile("\\b" + other.substring(prefix.length()) + "\\b").matcher(code).find()) {
                used.add(other);
            }
        }
        used.retainAll(SOURCES.keySet()); // generated classes (configurers) are the top floor's own
        return used;
    }

    /** The source without comments, string and character literals (a name in a comment is no use). */
    private static String codeOnly(String source) {
        StringBuilder code = new StringBuilder(source.length());
        int i = 0;
        while (i < source.length()) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = end < 0 ? source.length() : end;
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? source.length() : end + 2;
                code.append(' ');
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                while (j < source.length() && source.charAt(j) != c) {
                    j += source.charAt(j) == '\\' ? 2 : 1;
                }
                i = j + 1;
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return code.toString();
    }

    private static int floor(String name) {
        String pkg = pkg(name);
        if (API.contains(name) || pkg.equals("options") || pkg.equals("secrets")) {
            return 0;
        }
        for (int i = 1; i < FLOORS.size() - 1; i++) {
            if (List.of(FLOORS.get(i).split(" ")).contains(pkg)) {
                return i;
            }
        }
        return FLOORS.size() - 1; // the root package's component, endpoint and producer; etl; kamelet
    }

    private static String floorName(String name) {
        return FLOORS.get(floor(name));
    }

    private static String pkg(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(0, dot);
    }
}
