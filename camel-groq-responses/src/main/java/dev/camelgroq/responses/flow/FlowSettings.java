package dev.camelgroq.responses.flow;

import java.util.concurrent.Executor;

import dev.camelgroq.responses.call.ResponsesCaller;
import dev.camelgroq.responses.structured.StructuredOutput;
import dev.camelgroq.responses.tools.McpApprover;
import dev.camelgroq.responses.tools.ToolRunner;

/**
 * What an endpoint prepared at start for its exchanges' flows. {@code structured}, {@code toolRunner} and
 * {@code approver} are null when not configured; {@code structuredOutputRetries} also applies to per-exchange schemas;
 * {@code observer} is told about each exchange's model calls, tool rounds and repairs.
 */
public record FlowSettings(String step, ResponsesCaller caller, StructuredOutput structured, boolean asMap,
                           ToolRunner toolRunner, int maxToolIterations, McpApprover approver,
                           boolean keepReasoning, Executor executor, int structuredOutputRetries,
                           FlowObserver observer) {
}
