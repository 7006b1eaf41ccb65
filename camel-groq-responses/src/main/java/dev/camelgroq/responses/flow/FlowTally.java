package dev.camelgroq.responses.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.tools.ToolOutcome;
import org.apache.camel.Message;

/** What one exchange's flow counted over all its model calls: usage, retries, waits, tool rounds, repairs. */
final class FlowTally {

    int modelCalls;
    int toolIterations;
    int approvalRounds;
    int repairs;
    private int retries;
    private long rateLimitWait;
    private long inputTokens;
    private long outputTokens;
    private long totalTokens;
    private final List<Map<String, Object>> toolCalls = new ArrayList<>();

    void add(CallResult result) {
        retries += result.attempts() - 1;
        rateLimitWait += result.rateLimitWaitMillis();
        inputTokens += orZero(result.response().usage("input_tokens"));
        outputTokens += orZero(result.response().usage("output_tokens"));
        totalTokens += orZero(result.response().usage("total_tokens"));
    }

    void add(List<ToolOutcome> outcomes) {
        outcomes.forEach(o -> toolCalls.add(o.summary()));
    }

    void applyTo(Message message) {
        message.setHeader(GroqResponsesConstants.RETRIES, retries);
        message.setHeader(GroqResponsesConstants.RATE_LIMIT_WAIT, rateLimitWait);
        message.setHeader(GroqResponsesConstants.MODEL_CALLS, modelCalls);
        message.setHeader(GroqResponsesConstants.TOOL_ITERATIONS, toolIterations);
        message.setHeader(GroqResponsesConstants.TOOL_CALLS, List.copyOf(toolCalls));
        message.setHeader(GroqResponsesConstants.REPAIRS, repairs);
        message.setHeader(GroqResponsesConstants.LOOP_INPUT_TOKENS, inputTokens);
        message.setHeader(GroqResponsesConstants.LOOP_OUTPUT_TOKENS, outputTokens);
        message.setHeader(GroqResponsesConstants.LOOP_TOTAL_TOKENS, totalTokens);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
