import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;

/**
 * Writes {@code GroqResponsesComponentConfiguration} from the component's generated JSON (read from the class
 * path, so it is always the JSON of the component being built). Run by the starter's build in generate-sources:
 * {@code java -cp <classpath> StarterConfigurationGenerator <json resource> <output dir>}.
 * <p>
 * One Spring property per component option: scalars keep their type (boxed, so "not set" is null), durations
 * become {@link java.time.Duration} (so {@code 30s} works), multi-value options become {@code Map<String,String>},
 * and bean options a String reference ({@code #bean:name}) that Camel resolves from the Spring registry.
 */
public final class StarterConfigurationGenerator {

    private static final String PACKAGE = "dev.camelgroq.responses.springboot";
    private static final String CLASS = "GroqResponsesComponentConfiguration";

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: StarterConfigurationGenerator <json resource> <output dir>");
        }
        JsonNode model;
        try (InputStream in = StarterConfigurationGenerator.class.getClassLoader().getResourceAsStream(args[0])) {
            if (in == null) {
                throw new IllegalStateException("The component JSON " + args[0]
                        + " is not on the class path: build camel-groq-responses first (run Maven from the root)");
            }
            model = new ObjectMapper().readTree(in);
        }
        String source = generate(model);
        Path file = Path.of(args[1], PACKAGE.replace('.', '/'), CLASS + ".java");
        Files.createDirectories(file.getParent());
        if (!Files.exists(file) || !Files.readString(file).equals(source)) {
            Files.writeString(file, source, StandardCharsets.UTF_8);
        }
    }

    static String generate(JsonNode model) {
        JsonNode component = model.get("component");
        StringBuilder fields = new StringBuilder();
        StringBuilder accessors = new StringBuilder();
        StringBuilder collect = new StringBuilder();
        for (Iterator<Map.Entry<String, JsonNode>> it = model.get("componentProperties").properties().iterator(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            Option option = new Option(entry.getKey(), entry.getValue());
            fields.append(javadoc("    ", option.javadoc()))
                    .append("    private ").append(option.type()).append(' ').append(option.name)
                    .append(option.initializer()).append(";\n\n");
            accessors.append(accessors(option));
            collect.append("        put(options, \"").append(option.name).append("\", ")
                    .append(option.valueExpression()).append(");\n");
        }
        return "package " + PACKAGE + ";\n\n"
                + "import java.time.Duration;\n"
                + "import java.util.LinkedHashMap;\n"
                + "import java.util.Map;\n\n"
                + "import org.apache.camel.spring.boot.ComponentConfigurationPropertiesCommon;\n"
                + "import org.springframework.boot.context.properties.ConfigurationProperties;\n\n"
                + javadoc("", text(component, "description")
                        + "\n<p>\nSpring Boot properties {@code camel.component.groq-responses.*}, one per component option."
                        + "\n<p>\nGenerated at build time from the component's JSON by StarterConfigurationGenerator: do not edit.")
                + "@ConfigurationProperties(prefix = \"camel.component.groq-responses\")\n"
                + "public class " + CLASS + " extends ComponentConfigurationPropertiesCommon {\n\n"
                + fields
                + accessors
                + "    /** The options that are set, by component option name, ready for Camel's property binding. */\n"
                + "    public Map<String, Object> componentOptions() {\n"
                + "        Map<String, Object> options = new LinkedHashMap<>();\n"
                + collect
                + "        return options;\n"
                + "    }\n\n"
                + "    private static void put(Map<String, Object> options, String name, Object value) {\n"
                + "        if (value != null) {\n"
                + "            options.put(name, value);\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    private static String accessors(Option option) {
        String cap = Character.toUpperCase(option.name.charAt(0)) + option.name.substring(1);
        return "    public " + option.type() + " get" + cap + "() {\n"
                + "        return " + option.name + ";\n"
                + "    }\n\n"
                + "    public void set" + cap + "(" + option.type() + " " + option.name + ") {\n"
                + "        this." + option.name + " = " + option.name + ";\n"
                + "    }\n\n";
    }

    private static String javadoc(String indent, String text) {
        StringBuilder out = new StringBuilder(indent).append("/**\n");
        for (String line : text.split("\n")) {
            out.append(indent).append(" * ").append(line).append('\n');
        }
        return out.append(indent).append(" */\n").toString();
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }

    /** One component option and how it looks as a Spring property. */
    private static final class Option {
        final String name;
        final JsonNode json;
        final String kind;

        Option(String name, JsonNode json) {
            this.name = name;
            this.json = json;
            this.kind = kindOf(text(json, "type"), text(json, "javaType"), json.has("multiValue"));
        }

        private static String kindOf(String type, String javaType, boolean multiValue) {
            if (multiValue || javaType.startsWith("java.util.Map")) {
                return "map";
            }
            if ("duration".equals(type)) {
                return "duration";
            }
            switch (javaType) {
                case "java.lang.String":
                    return "String";
                case "int":
                case "java.lang.Integer":
                    return "Integer";
                case "long":
                case "java.lang.Long":
                    return "Long";
                case "boolean":
                case "java.lang.Boolean":
                    return "Boolean";
                case "double":
                case "java.lang.Double":
                    return "Double";
                case "float":
                case "java.lang.Float":
                    return "Float";
                default:
                    // enums (Java enum types included) bind as their documented text values; beans as references
                    return "enum".equals(type) ? "String" : "bean";
            }
        }

        String type() {
            switch (kind) {
                case "map":
                    return "Map<String, String>";
                case "duration":
                    return "Duration";
                case "bean":
                    return "String";
                default:
                    return kind;
            }
        }

        String valueExpression() {
            return "duration".equals(kind) ? name + " == null ? null : " + name + ".toMillis()" : name;
        }

        String initializer() {
            JsonNode node = json.get("defaultValue");
            if (node == null || node.isNull() || "map".equals(kind) || "bean".equals(kind)) {
                return "";
            }
            String value = node.asText();
            switch (kind) {
                case "String":
                    return " = " + quote(value);
                case "Integer":
                case "Boolean":
                    return " = " + value;
                case "Long":
                    return " = " + value + "L";
                case "Double":
                    return " = " + value + "d";
                case "Float":
                    return " = " + value + "f";
                case "duration":
                    // a literal, so that spring-configuration-metadata.json shows the default
                    return " = Duration.ofMillis(" + org.apache.camel.util.TimeUtils.toMilliSeconds(value) + "L)";
                default:
                    return "";
            }
        }

        String javadoc() {
            StringBuilder doc = new StringBuilder(escape(text(json, "description")));
            JsonNode values = json.get("enum");
            if (values != null && values.isArray()) {
                StringBuilder list = new StringBuilder();
                values.forEach(v -> list.append(list.length() == 0 ? "" : ", ").append(v.asText()));
                doc.append("\n<p>\nOne of: ").append(escape(list.toString())).append('.');
            }
            if ("duration".equals(kind)) {
                doc.append("\n<p>\nA duration: 30s, 2m, PT1M, or milliseconds.");
            }
            if ("map".equals(kind)) {
                doc.append("\n<p>\nKeys are the names after the prefix, e.g. ").append(name).append(".key=value.");
            }
            if ("bean".equals(kind)) {
                doc.append("\n<p>\nA reference to a bean of type ").append(escape(text(json, "javaType")))
                        .append(" in the Spring registry: #bean:name (or #name).");
            }
            if (json.path("secret").asBoolean()) {
                doc.append("\n<p>\nA secret: take it from the environment, e.g. ${GROQ_API_KEY}.");
            }
            return doc.toString();
        }

        private static String escape(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("*/", "*&#47;")
                    .replace("@", "&#64;").replace("\\u", "\\\\u");
        }

        private static String quote(String value) {
            return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
        }
    }
}
