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

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.Message;

/**
 * An {@link AggregationStrategy} for {@code split()} and {@code aggregate()} around {@code groq-responses} calls: the
 * result's body is the list of the parts' bodies in their original order, and its usage and timing headers are the
 * sums over the parts, under the same names the component sets on each call ({@code CamelGroqResponsesInputTokens},
 * {@code ...TotalTokens}, {@code ...CompletionTime}, ...), so a step after the split reads the whole job's cost the
 * way it reads one call's. {@code CamelGroqResponsesOutputTokensPerSecond} is recomputed from the sums.
 * <p>
 * Order: a part's position is its {@code CamelSplitIndex} (set by {@code split()}, also with
 * {@code parallelProcessing} and {@code streaming}); otherwise the header or exchange property named by
 * {@link #setPositionHeader(String)} (for {@code aggregate()}, e.g. a sequence number set by the producer); otherwise
 * arrival order. Parts with the same position keep their arrival order.
 * <p>
 * A failed part (an exchange with an exception) is never dropped silently: by default the first failure is set on
 * the result, so the route's error handling sees it as it would without a strategy. With
 * {@link #setContinueOnFailure(boolean) continueOnFailure} the failed part's slot in the list is {@code null} and it
 * is counted in {@link #FAILED_PARTS}.
 * <p>
 * A part's usage header that is not a number (a {@link Number}, or text holding one) fails the aggregation with an
 * {@link IllegalArgumentException} naming the header, rather than being skipped: a sum that silently left a part out
 * would under-report the cost. Token sums stop at {@link Long#MAX_VALUE} instead of overflowing.
 * <p>
 * Headers that describe a single call ({@code CamelGroqResponsesOutputText}, {@code ...ResponseId}, rate-limit
 * state, ...) are not carried onto the result. The running totals live on the aggregated exchange, so one instance
 * serves any number of splits and groups at the same time. They are kept in an exchange property until the group
 * completes, so with {@code aggregate()} use the default in-memory aggregation repository, not a persistent one.
 */
public class GroqUsageAggregationStrategy implements AggregationStrategy {

    /** Header on the result: how many parts were aggregated (Integer), failed ones included. */
    public static final String AGGREGATED_PARTS = "CamelGroqResponsesAggregatedParts";
    /** Header on the result: how many parts failed (Integer); only with {@code continueOnFailure}. */
    public static final String FAILED_PARTS = "CamelGroqResponsesFailedParts";

    /** Exchange property on the aggregated exchange holding the parts collected so far. */
    static final String PARTS_PROPERTY = "CamelGroqResponsesAggregationParts";

    static final List<String> TOKEN_HEADERS = List.of(GroqResponsesConstants.INPUT_TOKENS,
            GroqResponsesConstants.OUTPUT_TOKENS, GroqResponsesConstants.TOTAL_TOKENS,
            GroqResponsesConstants.CACHED_TOKENS, GroqResponsesConstants.REASONING_TOKENS);
    static final List<String> TIME_HEADERS = List.of(GroqResponsesConstants.QUEUE_TIME,
            GroqResponsesConstants.PROMPT_TIME, GroqResponsesConstants.COMPLETION_TIME,
            GroqResponsesConstants.TOTAL_TIME);

    private String positionHeader;
    private boolean continueOnFailure;

    /** The header or exchange property that gives a part's position when it has no {@code CamelSplitIndex}. */
    public String getPositionHeader() {
        return positionHeader;
    }

    /**
     * Names a header (or, when there is no such header, an exchange property) holding a part's position, a number;
     * used for parts that carry no {@code CamelSplitIndex}, typically with {@code aggregate()}. A part whose value
     * is not a number fails the aggregation with a message naming this header.
     */
    public void setPositionHeader(String positionHeader) {
        this.positionHeader = positionHeader;
    }

    /** Whether failed parts are counted and aggregation goes on instead of failing the result. */
    public boolean isContinueOnFailure() {
        return continueOnFailure;
    }

    /**
     * {@code false} (default): the first failed part's exception is set on the result. {@code true}: failed parts
     * leave {@code null} in their slot and are counted in {@link #FAILED_PARTS}.
     */
    public void setContinueOnFailure(boolean continueOnFailure) {
        this.continueOnFailure = continueOnFailure;
    }

    @Override
    public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
        if (newExchange == null) {
            // nothing to add (a completion without a new part): the totals so far, or nothing at all
            return oldExchange;
        }
        Exchange result = oldExchange != null ? oldExchange : newExchange;
        @SuppressWarnings("unchecked")
        List<Part> parts = result.getProperty(PARTS_PROPERTY, List.class);
        if (parts == null) {
            parts = new ArrayList<>();
            result.setProperty(PARTS_PROPERTY, parts);
        }
        Message part = newExchange.getMessage();
        boolean failed = newExchange.getException() != null;
        parts.add(new Part(position(newExchange), parts.size(), failed ? null : part.getBody(), failed));
        if (failed && !continueOnFailure) {
            if (result.getException() == null) {
                result.setException(newExchange.getException());
            }
        } else if (failed && result == newExchange) {
            result.setException(null);
        }
        Message totals = result.getMessage();
        if (result == newExchange) {
            totals.getHeaders().keySet().removeIf(GroqUsageAggregationStrategy::perCallHeader);
            // the first part's values start the sums: checked like every later part's
            TOKEN_HEADERS.forEach(name -> start(totals, name, UsageValues.whole(part, name)));
            TIME_HEADERS.forEach(name -> start(totals, name, UsageValues.seconds(part, name)));
        } else {
            TOKEN_HEADERS.forEach(name -> add(totals, name, UsageValues.whole(part, name)));
            TIME_HEADERS.forEach(name -> add(totals, name, UsageValues.seconds(part, name)));
        }
        totals.setHeader(AGGREGATED_PARTS, parts.size());
        if (continueOnFailure) {
            totals.setHeader(FAILED_PARTS, (int) parts.stream().filter(Part::failed).count());
        }
        Long outputTokens = totals.getHeader(GroqResponsesConstants.OUTPUT_TOKENS, Long.class);
        Double completion = totals.getHeader(GroqResponsesConstants.COMPLETION_TIME, Double.class);
        if (outputTokens != null && completion != null && completion > 0) {
            totals.setHeader(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND, outputTokens / completion);
        }
        return result;
    }

    /** Replaces the body with the parts' bodies in order and removes the working property. */
    @Override
    public void onCompletion(Exchange exchange) {
        if (exchange == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<Part> parts = exchange.getProperty(PARTS_PROPERTY, List.class);
        if (parts == null) {
            return;
        }
        exchange.removeProperty(PARTS_PROPERTY);
        List<Object> bodies = new ArrayList<>(parts.size());
        parts.stream().sorted(Part.ORDER).forEach(p -> bodies.add(p.body()));
        exchange.getMessage().setBody(bodies);
    }

    private long position(Exchange part) {
        Integer splitIndex = part.getProperty(Exchange.SPLIT_INDEX, Integer.class);
        if (splitIndex != null) {
            return splitIndex;
        }
        if (positionHeader == null) {
            return Long.MAX_VALUE;
        }
        Object value = part.getMessage().getHeader(positionHeader);
        if (value == null) {
            value = part.getProperty(positionHeader);
        }
        if (value == null) {
            return Long.MAX_VALUE;
        }
        try {
            return Long.parseLong(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("GroqUsageAggregationStrategy positionHeader '" + positionHeader
                                               + "' must hold a whole number, but a part has '" + value
                                               + "': set it to the part's sequence number", e);
        }
    }

    /** A header that describes one call only (output text, response id, ...): not carried onto the result. */
    private static boolean perCallHeader(String name) {
        return name.startsWith("CamelGroqResponses") && !TOKEN_HEADERS.contains(name) && !TIME_HEADERS.contains(name);
    }

    private static void start(Message totals, String name, Object value) {
        if (value == null) {
            totals.removeHeader(name);
        } else {
            totals.setHeader(name, value);
        }
    }

    private static void add(Message totals, String name, Long value) {
        if (value != null) {
            Long sum = totals.getHeader(name, Long.class);
            totals.setHeader(name, sum == null ? value : UsageValues.saturatedSum(sum, value));
        }
    }

    private static void add(Message totals, String name, Double value) {
        if (value != null) {
            Double sum = totals.getHeader(name, Double.class);
            totals.setHeader(name, sum == null ? value : sum + value);
        }
    }

    /** One aggregated part: its position, arrival number (breaks ties), body (null when failed). */
    private record Part(long position, int arrival, Object body, boolean failed) {
        static final Comparator<Part> ORDER = Comparator.comparingLong(Part::position).thenComparingInt(Part::arrival);
    }
}
