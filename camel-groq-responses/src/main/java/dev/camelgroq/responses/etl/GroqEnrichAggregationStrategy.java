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
package dev.camelgroq.responses.etl;

import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Message;
import org.apache.camel.support.PropertyBindingSupport;

/**
 * An {@link AggregationStrategy} for {@code enrich()} and {@code pollEnrich()} around a {@code groq-responses}
 * call: it puts the model's result (the resource exchange's body) into the original record under a configurable
 * name and copies the {@code CamelGroqResponses*} headers (usage, timing, ids, rate-limit state) onto the record's
 * message, so later steps still see what the call cost.
 * <p>
 * The record (the original body) may be
 * <ul>
 * <li>a {@link Map}: the result is put under the name;</li>
 * <li>a JSON object as {@code String} or {@code byte[]}: the result becomes the field of that name (a POJO or Map
 * result as a JSON object, a String result as JSON when it is JSON text, else as a string); the body stays JSON
 * text;</li>
 * <li>a bean: the result is set on its property of that name (a setter or a public field).</li>
 * </ul>
 * Anything else fails the exchange with an {@link IllegalArgumentException} naming the field and the body type.
 * A failed resource exchange is never merged and its exception is kept: by default Camel's enricher copies the
 * exception onto the original; with {@code aggregateOnException(true)} this strategy does it (the record stays as it
 * was), so the route's error handling (a dead-letter channel, {@code onException(GroqResponsesException.class)}) sees
 * it either way.
 *
 * <pre>
 * from("kafka:reviews")
 *     .enrich("direct:extract", new GroqEnrichAggregationStrategy("insights"))
 *     .to("kafka:reviews-enriched");
 * </pre>
 *
 * In XML or YAML routes, declare it as a bean with the property {@code field} and name that bean as the enrich
 * step's {@code aggregationStrategy}.
 */
public class GroqEnrichAggregationStrategy implements AggregationStrategy {

    /** The field name used when none is given. */
    public static final String DEFAULT_FIELD = "groq";

    private static final String HEADER_PREFIX = "CamelGroqResponses";
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();

    private String field = DEFAULT_FIELD;
    private boolean copyHeaders = true;

    /** Merges under {@value #DEFAULT_FIELD}. */
    public GroqEnrichAggregationStrategy() {
    }

    /** Merges under the given field, Map key or bean property name. */
    public GroqEnrichAggregationStrategy(String field) {
        setField(field);
    }

    /** The field, Map key or bean property the result goes to. */
    public String getField() {
        return field;
    }

    /** Sets the field, Map key or bean property the result goes to. */
    public void setField(String field) {
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("GroqEnrichAggregationStrategy field must not be empty: give the name"
                                               + " of the field, Map key or bean property that receives the result");
        }
        this.field = field;
    }

    /** Whether the {@code CamelGroqResponses*} headers of the call are copied onto the record (default true). */
    public boolean isCopyHeaders() {
        return copyHeaders;
    }

    /** Sets whether the {@code CamelGroqResponses*} headers of the call are copied onto the record. */
    public void setCopyHeaders(boolean copyHeaders) {
        this.copyHeaders = copyHeaders;
    }

    @Override
    public Exchange aggregate(Exchange original, Exchange resource) {
        if (resource == null) {
            return original;
        }
        if (resource.getException() != null) {
            // aggregateOnException(true): the record is left as it was and the failure stays on it
            if (original.getException() == null) {
                original.setException(resource.getException());
            }
            return original;
        }
        Message record = original.getMessage();
        Object result = resource.getMessage().getBody();
        record.setBody(merge(original, record.getBody(), result));
        if (copyHeaders) {
            resource.getMessage().getHeaders().forEach((name, value) -> {
                if (name.startsWith(HEADER_PREFIX)) {
                    record.setHeader(name, value);
                }
            });
        }
        return original;
    }

    private Object merge(Exchange exchange, Object body, Object result) {
        if (body instanceof Map) {
            @SuppressWarnings("unchecked")
            Map<String, Object> map = (Map<String, Object>) body;
            map.put(field, result);
            return map;
        }
        if (body instanceof String || body instanceof byte[]) {
            return mergeJson(exchange.getContext().getTypeConverter().convertTo(String.class, exchange, body), result,
                    body.getClass());
        }
        if (body == null || body instanceof Number || body instanceof Boolean) {
            throw notMergeable(body == null ? "null" : body.getClass().getName());
        }
        boolean bound = PropertyBindingSupport.build().withReference(false).withPlaceholder(false)
                .withIgnoreCase(true).bind(exchange.getContext(), body, field, result);
        if (!bound) {
            throw new IllegalArgumentException("GroqEnrichAggregationStrategy cannot set the result on the record: "
                                               + body.getClass().getName() + " has no writable property '" + field
                                               + "'. Give the strategy the name of a property it has (field), or "
                                               + "use a Map or JSON record");
        }
        return body;
    }

    private String mergeJson(String text, Object result, Class<?> bodyType) {
        JsonNode tree;
        try {
            tree = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (!(tree instanceof ObjectNode)) {
            throw notMergeable(bodyType.getName() + " that is not a JSON object");
        }
        ((ObjectNode) tree).set(field, toJson(result));
        return tree.toString();
    }

    private static JsonNode toJson(Object result) {
        if (result instanceof String) {
            String text = ((String) result).strip();
            if (text.startsWith("{") || text.startsWith("[")) {
                try {
                    return MAPPER.readTree(text);
                } catch (JsonProcessingException e) {
                    // not JSON after all: kept as text below
                }
            }
            return MAPPER.getNodeFactory().textNode((String) result);
        }
        return MAPPER.valueToTree(result);
    }

    private IllegalArgumentException notMergeable(String what) {
        return new IllegalArgumentException("GroqEnrichAggregationStrategy cannot merge the result under '" + field
                                            + "' into a record body of type " + what
                                            + ": the record must be a Map, a JSON object (String or byte[]) or a bean"
                                            + " with that property");
    }
}
