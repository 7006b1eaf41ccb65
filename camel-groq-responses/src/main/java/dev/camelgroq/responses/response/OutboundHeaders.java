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
package dev.camelgroq.responses.response;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.http.HttpAnswer;
import org.apache.camel.Message;

/**
 * The one place that writes the component's headers onto a message it hands on: the answer's headers and the flow's
 * totals when an exchange completes, the end state of a streamed call that failed or stayed incomplete, the time to
 * first token of a streamed call, the conversation to continue from when the route runs function calls itself, and
 * the sequence and item id of each delta sent to {@code streamTo}. Callers compute the values; this class names
 * them. A value the answer does not carry leaves no header.
 */
public final class OutboundHeaders {

    /** What one exchange's flow counted over all its model calls, as its headers report it. */
    public record Totals(int modelCalls, int retries, long rateLimitWaitMillis, int toolIterations,
                         List<Map<String, Object>> toolCalls, int repairs, long inputTokens, long outputTokens,
                         long totalTokens) {
    }

    private OutboundHeaders() {
    }

    /**
     * The headers of a final answer (its output, id, status, usage, timing, reasoning, request id and rate limits) and,
     * when given, the flow's {@code totals}, written in one go.
     */
    public static void answer(Message message, ParsedResponse response, HttpAnswer answer, RateLimitHeaders limits,
                              Totals totals) {
        HeaderBatch headers = new HeaderBatch();
        headers.set(GroqResponsesConstants.OUTPUT_TEXT, response.outputText())
                .set(GroqResponsesConstants.OUTPUT, response.output())
                .set(GroqResponsesConstants.STATUS, response.status())
                .set(GroqResponsesConstants.INCOMPLETE_REASON, response.incompleteReason())
                .set(GroqResponsesConstants.RESPONSE_ID, response.id())
                .set(GroqResponsesConstants.RESPONSE_MODEL, response.model());
        Long outputTokens = response.outputTokens();
        headers.set(GroqResponsesConstants.INPUT_TOKENS, response.inputTokens())
                .set(GroqResponsesConstants.OUTPUT_TOKENS, outputTokens)
                .set(GroqResponsesConstants.TOTAL_TOKENS, response.totalTokens())
                .set(GroqResponsesConstants.CACHED_TOKENS, response.cachedTokens())
                .set(GroqResponsesConstants.REASONING_TOKENS,
                        response.reasoningTokens());
        Double completion = response.timing("completion_time");
        headers.set(GroqResponsesConstants.QUEUE_TIME, response.timing("queue_time"))
                .set(GroqResponsesConstants.PROMPT_TIME, response.timing("prompt_time"))
                .set(GroqResponsesConstants.COMPLETION_TIME, completion)
                .set(GroqResponsesConstants.TOTAL_TIME, response.timing("total_time"));
        if (completion != null && completion > 0 && outputTokens != null) {
            headers.set(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND, outputTokens / completion);
        }
        headers.set(GroqResponsesConstants.REASONING, response.reasoning())
                .set(GroqResponsesConstants.FUNCTION_CALLS, response.functionCalls())
                .set(GroqResponsesConstants.REQUEST_ID, answer.header("x-request-id"));
        rateLimits(headers, limits);
        if (totals != null) {
            totals(headers, totals);
        }
        headers.writeTo(message);
    }

    /**
     * The status, incomplete reason and id of a response that did not complete (a streamed call that failed or
     * stayed incomplete), as far as it carries them.
     */
    public static void endState(Message message, JsonNode response) {
        new HeaderBatch().set(GroqResponsesConstants.STATUS, response.path("status").asText(null))
                .set(GroqResponsesConstants.INCOMPLETE_REASON,
                        response.path("incomplete_details").path("reason").asText(null))
                .set(GroqResponsesConstants.RESPONSE_ID, response.path("id").asText(null))
                .writeTo(message);
    }

    /** The rate-limit counters Groq sent with an answer. */
    static void rateLimits(Message message, RateLimitHeaders limits) {
        rateLimits(new HeaderBatch(), limits).writeTo(message);
    }

    private static HeaderBatch rateLimits(HeaderBatch headers, RateLimitHeaders limits) {
        return headers.set(GroqResponsesConstants.RATE_LIMIT_REMAINING_REQUESTS, limits.remainingRequests())
                .set(GroqResponsesConstants.RATE_LIMIT_REMAINING_TOKENS, limits.remainingTokens())
                .set(GroqResponsesConstants.RATE_LIMIT_RESET_REQUESTS, limits.resetRequestsMillis())
                .set(GroqResponsesConstants.RATE_LIMIT_RESET_TOKENS, limits.resetTokensMillis());
    }

    /** The flow's totals; written when the exchange completes, with an answer or with a failure. */
    public static void totals(Message message, Totals totals) {
        totals(new HeaderBatch(), totals).writeTo(message);
    }

    private static HeaderBatch totals(HeaderBatch headers, Totals totals) {
        return headers.set(GroqResponsesConstants.RETRIES, totals.retries())
                .set(GroqResponsesConstants.RATE_LIMIT_WAIT, totals.rateLimitWaitMillis())
                .set(GroqResponsesConstants.MODEL_CALLS, totals.modelCalls())
                .set(GroqResponsesConstants.TOOL_ITERATIONS, totals.toolIterations())
                .set(GroqResponsesConstants.TOOL_CALLS, totals.toolCalls())
                .set(GroqResponsesConstants.REPAIRS, totals.repairs())
                .set(GroqResponsesConstants.LOOP_INPUT_TOKENS, totals.inputTokens())
                .set(GroqResponsesConstants.LOOP_OUTPUT_TOKENS, totals.outputTokens())
                .set(GroqResponsesConstants.LOOP_TOTAL_TOKENS, totals.totalTokens());
    }

    /** The conversation so far, answer included, for a route that runs the answer's function calls itself. */
    public static void conversation(Message message, List<Map<String, Object>> items) {
        message.setHeader(GroqResponsesConstants.CONVERSATION, items);
    }

    /** Milliseconds from the start of the streamed attempt to its first delta. */
    public static void timeToFirstToken(Message message, long millis) {
        message.setHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN, millis);
    }

    /** The headers of one delta message sent to {@code streamTo}: its event's sequence number and output item id. */
    public static void delta(Message message, Long sequence, String itemId) {
        message.setHeader(GroqResponsesConstants.STREAM_SEQUENCE, sequence);
        message.setHeader(GroqResponsesConstants.STREAM_ITEM_ID, itemId);
    }
}
