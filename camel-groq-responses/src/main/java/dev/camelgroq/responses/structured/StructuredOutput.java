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
package dev.camelgroq.responses.structured;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.request.Json;

/**
 * An endpoint's structured-output contract: the schema the answer must match (validated locally before it becomes the
 * body), how many repairs are allowed, and what the body becomes (an instance of outputClass, a Map, or the JSON text).
 */
public final class StructuredOutput {

    /** The answer checked: the parsed document (null when not JSON) and the problems (empty when valid). */
    public record Check(JsonNode document, List<String> problems) {
        public boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final JsonNode schema;
    private final SchemaValidator validator;
    private final Class<?> outputClass;
    private final boolean asMap;
    private final int retries;

    public StructuredOutput(JsonNode schema, Class<?> outputClass, boolean asMap, int retries) {
        this.schema = schema;
        this.validator = new SchemaValidator(schema);
        this.outputClass = outputClass;
        this.asMap = asMap;
        this.retries = Math.max(0, retries);
    }

    /** The schema as sent in text.format.schema. */
    public JsonNode schema() {
        return schema;
    }

    public int retries() {
        return retries;
    }

    public Check check(String outputText) {
        JsonNode document;
        try {
            document = Json.MAPPER.readTree(outputText);
        } catch (IOException e) {
            return new Check(null, List.of("the answer is not valid JSON: " + (e instanceof com.fasterxml.jackson.core.JsonProcessingException ? ((com.fasterxml.jackson.core.JsonProcessingException) e).getOriginalMessage() : e.getMessage())));
        }
        if (document == null) {
            return new Check(null, List.of("the answer is empty"));
        }
        return new Check(document, validator.problems(document));
    }

    /** The body for a valid document, or null to keep the JSON text. */
    public Object toBody(JsonNode document) {
        if (outputClass != null) {
            try {
                return Json.MAPPER.treeToValue(document, outputClass);
            } catch (IOException e) {
                throw new IllegalStateException("The answer matches the schema but cannot be read as "
                                                + outputClass.getName() + ": " + e.getMessage(),
                        e);
            }
        }
        return asMap ? Json.MAPPER.convertValue(document, MAP) : null;
    }

    /** The user message that asks the model to fix its answer. */
    public static String repairPrompt(List<String> problems) {
        return "Your previous answer does not match the required JSON schema: " + String.join("; ", problems)
               + ". Answer again with only a JSON document that matches the schema.";
    }
}
