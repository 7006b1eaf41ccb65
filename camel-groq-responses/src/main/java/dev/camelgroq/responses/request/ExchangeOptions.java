package dev.camelgroq.responses.request;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.GroqResponsesConfiguration;
import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.TypeConversionException;

/**
 * The option values in force for one exchange: the endpoint's options with the per-exchange header overrides applied.
 * This is the only place where headers override options.
 */
public record ExchangeOptions(String model, String instructions, JsonNode schema, String reasoningEffort,
                              Double temperature, Integer maxOutputTokens) {

    /** Resolves the options for this exchange; throws naming the header or option when a value is unusable. */
    public static ExchangeOptions resolve(CamelContext context, RequestDefaults defaults, Exchange exchange) {
        GroqResponsesConfiguration config = defaults.config();
        Message in = exchange.getIn();
        String model = header(in, GroqResponsesConstants.MODEL, String.class, config.getModel());
        if (model == null || model.isBlank()) {
            throw new IllegalArgumentException("No model given: set the model option (groq-responses:<name>?model="
                                               + "openai/gpt-oss-20b) or the " + GroqResponsesConstants.MODEL
                                               + " header");
        }
        Object schemaHeader = in.getHeader(GroqResponsesConstants.JSON_SCHEMA);
        JsonNode schema = schemaHeader == null ? defaults.schema()
                : JsonResources.load(context, schemaHeader, "Header " + GroqResponsesConstants.JSON_SCHEMA);
        String effort = Choices.require(
                header(in, GroqResponsesConstants.REASONING_EFFORT, String.class, config.getReasoningEffort()),
                Choices.REASONING_EFFORTS, "Header " + GroqResponsesConstants.REASONING_EFFORT
                                           + " / option reasoningEffort");
        return new ExchangeOptions(model,
                header(in, GroqResponsesConstants.INSTRUCTIONS, String.class, config.getInstructions()),
                schema, effort,
                header(in, GroqResponsesConstants.TEMPERATURE, Double.class, config.getTemperature()),
                header(in, GroqResponsesConstants.MAX_OUTPUT_TOKENS, Integer.class, config.getMaxOutputTokens()));
    }

    // --- streaming (issue 10) ---

    /** Whether this exchange streams: the {@code CamelGroqResponsesStream} header, else {@code fallback}. */
    public static boolean stream(Message in, boolean fallback) {
        Boolean value = header(in, GroqResponsesConstants.STREAM, Boolean.class, fallback);
        return value != null && value;
    }

    // --- end streaming (issue 10) ---

    private static <T> T header(Message in, String name, Class<T> type, T fallback) {
        if (in.getHeader(name) == null) {
            return fallback;
        }
        try {
            return in.getHeader(name, type);
        } catch (TypeConversionException e) {
            throw new IllegalArgumentException("Header " + name + " must be a " + type.getSimpleName() + ", but was '"
                                               + in.getHeader(name) + "'",
                    e);
        }
    }
}
