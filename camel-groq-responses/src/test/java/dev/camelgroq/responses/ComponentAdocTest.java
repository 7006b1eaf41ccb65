package dev.camelgroq.responses;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;
import java.util.function.Predicate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;
import org.junit.jupiter.api.Test;

/**
 * src/main/docs/groq-responses-component.adoc is the component page in Apache Camel's shape (the attributes Camel's
 * catalog and website read, then options and headers tables), so Camel tooling can show it. Its attribute header and
 * its tables are rendered here from the component JSON the Camel plugin generates from the javadoc; this test fails
 * when they drift. Run it with {@code -Ddocs.update=true} to rewrite them.
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

    @Test
    void optionsAndHeadersMatchTheComponentJson() throws Exception {
        JsonNode root = Json.MAPPER.readTree(JSON.toFile());
        String title = root.path("component").path("title").asText();
        JsonNode endpoint = root.path("properties");
        StringBuilder s = new StringBuilder("== Configuring Options\n\n")
                .append("Options are set on the component (they are defaults for each of its endpoints: in Camel Main and"
                        + " Camel JBang `camel.component.").append(root.path("component").path("name").asText())
                .append(".*` properties) or on the endpoint URI.\n\n");
        s.append(table("Component Options", "The " + title + " component supports %d options, which are listed below.",
                root.path("componentProperties"), p -> true));
        s.append("\n== Endpoint Options\n\nThe ").append(title).append(" endpoint is configured using URI syntax:\n\n")
                .append("----\n").append(root.path("component").path("syntax").asText()).append("\n----\n\n");
        s.append(table("Path Parameters", "The " + title + " endpoint has %d path parameter(s).", endpoint,
                p -> "path".equals(p.path("kind").asText())));
        s.append(table("Query Parameters", "The " + title + " endpoint supports %d query parameters.", endpoint,
                p -> !"path".equals(p.path("kind").asText())));
        s.append(headers(title, root.path("headers")));
        new GeneratedDocSection(ADOC, "// component options: START", "// component options: END", HINT)
                .verify(s.toString(), "");
    }

    private static String table(String heading, String intro, JsonNode properties, Predicate<JsonNode> which) {
        StringBuilder rows = new StringBuilder();
        int count = 0;
        for (Iterator<Map.Entry<String, JsonNode>> it = properties.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode p = e.getValue();
            if ("configuration".equals(e.getKey()) || !which.test(p)) {
                continue;
            }
            count++;
            String name = p.path("multiValue").asBoolean() ? e.getKey() + ".*" : e.getKey();
            rows.append("| *").append(name).append("* (").append(p.path("group").asText()).append(")")
                    .append(p.path("required").asBoolean() ? " *Required*" : "")
                    .append(" | ").append(cell(description(p)))
                    .append(" | ").append(p.has("defaultValue") ? cell(p.get("defaultValue").asText()) : "")
                    .append(" | ").append(cell(simpleType(p.path("javaType").asText()))).append("\n");
        }
        return "=== " + heading + "\n\n" + intro.formatted(count) + "\n\n"
               + "[width=\"100%\",cols=\"2,5,^1,2\",options=\"header\"]\n|===\n| Name | Description | Default | Type\n"
               + rows + "|===\n\n";
    }

    private static String headers(String title, JsonNode headers) {
        StringBuilder rows = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = headers.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode h = e.getValue();
            String constant = h.path("constantName").asText();
            rows.append("| *").append(e.getKey()).append("* (").append(h.path("group").asText()).append(")\n\n")
                    .append("Constant: `").append(constant.substring(constant.lastIndexOf('#') + 1)).append("`")
                    .append(" | ").append(cell(h.path("description").asText()))
                    .append(" | ").append(cell(simpleType(h.path("javaType").asText()))).append("\n");
        }
        return "=== Message Headers\n\nThe " + title + " component supports " + headers.size()
               + " message header(s), which are listed below (constants in `GroqResponsesConstants`).\n\n"
               + "[width=\"100%\",cols=\"2,5,2\",options=\"header\"]\n|===\n| Name | Description | Type\n" + rows
               + "|===\n";
    }

    private static String description(JsonNode p) {
        StringBuilder d = new StringBuilder(p.path("description").asText());
        if (p.has("enum")) {
            StringJoiner values = new StringJoiner(", ", " Enum values: ", ".");
            p.get("enum").forEach(v -> values.add("`" + v.asText() + "`"));
            d.append(values);
        }
        if (p.path("secret").asBoolean()) {
            d.append(" (secret)");
        }
        return d.toString();
    }

    /** {@code java.util.Map<java.lang.String, java.lang.Object>} becomes {@code Map}, as in Camel's pages. */
    private static String simpleType(String javaType) {
        String raw = javaType.contains("<") ? javaType.substring(0, javaType.indexOf('<')) : javaType;
        return raw.substring(raw.lastIndexOf('.') + 1);
    }

    private static String cell(String text) {
        return text.replace("|", "\\|").replace("\n", " ");
    }
}
