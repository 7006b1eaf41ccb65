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
