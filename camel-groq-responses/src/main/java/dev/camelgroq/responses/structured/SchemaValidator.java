package dev.camelgroq.responses.structured;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** A schema compiled once (networknt) that checks answers before they become the body. */
public final class SchemaValidator {

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    private final JsonSchema schema;

    public SchemaValidator(JsonNode schema) {
        this.schema = FACTORY.getSchema(schema);
    }

    /** The problems of {@code document}, empty when it conforms. */
    public List<String> problems(JsonNode document) {
        Set<ValidationMessage> messages = schema.validate(document);
        List<String> problems = new ArrayList<>();
        for (ValidationMessage m : messages) {
            problems.add(m.getMessage());
        }
        return problems;
    }
}
