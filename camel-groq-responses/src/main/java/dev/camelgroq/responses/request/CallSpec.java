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
