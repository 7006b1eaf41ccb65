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
package dev.camelgroq.responses.test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import com.networknt.schema.AnnotationKeyword;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;

/**
 * What Groq's Responses API accepts, from Groq's own words: the {@code CreateResponseRequest} schema of Groq's
 * published OpenAPI specification ({@code groq/groq-openapi.yaml}, shipped with its MIT licence and a note of its
 * origin), read by networknt's JSON-schema validator in its OpenAPI 3.0 dialect ({@code nullable}; each
 * {@code discriminator} read as OpenAPI defines it), widened only by the documented extensions of
 * {@code groq/groq-extensions.yaml} (image input, built-in and MCP tools, MCP approval items, and the fields Groq's
 * page says it does not support yet).
 * <p>
 * Loaded once per class loader; thread-safe.
 */
public final class GroqRequestSchema {

    private static final String BASE = "/dev/camelgroq/responses/test/groq/";
    private static final String DOCUMENT = "https://groq-emulator.invalid/groq-openapi.json";
    private static final String PUBLISHED = "Published";

    /** One violation: Groq's error {@code param} (the offending field path, such as {@code input[1].role}) and why. */
    public record Violation(String param, String message) {
    }

    private static final class Holder {
        static final GroqRequestSchema INSTANCE = load();
    }

    private final JsonSchema schema;
    private final Set<String> fields;
    private final Set<String> unsupported;

    private GroqRequestSchema(JsonSchema schema, Set<String> fields, Set<String> unsupported) {
        this.schema = schema;
        this.fields = fields;
        this.unsupported = unsupported;
    }

    /** The schema, loaded from the test kit's resources on first use. */
    public static GroqRequestSchema get() {
        return Holder.INSTANCE;
    }

    /** The top-level request fields {@code CreateResponseRequest} lists (it allows no others). */
    public Set<String> fields() {
        return fields;
    }

    /** The fields Groq's documentation page says it does not support yet (refused although two are in the schema). */
    public Set<String> unsupported() {
        return unsupported;
    }

    /** The violation Groq would report for this request body, or {@code null} when Groq accepts it. */
    public Violation check(JsonNode body) {
        if (body == null || !body.isObject()) {
            return new Violation(null, "the request body must be a JSON object");
        }
        for (Iterator<String> names = body.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (unsupported.contains(name)) {
                return new Violation(name, "'" + name + "' is not supported by Groq's Responses API");
            }
        }
        Set<ValidationMessage> messages = schema.validate(body);
        return messages.isEmpty() ? null : explain(messages);
    }

    /**
     * The one finding that says what to fix. A request that fails a {@code oneOf} fails every alternative; the
     * alternatives that do not apply to it (another or no {@code type}, another JSON type) are set aside, and the most
     * specific finding of the one that applies is reported. When none applies, the discriminating field is.
     */
    private static Violation explain(Set<ValidationMessage> messages) {
        Set<String> wrongBranches = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            String path = m.getEvaluationPath().toString();
            int branch = path.lastIndexOf("oneOf[");
            if (branch < 0) {
                continue;
            }
            String prefix = path.substring(0, path.indexOf(']', branch) + 1);
            String rest = path.substring(prefix.length());
            boolean tagMismatch = "enum".equals(m.getType())
                                  && rest.matches("(\\['\\$ref'\\])?\\.properties\\.type\\.enum");
            boolean shapeMismatch = ("type".equals(m.getType()) || "not".equals(m.getType()))
                                    && !rest.contains("properties");
            boolean tagMissing = "required".equals(m.getType()) && "type".equals(m.getProperty())
                                 && rest.matches("(\\['\\$ref'\\])?\\.required");
            if (tagMismatch || shapeMismatch || tagMissing) {
                wrongBranches.add(prefix);
            }
        }
        List<ValidationMessage> applicable = new ArrayList<>();
        for (ValidationMessage m : messages) {
            String path = m.getEvaluationPath().toString();
            if (wrongBranches.stream().noneMatch(path::startsWith) && !isVague(m)) {
                applicable.add(m);
            }
        }
        if (!applicable.isEmpty()) {
            ValidationMessage best = applicable.stream().max(Comparator.comparingInt(GroqRequestSchema::specificity))
                    .orElseThrow();
            String param = param(best);
            return new Violation(param, "'" + (param == null ? "body" : param) + "': " + stripPath(best));
        }
        // no alternative applies: report the outermost "type" that matches none, and the values it may take
        ValidationMessage shallowest = messages.stream()
                .max(Comparator.comparingInt(m -> "enum".equals(m.getType())
                                                  && String.valueOf(param(m)).endsWith("type")
                        ? 1000 - m.getInstanceLocation().getNameCount() : -m.getInstanceLocation().getNameCount()))
                .orElseThrow();
        String param = param(shallowest);
        Set<String> accepted = new LinkedHashSet<>();
        for (ValidationMessage m : messages) {
            if ("enum".equals(m.getType()) && param != null && param.equals(param(m))) {
                m.getSchemaNode().forEach(v -> accepted.add(v.asText()));
            }
        }
        String value = shallowest.getInstanceNode() == null ? "" : " " + shallowest.getInstanceNode();
        return new Violation(param, "'" + (param == null ? "body" : param) + "':" + value
                                    + (accepted.isEmpty() ? " " + stripPath(shallowest)
                                            : " is not one of the accepted values " + accepted));
    }

    private static boolean isVague(ValidationMessage m) {
        return "oneOf".equals(m.getType()) || "anyOf".equals(m.getType()) || "not".equals(m.getType());
    }

    /** Deeper findings say more about what to fix; a wrong value says more than a missing field. */
    private static int specificity(ValidationMessage m) {
        int depth = m.getInstanceLocation().getNameCount() + (m.getProperty() != null ? 1 : 0);
        return depth * 2 + ("required".equals(m.getType()) ? 0 : 1);
    }

    /** The offending field path in Groq's style: {@code input[0].content[1].type}, {@code service_tier}. */
    static String param(ValidationMessage m) {
        JsonNodePath location = m.getInstanceLocation();
        StringBuilder path = new StringBuilder();
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            if (element instanceof Integer) {
                path.append('[').append(element).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(element);
            }
        }
        String property = m.getProperty();
        if (property != null && ("additionalProperties".equals(m.getType()) || "required".equals(m.getType()))) {
            path.append(path.length() == 0 ? "" : ".").append(property);
        }
        return path.length() == 0 ? null : path.toString();
    }

    private static String stripPath(ValidationMessage m) {
        String text = m.getMessage();
        int colon = text.indexOf(": ");
        return text.startsWith("$") && colon > 0 ? text.substring(colon + 2) : text;
    }

    private static GroqRequestSchema load() {
        ObjectMapper yaml = new YAMLMapper();
        ObjectNode spec = (ObjectNode) read(yaml, "groq-openapi.yaml");
        JsonNode extensions = read(yaml, "groq-extensions.yaml");
        ObjectNode schemas = (ObjectNode) spec.path("components").path("schemas");
        for (Iterator<Map.Entry<String, JsonNode>> it = extensions.path("schemas").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode published = schemas.get(e.getKey());
            if (published != null) {
                schemas.set(PUBLISHED + e.getKey(), published);
            }
            schemas.set(e.getKey(), e.getValue());
        }
        readDiscriminators(schemas);
        Set<String> fields = new LinkedHashSet<>();
        schemas.path("CreateResponseRequest").path("properties").fieldNames().forEachRemaining(fields::add);
        Set<String> unsupported = new LinkedHashSet<>();
        extensions.path("unsupported").forEach(f -> unsupported.add(f.asText()));

        ObjectNode root = new ObjectMapper().createObjectNode();
        root.put("$ref", "#/components/schemas/CreateResponseRequest");
        root.set("components", spec.get("components"));
        JsonMetaSchema dialect = JsonMetaSchema.builder(OpenApi30.getInstance())
                .keywords(List.of(new AnnotationKeyword("x-stainless-const"), new AnnotationKeyword("example"),
                        new AnnotationKeyword("examples"), new AnnotationKeyword("deprecated"),
                        new AnnotationKeyword("externalDocs"), new AnnotationKeyword("xml")))
                .build();
        JsonSchemaFactory factory = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(dialect).defaultMetaSchemaIri(dialect.getIri()));
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().pathType(PathType.JSON_PATH)
                .nullableKeywordEnabled(true).build();
        JsonSchema schema = factory.getSchema(SchemaLocation.of(DOCUMENT), root, config);
        schema.initializeValidators();
        return new GroqRequestSchema(schema, Set.copyOf(fields), Set.copyOf(unsupported));
    }

    /**
     * Reads each {@code oneOf} with a {@code discriminator} as OpenAPI 3.0 defines it: when the item carries the
     * discriminating property, only the schema its value maps to applies, so a branch outside the mapping (Groq's easy
     * input message) applies only to items without that property. The keyword itself is then removed, as the
     * validator's own reading of it does not handle schemas nested in other {@code oneOf}s.
     */
    private static void readDiscriminators(JsonNode node) {
        if (node.isObject()) {
            ObjectNode schema = (ObjectNode) node;
            JsonNode discriminator = schema.get("discriminator");
            if (discriminator != null && schema.path("oneOf").isArray()) {
                String property = discriminator.path("propertyName").asText();
                Set<String> mapped = new LinkedHashSet<>();
                discriminator.path("mapping").forEach(ref -> mapped.add(ref.asText()));
                ArrayNode branches = (ArrayNode) schema.get("oneOf");
                for (int i = 0; i < branches.size(); i++) {
                    JsonNode branch = branches.get(i);
                    if (!mapped.contains(branch.path("$ref").asText())) {
                        ObjectNode guarded = JsonNodeFactory.instance.objectNode();
                        guarded.putArray("allOf").add(branch).addObject().putObject("not").putArray("required")
                                .add(property);
                        branches.set(i, guarded);
                    }
                }
                schema.remove("discriminator");
            }
            node.forEach(GroqRequestSchema::readDiscriminators);
        } else if (node.isArray()) {
            node.forEach(GroqRequestSchema::readDiscriminators);
        }
    }

    private static JsonNode read(ObjectMapper yaml, String name) {
        try (InputStream in = GroqRequestSchema.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("The test kit resource " + BASE + name + " is missing");
            }
            return yaml.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + BASE + name, e);
        }
    }
}
