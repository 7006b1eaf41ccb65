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
        inputTokens += orZero(result.response().inputTokens());
        outputTokens += orZero(result.response().outputTokens());
        totalTokens += orZero(result.response().totalTokens());
    }

    void add(List<ToolOutcome> outcomes) {
        outcomes.forEach(o -> toolCalls.add(o.summary()));
    }

    /** The counts so far, for the exchange's headers. */
    OutboundHeaders.Totals totals() {
        return new OutboundHeaders.Totals(modelCalls, retries, rateLimitWait, toolIterations,
                toolCalls.isEmpty() ? List.of() : List.copyOf(toolCalls),
                repairs, inputTokens, outputTokens, totalTokens);
    }

    private static long orZero(Long value) {
        return value == null ? 0 : value;
    }
}
