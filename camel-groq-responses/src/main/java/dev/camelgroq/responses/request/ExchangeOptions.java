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
package dev.camelgroq.responses.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.options.ReasoningEffort;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * The option values in force for one exchange: the endpoint's options with the per-exchange header overrides applied.
 * This is the only place where headers override options (the span decorator asks here too); each header is checked by
 * the same rule as its option ({@link OptionChecks}). Headers are data: they carry inline values only, never resource
 * references. {@code schemaFromHeader} tells whether {@code schema} came from the header rather than the endpoint.
 */
public record ExchangeOptions(String model, String instructions, JsonNode schema, boolean schemaFromHeader,
                              String reasoningEffort, Double temperature, Integer maxOutputTokens) {

    // how an unusable header is named in the error (constants: nothing is built per exchange)
    private static final String JSON_SCHEMA_HEADER = "Header " + GroqResponsesConstants.JSON_SCHEMA;
    private static final String REASONING_EFFORT_HEADER = "Header " + GroqResponsesConstants.REASONING_EFFORT;
    private static final String MODEL_HEADER = "Header " + GroqResponsesConstants.MODEL;
    private static final String INSTRUCTIONS_HEADER = "Header " + GroqResponsesConstants.INSTRUCTIONS;
    private static final String TEMPERATURE_HEADER = "Header " + GroqResponsesConstants.TEMPERATURE;
    private static final String MAX_OUTPUT_TOKENS_HEADER = "Header " + GroqResponsesConstants.MAX_OUTPUT_TOKENS;
    private static final String STREAM_HEADER = "Header " + GroqResponsesConstants.STREAM;

    /** Resolves the options for this exchange; throws naming the header or option when a value is unusable. */
    public static ExchangeOptions resolve(RequestDefaults defaults, Exchange exchange) {
        GroqResponsesConfiguration config = defaults.config();
        Message in = exchange.getIn();
        String model = model(in, config);
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("No model given: set the model option (groq-responses:<name>?model="
                                               + "openai/gpt-oss-20b) or the " + GroqResponsesConstants.MODEL
                                               + " header");
        }
        Object schemaHeader = in.getHeader(GroqResponsesConstants.JSON_SCHEMA);
        JsonNode schema = schemaHeader == null ? defaults.schema()
                : JsonResources.inline(schemaHeader, JSON_SCHEMA_HEADER);
        if (schema != null && !schema.isObject()) {
            throw new IllegalArgumentException(JSON_SCHEMA_HEADER + " must be a JSON object (a JSON schema)");
        }
        ReasoningEffort effort = or(OptionChecks.choice(ReasoningEffort.class,
                in.getHeader(GroqResponsesConstants.REASONING_EFFORT), REASONING_EFFORT_HEADER),
                config.getReasoningEffort());
        return new ExchangeOptions(model, instructions(in, config), schema, schemaHeader != null,
                effort == null ? null : effort.value(), temperature(in, config), maxOutputTokens(in, config));
    }

    /** The model: the {@code CamelGroqResponsesModel} header, else the option (may be null). */
    public static String model(Message in, GroqResponsesConfiguration config) {
        return or(OptionChecks.notBlank(in.getHeader(GroqResponsesConstants.MODEL), MODEL_HEADER),
                config.getModel());
    }

    /** The instructions: the {@code CamelGroqResponsesInstructions} header, else the option. */
    public static String instructions(Message in, GroqResponsesConfiguration config) {
        return or(OptionChecks.notBlank(in.getHeader(GroqResponsesConstants.INSTRUCTIONS),
                INSTRUCTIONS_HEADER), config.getInstructions());
    }

    /** The temperature: the {@code CamelGroqResponsesTemperature} header, else the option. */
    public static Double temperature(Message in, GroqResponsesConfiguration config) {
        return or(OptionChecks.temperature(OptionChecks.decimalNumber(
                in.getHeader(GroqResponsesConstants.TEMPERATURE), TEMPERATURE_HEADER),
                TEMPERATURE_HEADER), config.getTemperature());
    }

    /** The output token cap: the {@code CamelGroqResponsesMaxOutputTokens} header, else the option. */
    public static Integer maxOutputTokens(Message in, GroqResponsesConfiguration config) {
        return or(OptionChecks.maxOutputTokens(OptionChecks.wholeNumber(
                in.getHeader(GroqResponsesConstants.MAX_OUTPUT_TOKENS), MAX_OUTPUT_TOKENS_HEADER),
                MAX_OUTPUT_TOKENS_HEADER), config.getMaxOutputTokens());
    }

    /** Whether this exchange streams: the {@code CamelGroqResponsesStream} header, else {@code fallback}. */
    public static boolean stream(Message in, boolean fallback) {
        Boolean value = OptionChecks.bool(in.getHeader(GroqResponsesConstants.STREAM),
                STREAM_HEADER);
        return value != null ? value : fallback;
    }

    private static <T> T or(T value, T fallback) {
        return value != null ? value : fallback;
    }
}
