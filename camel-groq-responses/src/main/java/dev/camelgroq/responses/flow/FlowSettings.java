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
