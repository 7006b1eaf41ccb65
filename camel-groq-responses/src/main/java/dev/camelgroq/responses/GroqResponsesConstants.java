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
package dev.camelgroq.responses;

import org.apache.camel.spi.Metadata;

/**
 * The exchange headers the component reads (per-exchange overrides of endpoint options) and writes (the answer's
 * content, usage, timing and rate-limit state).
 */
public final class GroqResponsesConstants {

    // ---- headers in: per-exchange overrides ----

    /** Overrides the {@code model} option for this exchange. */
    @Metadata(label = "producer", description = "Overrides the model option for this exchange.", javaType = "String")
    public static final String MODEL = "CamelGroqResponsesModel";

    /** Overrides the {@code instructions} option for this exchange. */
    @Metadata(label = "producer", description = "Overrides the instructions option for this exchange.",
              javaType = "String")
    public static final String INSTRUCTIONS = "CamelGroqResponsesInstructions";

    /** Overrides the {@code jsonSchema} option: inline JSON, a resource URI, or a Map / JsonNode schema. */
    @Metadata(label = "producer",
              description = "Overrides the jsonSchema option for this exchange: inline JSON, a resource"
                            + " (classpath:, file:, http:), or a Map / JsonNode holding the schema.",
              javaType = "Object")
    public static final String JSON_SCHEMA = "CamelGroqResponsesJsonSchema";

    /** Overrides the {@code reasoningEffort} option ({@code low}, {@code medium}, {@code high}). */
    @Metadata(label = "producer", description = "Overrides the reasoningEffort option for this exchange (low, medium,"
                                                + " high).",
              javaType = "String")
    public static final String REASONING_EFFORT = "CamelGroqResponsesReasoningEffort";

    /** Overrides the {@code temperature} option. */
    @Metadata(label = "producer", description = "Overrides the temperature option for this exchange.",
              javaType = "Double")
    public static final String TEMPERATURE = "CamelGroqResponsesTemperature";

    /** Overrides the {@code maxOutputTokens} option. */
    @Metadata(label = "producer", description = "Overrides the maxOutputTokens option for this exchange.",
              javaType = "Integer")
    public static final String MAX_OUTPUT_TOKENS = "CamelGroqResponsesMaxOutputTokens";

    /** The user text sent next to an image body (an {@code input_text} part before the {@code input_image}). */
    @Metadata(label = "producer",
              description = "With an image body: the user text sent next to the image (an input_text part before the"
                            + " input_image part).",
              javaType = "String")
    public static final String PROMPT = "CamelGroqResponsesPrompt";

    // ---- headers out ----

    /** The output text: the concatenated {@code output_text} parts of the message items. */
    @Metadata(label = "producer", description = "The output text: the concatenated output_text parts of the message"
                                                + " items.",
              javaType = "String")
    public static final String OUTPUT_TEXT = "CamelGroqResponsesOutputText";

    /** Every output item as sent by Groq (unknown item types included). */
    @Metadata(label = "producer", description = "Every output item as sent, unknown item types included.",
              javaType = "java.util.List<java.util.Map<String, Object>>")
    public static final String OUTPUT = "CamelGroqResponsesOutput";

    /** The response {@code id}. */
    @Metadata(label = "producer", description = "The response id.", javaType = "String")
    public static final String RESPONSE_ID = "CamelGroqResponsesResponseId";

    /** The {@code model} named by the response. */
    @Metadata(label = "producer", description = "The model named by the response.", javaType = "String")
    public static final String RESPONSE_MODEL = "CamelGroqResponsesResponseModel";

    /** The response {@code status}: {@code completed}, {@code incomplete} or {@code failed}. */
    @Metadata(label = "producer", description = "The response status: completed, incomplete or failed.",
              javaType = "String")
    public static final String STATUS = "CamelGroqResponsesStatus";

    /** {@code incomplete_details.reason} when the response is incomplete. */
    @Metadata(label = "producer", description = "incomplete_details.reason when the response is incomplete, for"
                                                + " example max_output_tokens.",
              javaType = "String")
    public static final String INCOMPLETE_REASON = "CamelGroqResponsesIncompleteReason";

    /** {@code usage.input_tokens}. */
    @Metadata(label = "producer", description = "usage.input_tokens.", javaType = "Long")
    public static final String INPUT_TOKENS = "CamelGroqResponsesInputTokens";

    /** {@code usage.output_tokens}. */
    @Metadata(label = "producer", description = "usage.output_tokens.", javaType = "Long")
    public static final String OUTPUT_TOKENS = "CamelGroqResponsesOutputTokens";

    /** {@code usage.total_tokens}. */
    @Metadata(label = "producer", description = "usage.total_tokens.", javaType = "Long")
    public static final String TOTAL_TOKENS = "CamelGroqResponsesTotalTokens";

    /** {@code usage.input_tokens_details.cached_tokens}. */
    @Metadata(label = "producer", description = "usage.input_tokens_details.cached_tokens.", javaType = "Long")
    public static final String CACHED_TOKENS = "CamelGroqResponsesCachedTokens";

    /** {@code usage.output_tokens_details.reasoning_tokens}. */
    @Metadata(label = "producer", description = "usage.output_tokens_details.reasoning_tokens.", javaType = "Long")
    public static final String REASONING_TOKENS = "CamelGroqResponsesReasoningTokens";

    /** Seconds the request waited in Groq's queue ({@code Groq-Beta: inference-metrics}). */
    @Metadata(label = "producer", description = "Seconds the request was queued (metadata.queue_time, sent when"
                                                + " inferenceMetrics is on).",
              javaType = "Double")
    public static final String QUEUE_TIME = "CamelGroqResponsesQueueTime";

    /** Seconds spent on the prompt ({@code metadata.prompt_time}). */
    @Metadata(label = "producer", description = "Seconds spent processing the prompt (metadata.prompt_time).",
              javaType = "Double")
    public static final String PROMPT_TIME = "CamelGroqResponsesPromptTime";

    /** Seconds spent generating ({@code metadata.completion_time}). */
    @Metadata(label = "producer", description = "Seconds spent generating the output (metadata.completion_time).",
              javaType = "Double")
    public static final String COMPLETION_TIME = "CamelGroqResponsesCompletionTime";

    /** Total seconds ({@code metadata.total_time}). */
    @Metadata(label = "producer", description = "Total seconds of the request (metadata.total_time).",
              javaType = "Double")
    public static final String TOTAL_TIME = "CamelGroqResponsesTotalTime";

    /** Output tokens divided by completion time. */
    @Metadata(label = "producer", description = "Output tokens per second: usage.output_tokens /"
                                                + " metadata.completion_time.",
              javaType = "Double")
    public static final String OUTPUT_TOKENS_PER_SECOND = "CamelGroqResponsesOutputTokensPerSecond";

    /** The concatenated reasoning text of the reasoning items. */
    @Metadata(label = "producer", description = "The concatenated reasoning text of the reasoning items.",
              javaType = "String")
    public static final String REASONING = "CamelGroqResponsesReasoning";

    /** The {@code function_call} output items. */
    @Metadata(label = "producer", description = "The function_call output items (type, call_id, name, arguments).",
              javaType = "java.util.List<java.util.Map<String, Object>>")
    public static final String FUNCTION_CALLS = "CamelGroqResponsesFunctionCalls";

    /** Groq's {@code x-request-id} response header. */
    @Metadata(label = "producer", description = "Groq's x-request-id response header.", javaType = "String")
    public static final String REQUEST_ID = "CamelGroqResponsesRequestId";

    /** {@code x-ratelimit-remaining-requests}. */
    @Metadata(label = "producer", description = "Requests left in the current window"
                                                + " (x-ratelimit-remaining-requests).",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING_REQUESTS = "CamelGroqResponsesRateLimitRemainingRequests";

    /** {@code x-ratelimit-remaining-tokens}. */
    @Metadata(label = "producer", description = "Tokens left in the current window (x-ratelimit-remaining-tokens).",
              javaType = "Long")
    public static final String RATE_LIMIT_REMAINING_TOKENS = "CamelGroqResponsesRateLimitRemainingTokens";

    /** {@code x-ratelimit-reset-requests} in milliseconds. */
    @Metadata(label = "producer", description = "Milliseconds until the request budget resets"
                                                + " (x-ratelimit-reset-requests, sent by Groq as 2m59.56s).",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET_REQUESTS = "CamelGroqResponsesRateLimitResetRequests";

    /** {@code x-ratelimit-reset-tokens} in milliseconds. */
    @Metadata(label = "producer", description = "Milliseconds until the token budget resets"
                                                + " (x-ratelimit-reset-tokens, sent by Groq as 7.66s).",
              javaType = "Long")
    public static final String RATE_LIMIT_RESET_TOKENS = "CamelGroqResponsesRateLimitResetTokens";

    /** How many retries the exchange needed before it succeeded (0 when the first attempt did). */
    @Metadata(label = "producer", description = "How many retries the exchange needed before it succeeded (0 when the"
                                                + " first attempt did).",
              javaType = "Integer")
    public static final String RETRIES = "CamelGroqResponsesRetries";

    /** Milliseconds the exchange waited in the rate-limit governor for Groq's budget. */
    @Metadata(label = "producer", description = "Milliseconds the exchange waited in the component's rate-limit"
                                                + " governor for Groq's budget (over all attempts).",
              javaType = "Long")
    public static final String RATE_LIMIT_WAIT = "CamelGroqResponsesRateLimitWait";

    /** The number of tool rounds the exchange went through. */
    @Metadata(label = "producer", description = "The number of tool rounds (answers with function calls that the"
                                                + " component executed) the exchange went through.",
              javaType = "Integer")
    public static final String TOOL_ITERATIONS = "CamelGroqResponsesToolIterations";

    /** The tool calls executed: name, callId, arguments, durationMillis, outcome (ok, error, unknown). */
    @Metadata(label = "producer", description = "The tool calls the component executed, each a Map with name, callId,"
                                                + " arguments, durationMillis and outcome (ok, error, unknown_tool).",
              javaType = "java.util.List<java.util.Map<String, Object>>")
    public static final String TOOL_CALLS = "CamelGroqResponsesToolCalls";

    /** Input tokens summed over every call of the exchange (tool rounds, repairs, approvals). */
    @Metadata(label = "producer", description = "Input tokens summed over every model call of the exchange (tool"
                                                + " rounds, structured-output repairs, MCP approvals).",
              javaType = "Long")
    public static final String LOOP_INPUT_TOKENS = "CamelGroqResponsesLoopInputTokens";

    /** Output tokens summed over every call of the exchange. */
    @Metadata(label = "producer", description = "Output tokens summed over every model call of the exchange.",
              javaType = "Long")
    public static final String LOOP_OUTPUT_TOKENS = "CamelGroqResponsesLoopOutputTokens";

    /** Total tokens summed over every call of the exchange. */
    @Metadata(label = "producer", description = "Total tokens summed over every model call of the exchange.",
              javaType = "Long")
    public static final String LOOP_TOTAL_TOKENS = "CamelGroqResponsesLoopTotalTokens";

    /** How many model calls the exchange made (1 without tools, repairs or approvals). */
    @Metadata(label = "producer", description = "How many model calls the exchange made (1 without tool rounds,"
                                                + " repairs or approvals).",
              javaType = "Integer")
    public static final String MODEL_CALLS = "CamelGroqResponsesModelCalls";

    /** How many times a structured answer was sent back for repair. */
    @Metadata(label = "producer", description = "How many times an answer that did not match the schema was sent back"
                                                + " to the model for repair.",
              javaType = "Integer")
    public static final String REPAIRS = "CamelGroqResponsesRepairs";

    /**
     * The whole conversation: the input items and the output items of the last answer; append
     * function_call_output items to it and send it as the body to continue.
     */
    @Metadata(label = "producer", description = "Set when the answer holds function calls for the route to handle: the"
                                                + " whole conversation as input items (what was sent plus the output"
                                                + " items of the answer). Append function_call_output items and send"
                                                + " it as the body to continue.",
              javaType = "java.util.List<java.util.Map<String, Object>>")
    public static final String CONVERSATION = "CamelGroqResponsesConversation";

    /** On a tool endpoint's exchange: the call_id of the function call. */
    @Metadata(label = "producer", description = "Set on the exchange sent to a tool endpoint: the call_id of the"
                                                + " function call.",
              javaType = "String")
    public static final String TOOL_CALL_ID = "CamelGroqResponsesToolCallId";

    /** On a tool endpoint's exchange: the tool name. */
    @Metadata(label = "producer", description = "Set on the exchange sent to a tool endpoint: the name of the tool"
                                                + " the model called.",
              javaType = "String")
    public static final String TOOL_NAME = "CamelGroqResponsesToolName";

    /** On an mcpApproval endpoint's exchange: the server_label of the MCP server that asks for approval. */
    @Metadata(label = "producer", description = "Set on the exchange sent to the mcpApproval endpoint: the"
                                                + " server_label of the MCP server whose tool call awaits approval"
                                                + " (the tool's name is in CamelGroqResponsesToolName, the whole"
                                                + " mcp_approval_request in the body).",
              javaType = "String")
    public static final String MCP_SERVER = "CamelGroqResponsesMcpServer";

    // --- streaming (issue 10) ---

    /** Overrides the {@code stream} option for this exchange. */
    @Metadata(label = "producer", description = "Overrides the stream option for this exchange: true reads the answer"
                                                + " as server-sent events (and forwards its text deltas to streamTo).",
              javaType = "Boolean")
    public static final String STREAM = "CamelGroqResponsesStream";

    /** On a delta exchange sent to {@code streamTo}: the event's {@code sequence_number}. */
    @Metadata(label = "producer", description = "Set on each delta exchange sent to streamTo: the sequence_number of"
                                                + " the response.output_text.delta event.",
              javaType = "Long")
    public static final String STREAM_SEQUENCE = "CamelGroqResponsesStreamSequence";

    /** On a delta exchange sent to {@code streamTo}: the id of the output item the delta belongs to. */
    @Metadata(label = "producer", description = "Set on each delta exchange sent to streamTo: the item_id of the"
                                                + " output message the delta belongs to.",
              javaType = "String")
    public static final String STREAM_ITEM_ID = "CamelGroqResponsesStreamItemId";

    /** On a streamed call's exchange: milliseconds from sending the request to the first text delta. */
    @Metadata(label = "producer", description = "Set on the exchange of a streamed call: milliseconds from sending the"
                                                + " request to the first text delta.",
              javaType = "Long")
    public static final String TIME_TO_FIRST_TOKEN = "CamelGroqResponsesTimeToFirstToken";

    // --- end streaming (issue 10) ---
    // --- conversation memory (issue 9) ---

    /**
     * Selects a stored conversation: its history is sent before the new input, and the turn is appended to it once the
     * answer is complete.
     */
    @Metadata(label = "producer",
              description = "Selects a stored conversation (at most 255 characters): the stored history is sent before"
                            + " the body's input, and after a completed answer the new input and the answer's messages,"
                            + " function calls and their outputs are appended to it. Instructions are never stored."
                            + " Without this header nothing is read or stored.",
              javaType = "String")
    public static final String CONVERSATION_ID = "CamelGroqResponsesConversationId";

    /**
     * What to do with the conversation named by {@link #CONVERSATION_ID}: {@code send} (the default), {@code history}
     * or {@code clear}.
     */
    @Metadata(label = "producer",
              description = "With CamelGroqResponsesConversationId: send (the default) calls the model with the"
                            + " history; history sets the body to the stored items (a List of Maps, oldest first)"
                            + " without calling the model; clear removes the conversation without calling the model.",
              javaType = "String", enums = "send,history,clear")
    public static final String CONVERSATION_OPERATION = "CamelGroqResponsesConversationOperation";

    private GroqResponsesConstants() {
    }
}
