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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.camel.CamelContext;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;

import static org.assertj.core.api.Assertions.assertThat;

/** Loads a YAML block of a guide in docs/ into a CamelContext, exactly as written there. */
final class GuideYaml {

    private GuideYaml() {
    }

    /** Loads the {@code index}-th (from 0) yaml block of {@code docs/<guide>}. */
    static void load(CamelContext context, String guide, int index) throws Exception {
        Matcher m = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL).matcher(read(guide));
        for (int i = 0; i <= index; i++) {
            assertThat(m.find()).as("yaml block " + i + " in " + guide).isTrue();
        }
        PluginHelper.getRoutesLoader(context).loadRoutes(
                ResourceHelper.fromString(guide.replace(".md", "-" + index + ".yaml"), m.group(1)));
    }

    private static String read(String guide) throws IOException {
        return Files.readString(Path.of("../docs", guide));
    }
}
