package dev.camelgroq.responses.response;

import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.http.HttpAnswer;
import org.apache.camel.Message;

/** Writes a successful answer onto the message: the output text as body and every header of the contract. */
public final class ResponseMapper {

    private ResponseMapper() {
    }

    public static void apply(ParsedResponse response, HttpAnswer answer, RateLimitHeaders limits, Message message) {
        message.setBody(response.outputText());
        message.setHeader(GroqResponsesConstants.OUTPUT_TEXT, response.outputText());
        message.setHeader(GroqResponsesConstants.OUTPUT, response.output());
        set(message, GroqResponsesConstants.RESPONSE_ID, response.root().path("id").asText(null));
        set(message, GroqResponsesConstants.RESPONSE_MODEL, response.root().path("model").asText(null));
        set(message, GroqResponsesConstants.STATUS, response.status());
        set(message, GroqResponsesConstants.INCOMPLETE_REASON,
                response.root().path("incomplete_details").path("reason").asText(null));
        set(message, GroqResponsesConstants.INPUT_TOKENS, response.usage("input_tokens"));
        set(message, GroqResponsesConstants.OUTPUT_TOKENS, response.usage("output_tokens"));
        set(message, GroqResponsesConstants.TOTAL_TOKENS, response.usage("total_tokens"));
        set(message, GroqResponsesConstants.CACHED_TOKENS, response.usage("input_tokens_details/cached_tokens"));
        set(message, GroqResponsesConstants.REASONING_TOKENS, response.usage("output_tokens_details/reasoning_tokens"));
        set(message, GroqResponsesConstants.QUEUE_TIME, response.timing("queue_time"));
        set(message, GroqResponsesConstants.PROMPT_TIME, response.timing("prompt_time"));
        Double completion = response.timing("completion_time");
        set(message, GroqResponsesConstants.COMPLETION_TIME, completion);
        set(message, GroqResponsesConstants.TOTAL_TIME, response.timing("total_time"));
        Long outputTokens = response.usage("output_tokens");
        if (completion != null && completion > 0 && outputTokens != null) {
            message.setHeader(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND, outputTokens / completion);
        }
        set(message, GroqResponsesConstants.REASONING, response.reasoning());
        message.setHeader(GroqResponsesConstants.FUNCTION_CALLS, response.functionCalls());
        set(message, GroqResponsesConstants.REQUEST_ID, answer.header("x-request-id"));
        limits.applyTo(message);
    }

    private static void set(Message message, String name, Object value) {
        if (value != null) {
            message.setHeader(name, value);
        }
    }
}
