package dev.camelgroq.responses.flow;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import dev.camelgroq.responses.call.CallResult;
import dev.camelgroq.responses.response.OutboundHeaders;
import dev.camelgroq.responses.tools.ToolOutcome;

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

    /** The counts so far, for the exchange's headers. */
    OutboundHeaders.Totals totals() {
        return new OutboundHeaders.Totals(modelCalls, retries, rateLimitWait, toolIterations, List.copyOf(toolCalls),
                repairs, inputTokens, outputTokens, totalTokens);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
