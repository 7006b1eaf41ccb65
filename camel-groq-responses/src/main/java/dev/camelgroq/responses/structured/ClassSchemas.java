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

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import dev.camelgroq.responses.request.Json;

/**
 * Generates the JSON schema of a class with victools' generator and its Jackson module: names from
 * {@code @JsonProperty}, descriptions from {@code @JsonPropertyDescription} / {@code @JsonClassDescription}, enums as
 * their values, nested objects, lists and records. Primitive fields and {@code @JsonProperty(required = true)} are
 * required; every object forbids additional properties.
 */
public final class ClassSchemas {

    private static final SchemaGenerator GENERATOR = new SchemaGenerator(configure());

    private ClassSchemas() {
    }

    private static com.github.victools.jsonschema.generator.SchemaGeneratorConfig configure() {
        SchemaGeneratorConfigBuilder builder = new SchemaGeneratorConfigBuilder(Json.MAPPER, SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                        JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE))
                .with(Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT, Option.FLATTENED_ENUMS)
                .without(Option.SCHEMA_VERSION_INDICATOR);
        builder.forFields().withRequiredCheck(field -> field.getType().isPrimitive()
                                                       || isRequiredByAnnotation(field.getAnnotationConsideringFieldAndGetter(JsonProperty.class)));
        return builder.build();
    }

    private static boolean isRequiredByAnnotation(JsonProperty property) {
        return property != null && property.required();
    }

    /** The schema of {@code type}; with {@code strict}, rewritten for Groq's constrained decoding. */
    public static ObjectNode schemaOf(Class<?> type, boolean strict) {
        ObjectNode schema = GENERATOR.generateSchema(type);
        return strict ? StrictSchemas.strictify(schema) : schema;
    }
}
