package dev.camelgroq.responses.request;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One exchange's call, resolved once by {@link RequestMapper} from the endpoint's options, the header overrides and
 * the request fields the route lets bodies (and {@code additionalBodyProperty}) set. The flow, the caller, the
 * rate-limit governor, the streaming and the observers read their values here: the request JSON is built from these
 * values and sent, never read back.
 *
 * @param model           the model the request names
 * @param schema          the JSON schema the answer must match ({@code text.format.schema}), or null
 * @param optionSchema    whether {@code schema} is the endpoint's own schema (jsonSchema / outputClass), whose
 *                        structured-output contract (and output class) the endpoint prepared at start
 * @param maxOutputTokens the output token cap the request sends, or null
 * @param stream          whether the exchange streams (option, header or request field)
 */
public record CallSpec(String model, JsonNode schema, boolean optionSchema, Long maxOutputTokens, boolean stream) {
}
