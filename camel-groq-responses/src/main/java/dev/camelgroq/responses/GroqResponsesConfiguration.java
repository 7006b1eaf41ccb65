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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import dev.camelgroq.responses.memory.ConversationStore;
import dev.camelgroq.responses.options.BodyFormat;
import dev.camelgroq.responses.options.OutputType;
import dev.camelgroq.responses.options.RateLimiterMode;
import dev.camelgroq.responses.options.ReasoningEffort;
import dev.camelgroq.responses.options.ServiceTier;
import dev.camelgroq.responses.options.TextFormat;
import dev.camelgroq.responses.options.ToolErrorStrategy;
import dev.camelgroq.responses.tools.GroqTool;
import dev.camelgroq.responses.tools.McpServer;
import org.apache.camel.Predicate;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of a {@code groq-responses} endpoint. Set on the component, an instance holds the defaults that each
 * endpoint copies ({@link #copy()}) before its own URI options apply. The fields come first, grouped by label in this
 * order: common (no label), request, structured, tools, streaming, memory, resilience, advanced, observability,
 * security; then the accessors in the same order. Add a new option to its label's group.
 */
@UriParams
public class GroqResponsesConfiguration implements Cloneable {
    /** The default Groq API base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.groq.com/openai/v1";

    /** The API base URL; requests go to {baseUrl}/responses. Point it at the test kit's emulator in tests. */
    @UriParam(defaultValue = DEFAULT_BASE_URL)
    private String baseUrl = DEFAULT_BASE_URL;

    /**
     * The model id, for example openai/gpt-oss-20b or llama-3.3-70b-versatile. Required here or per exchange in the
     * CamelGroqResponsesModel header.
     */
    @UriParam
    @Metadata(required = true)
    private String model;

    /** System-level instructions sent as the request's instructions field. */
    @UriParam(label = "request")
    private String instructions;

    /** The reasoning effort of reasoning models: low, medium or high (reasoning.effort). */
    @UriParam(label = "request", enums = "low,medium,high")
    private ReasoningEffort reasoningEffort;

    /** Sampling temperature between 0 and 2. */
    @UriParam(label = "request")
    private Double temperature;

    /** Nucleus sampling probability mass between 0 and 1 (top_p). */
    @UriParam(label = "request")
    private Double topP;

    /** Upper bound of generated tokens, reasoning included (max_output_tokens). */
    @UriParam(label = "request")
    private Integer maxOutputTokens;

    /**
     * The service tier (service_tier), as Groq's Responses schema lists them: auto (Groq picks), default (the
     * on-demand tier) or flex (paid, higher limits, may answer 498 capacity_exceeded). on_demand, the chat completions
     * name of the default tier, is accepted and sent as default. performance is a chat completions tier that Groq's
     * Responses API does not list: an endpoint that sets it is refused at start (IllegalArgumentException naming
     * serviceTier), rather than sent for Groq to refuse.
     */
    @UriParam(label = "request", enums = "auto,default,flex,on_demand")
    private ServiceTier serviceTier;

    /** Request metadata as metadata.key=value (multi-value); values are sent as strings. */
    @UriParam(label = "request", prefix = "metadata.", multiValue = true)
    private Map<String, Object> metadata;

    /** An end-user identifier sent as the user field. */
    @UriParam(label = "request")
    private String user;

    /**
     * Sends the Groq-Beta: inference-metrics header so that the response metadata carries queue, prompt, completion
     * and total times (exposed as headers).
     */
    @UriParam(label = "request", defaultValue = "true")
    private boolean inferenceMetrics = true;

    /**
     * Sends the reasoning items of an answer back to the model with the rest of the conversation (tool loop, repairs,
     * approvals). Off by default: Groq's published Responses schema has no input form for reasoning items, so they are
     * left out (the reasoning stays in the CamelGroqResponsesReasoning header). true sends them as they came, outside
     * that schema (the test kit's strict emulator refuses them, as Groq may).
     */
    @UriParam(label = "request", defaultValue = "false")
    private boolean keepReasoningItems;

    /**
     * How a String body (or bytes that are not an image) is read: text (default: always the input text, even when it
     * looks like JSON), conversation (JSON array text is the input item list) or request (JSON array text is the item
     * list and JSON object text with an input key is a request whose other fields bodyFields must allow). Bodies are
     * data from outside: only the route author can let them change the call.
     */
    @UriParam(label = "request", enums = "text,conversation,request", defaultValue = "text")
    private BodyFormat bodyFormat = BodyFormat.TEXT;

    /**
     * Comma-separated request fields (snake_case, for example temperature,max_output_tokens) that a Map or JSON-object
     * body may set next to its input; * allows every field. Empty (the default): a body may carry only input, and any
     * other field is refused with an error naming it, so body content cannot change the model, instructions, tools,
     * text format, reasoning, service tier or metadata the route configured.
     */
    @UriParam(label = "request")
    private String bodyFields;

    /**
     * The text.format type: text, json_object or json_schema. Implied as json_schema when jsonSchema or outputClass is
     * set.
     */
    @UriParam(label = "structured", enums = "text,json_object,json_schema")
    private TextFormat textFormat;

    /**
     * The JSON schema the answer must follow (text.format json_schema): inline JSON or a resource (classpath:, file:,
     * http:). Loaded and parsed once when the endpoint starts.
     */
    @UriParam(label = "structured")
    private String jsonSchema;

    /** The name of the schema sent as text.format.name. */
    @UriParam(label = "structured", defaultValue = "output")
    private String schemaName = "output";

    /** Sends text.format.strict=true (constrained decoding; gpt-oss models only). */
    @UriParam(label = "structured", defaultValue = "false")
    private boolean strictSchema;

    /**
     * A class name whose JSON schema is sent as text.format; the answer is validated and returned as an instance of
     * this class.
     */
    @UriParam(label = "structured")
    private String outputClass;

    /**
     * The body type of a structured answer given by jsonSchema: string (the JSON text) or map (a java.util.Map). With
     * outputClass the body is always an instance of that class.
     */
    @UriParam(label = "structured", enums = "string,map", defaultValue = "string")
    private OutputType outputType = OutputType.STRING;

    /**
     * How many times an answer that does not match the schema (or Groq's json_validate_failed) is sent back to the
     * model with the validation errors before the exchange fails.
     */
    @UriParam(label = "structured", defaultValue = "1")
    private int structuredOutputRetries = 1;

    /**
     * Function, MCP or built-in tools as JSON: an inline JSON array, or a resource (classpath:, file:, http:) holding
     * one, loaded once when the endpoint starts. Tool definitions held in a bean go in toolDefinitions.
     */
    @UriParam(label = "tools")
    private String tools;

    /** Comma-separated built-in tools to add: browser_search, code_interpreter (gpt-oss models only). */
    @UriParam(label = "tools")
    private String builtinTools;

    /**
     * tool_choice: auto, none, required, a function name (sent as Groq's schema names one,
     * {"type":"function","function":{"name":...}}), or a JSON object sent as it is.
     */
    @UriParam(label = "tools")
    private String toolChoice;

    /** parallel_tool_calls: whether the model may call several tools in one turn. */
    @UriParam(label = "tools")
    private Boolean parallelToolCalls;

    /**
     * Function tools whose calls run Camel endpoints: GroqTool beans, as a reference to a GroqTool or to a List of
     * them (functionTools=#myTools).
     */
    @UriParam(label = "tools")
    private List<GroqTool> functionTools;

    /**
     * Function tools declared in the URI as tool.NAME.endpoint=direct:x, tool.NAME.description=...,
     * tool.NAME.parameters=inline JSON or resource, tool.NAME.strict=true (multi-value).
     */
    @UriParam(label = "tools", prefix = "tool.", multiValue = true)
    private Map<String, Object> tool;

    /**
     * Runs the endpoints of the function calls in the answer and sends their outputs back to the model, until it
     * answers without calls. When false, the body is the list of function_call items for the route to handle.
     */
    @UriParam(label = "tools", defaultValue = "true")
    private boolean autoToolExecution = true;

    /** The most tool rounds (model answers with function calls) one exchange may go through. */
    @UriParam(label = "tools", defaultValue = "10")
    private int maxToolIterations = 10;

    /** Runs the function calls of one turn concurrently instead of one after the other. */
    @UriParam(label = "tools", defaultValue = "false")
    private boolean parallelToolExecution;

    /**
     * With parallelToolExecution, how many function calls of one round run at once (the others wait for a free place,
     * in order); 1 to 128. Whatever this says, an answer with more than 128 function calls in one round fails the
     * exchange (GroqToolException, code too_many_tool_calls) before any of them runs.
     */
    @UriParam(label = "tools", defaultValue = "8")
    private int maxParallelToolCalls = 8;

    /** When a tool endpoint fails: fail the exchange, or report the error text to the model as the call's output. */
    @UriParam(label = "tools", enums = "fail,report", defaultValue = "fail")
    private ToolErrorStrategy toolFailureStrategy = ToolErrorStrategy.FAIL;

    /** When the model calls a tool that is not declared: fail the exchange, or report the error to the model. */
    @UriParam(label = "tools", enums = "fail,report", defaultValue = "report")
    private ToolErrorStrategy unknownToolStrategy = ToolErrorStrategy.REPORT;

    /**
     * MCP servers: McpServer beans, as a reference to an McpServer or to a List of them (mcpServers=#myServers). Their
     * headers stay out of URIs.
     */
    @UriParam(label = "tools")
    private List<McpServer> mcpServers;

    /**
     * MCP servers declared in the URI as mcp.LABEL.url=..., mcp.LABEL.allowedTools=a,b,
     * mcp.LABEL.requireApproval=always|never, mcp.LABEL.headers=JSON object (multi-value).
     */
    @UriParam(label = "tools", prefix = "mcp.", multiValue = true)
    private Map<String, Object> mcp;

    /**
     * Decides MCP approval requests: an endpoint URI called with the approval request as body (its answer body
     * true/approve/yes approves). Without it or mcpApprovalPredicate an approval request fails the exchange.
     */
    @UriParam(label = "tools")
    private String mcpApproval;

    /**
     * Function, MCP or built-in tool definitions held in a bean: a reference to a List of tool maps
     * (toolDefinitions=#myTools). Added to the tools option's definitions.
     */
    @UriParam(label = "tools")
    private List<Map<String, Object>> toolDefinitions;

    /**
     * Decides MCP approval requests with a Predicate bean evaluated with the approval request as body
     * (mcpApprovalPredicate=#myPredicate); use mcpApproval for an endpoint instead.
     */
    @UriParam(label = "tools")
    private Predicate mcpApprovalPredicate;

    /**
     * Reads the answer as server-sent events (request field stream: true) as it is generated, without a thread
     * waiting per stream; the exchange completes like a non-streamed call, plus the CamelGroqResponsesTimeToFirstToken header.
     * Setting streamTo turns it on too. Overridden per exchange by the CamelGroqResponsesStream header.
     */
    @UriParam(label = "streaming", defaultValue = "false")
    private boolean stream;

    /**
     * An endpoint URI (for example direct:deltas, seda:typing, kafka:tokens) that receives each text delta of a
     * streamed answer as its own exchange, in order and one at a time: body = the delta text, headers
     * CamelGroqResponsesStreamSequence and CamelGroqResponsesStreamItemId, property CamelCorrelationId = the original
     * exchange id. A slow endpoint slows the HTTP read (bounded buffer) rather than queueing without limit.
     */
    @UriParam(label = "streaming")
    private String streamTo;

    /**
     * The longest one streamed attempt may take in all, from sending the request to its final event, keep-alive
     * comments and pauses caused by a slow streamTo route included (requestTimeout is the longest silence between
     * events). Past it the read stops and the attempt fails with code stream_timeout (retried like a timeout while no
     * delta was forwarded). 0 means no limit.
     */
    @UriParam(label = "streaming", defaultValue = "600000", javaType = "java.time.Duration")
    private long streamTimeout = 600_000;

    /**
     * Coalesces the deltas sent to streamTo: a delta exchange is sent once at least this many characters of text are
     * buffered (its body is the buffered deltas joined, CamelGroqResponsesStreamSequence is the sequence number of its
     * last delta), instead of one exchange per delta. Text still buffered when the answer completes is sent before
     * the exchange completes; text of another output item starts a new delta exchange. 0 (the default) sends every
     * delta as it arrives. Needs streamTo; see also streamMaxDelay.
     */
    @UriParam(label = "streaming", defaultValue = "0")
    private int streamMinChars;

    /**
     * With coalescing (streamMinChars, or on its own): the longest buffered text waits before it is sent to streamTo
     * anyway, counted from the arrival of its first delta, so that a slow model still shows progress. 0 (the default)
     * means no time limit (text waits for streamMinChars or the end of the answer). Needs streamTo.
     */
    @UriParam(label = "streaming", defaultValue = "0", javaType = "java.time.Duration")
    private long streamMaxDelay;

    /**
     * Where the conversations selected by the CamelGroqResponsesConversationId header live: a bean implementing
     * dev.camelgroq.responses.memory.ConversationStore. When neither this nor conversationDataSource is set, the
     * component's bounded in-memory store is used (10000 conversations, each kept one hour after its last use).
     */
    @UriParam(label = "memory")
    private ConversationStore conversationStore;

    /**
     * Keeps conversations in a SQL database: a JDBC DataSource bean, shared by every instance that uses it; the table
     * camel_groq_conversation is created when missing. Do not combine with conversationStore.
     */
    @UriParam(label = "memory")
    private DataSource conversationDataSource;

    /**
     * The most items (messages, function calls and their outputs) a stored conversation keeps; the oldest turns go
     * first. 0: no limit.
     */
    @UriParam(label = "memory", defaultValue = "0")
    private int maxHistoryMessages;

    /**
     * The most tokens a stored conversation keeps, estimated as one token per four characters of each item's JSON; the
     * oldest turns go first. 0: no limit.
     */
    @UriParam(label = "memory", defaultValue = "0")
    private int maxHistoryTokens;

    /**
     * How many times to retry a retryable failure (429, 498, 500, 502, 503, connection refused or reset, read timeout)
     * before the exchange fails. A 429 that says when to try again does not count (see rateLimitMaxWait); 0 turns
     * every retry off, such 429s included. Waiting between attempts never blocks a thread.
     */
    @UriParam(label = "resilience", defaultValue = "2")
    private int maxRetries = 2;

    /** The first backoff delay when Groq does not say how long to wait; it doubles per attempt, with jitter. */
    @UriParam(label = "resilience", defaultValue = "1000", javaType = "java.time.Duration")
    private long retryInitialDelay = 1000;

    /**
     * The longest delay to wait before a retry. When Groq asks for a longer wait (retry-after or a reset time), the
     * exchange fails at once instead of being parked for hours. A 429's delay is bounded by rateLimitMaxWait instead,
     * unless that is 0.
     */
    @UriParam(label = "resilience", defaultValue = "60000", javaType = "java.time.Duration")
    private long retryMaxDelay = 60_000;

    /**
     * The longest one exchange may wait for rate limits in all: in the governor's queue and for the delays Groq's 429
     * answers ask for. A 429 that says when to try again is a wait, not a failure: it does not use up maxRetries, and
     * it is waited for while the exchange's waits stay within this; beyond it the exchange fails with a
     * GroqResponsesException that says so (a daily limit asking for hours fails at once). 0: a 429 counts as a retry
     * like any other failure, and its delay is bounded by retryMaxDelay. With maxRetries=0 nothing is retried.
     */
    @UriParam(label = "resilience", defaultValue = "600000", javaType = "java.time.Duration")
    private long rateLimitMaxWait = 600_000;

    /**
     * adaptive: requests wait in the component's rate-limit governor until the budget Groq reports in its x-ratelimit headers
     * has room for them; off: requests are sent at once.
     */
    @UriParam(label = "resilience", enums = "adaptive,off", defaultValue = "adaptive")
    private RateLimiterMode rateLimiter = RateLimiterMode.ADAPTIVE;

    /**
     * The output tokens the governor reserves for a request that sets no maxOutputTokens, until it has learned the
     * model's typical answer size.
     */
    @UriParam(label = "resilience", defaultValue = "256")
    private int outputTokensEstimate = 256;

    /**
     * Any other request field as additionalBodyProperty.field=value (multi-value); values that parse as JSON are sent
     * as JSON. The explicit escape hatch: a field that Groq's published request schema does not list (which is refused
     * anywhere else) is sent as set, your deliberate choice, and Groq (or the test kit's strict emulator) may answer
     * 400. The fields Groq says it does not support (previous_response_id, store, truncation, include,
     * safety_identifier, prompt_cache_key) are still refused.
     */
    @UriParam(label = "advanced", prefix = "additionalBodyProperty.", multiValue = true)
    private Map<String, Object> additionalBodyProperty;

    /**
     * The deadline of one HTTP attempt: the whole answer (headers and the full body) must be in by then, however
     * slowly it trickles; otherwise the attempt is cancelled and counts as a retryable timeout. A streamed call
     * (stream=true) has no whole-attempt deadline: this is then the longest silence allowed between two events, not
     * counting pauses while a slow streamTo route holds reading back. 0 means no deadline (an attempt may then wait
     * for ever on a server that never answers).
     */
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long requestTimeout = 120_000;

    /**
     * The largest answer body read, in bytes; a larger answer fails the exchange (not retried) as soon as the limit is
     * passed, without reading the rest. 0 means no limit.
     */
    @UriParam(label = "advanced", defaultValue = "33554432")
    private long maxResponseSize = 32L * 1024 * 1024;

    /**
     * The largest request body sent, in bytes (the JSON of the input, instructions, tools and conversation); a larger
     * one is refused before any call with an IllegalArgumentException. 0 means no limit.
     */
    @UriParam(label = "advanced", defaultValue = "16777216")
    private long maxInputSize = 16L * 1024 * 1024;

    /**
     * Adds the prompt (body and instructions) and the output text to the span as gen_ai.input.messages,
     * gen_ai.system_instructions and gen_ai.output.messages (clipped to 8 KB). Off by default: prompts may hold
     * personal data.
     */
    @UriParam(label = "advanced,observability", defaultValue = "false")
    private boolean traceContent;

    /**
     * The Groq API key, sent as a bearer token. When not set, the GROQ_API_KEY environment variable is used. It never
     * appears in logs, exception messages or the endpoint URI as shown.
     */
    @UriParam(label = "security", secret = true)
    private String apiKey;

    /**
     * Allows a plain http:// baseUrl to a host that is not loopback (for example a corporate proxy that terminates
     * TLS). Without it such a baseUrl is refused at start, because the API key would travel in clear.
     */
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp;

    /** Returns a deep copy: endpoints start from the component's defaults without sharing mutable maps. */
    public GroqResponsesConfiguration copy() {
        try {
            GroqResponsesConfiguration copy = (GroqResponsesConfiguration) super.clone();
            copy.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            copy.additionalBodyProperty = additionalBodyProperty == null ? null
                    : new LinkedHashMap<>(additionalBodyProperty);
            copy.tool = tool == null ? null : new LinkedHashMap<>(tool);
            copy.mcp = mcp == null ? null : new LinkedHashMap<>(mcp);
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
    }

    public String getModel() {
        return model;
    }

    public void setModel(String model) {
        this.model = model;
    }

    public String getInstructions() {
        return instructions;
    }

    public void setInstructions(String instructions) {
        this.instructions = instructions;
    }

    public ReasoningEffort getReasoningEffort() {
        return reasoningEffort;
    }

    public void setReasoningEffort(ReasoningEffort reasoningEffort) {
        this.reasoningEffort = reasoningEffort;
    }

    public Double getTemperature() {
        return temperature;
    }

    public void setTemperature(Double temperature) {
        this.temperature = temperature;
    }

    public Double getTopP() {
        return topP;
    }

    public void setTopP(Double topP) {
        this.topP = topP;
    }

    public Integer getMaxOutputTokens() {
        return maxOutputTokens;
    }

    public void setMaxOutputTokens(Integer maxOutputTokens) {
        this.maxOutputTokens = maxOutputTokens;
    }

    public ServiceTier getServiceTier() {
        return serviceTier;
    }

    public void setServiceTier(ServiceTier serviceTier) {
        this.serviceTier = serviceTier;
    }

    public Map<String, Object> getMetadata() {
        return metadata;
    }

    public void setMetadata(Map<String, Object> metadata) {
        this.metadata = metadata;
    }

    public String getUser() {
        return user;
    }

    public void setUser(String user) {
        this.user = user;
    }

    public boolean isInferenceMetrics() {
        return inferenceMetrics;
    }

    public void setInferenceMetrics(boolean inferenceMetrics) {
        this.inferenceMetrics = inferenceMetrics;
    }

    public boolean isKeepReasoningItems() {
        return keepReasoningItems;
    }

    public void setKeepReasoningItems(boolean keepReasoningItems) {
        this.keepReasoningItems = keepReasoningItems;
    }

    public BodyFormat getBodyFormat() {
        return bodyFormat;
    }

    public void setBodyFormat(BodyFormat bodyFormat) {
        this.bodyFormat = bodyFormat;
    }

    public String getBodyFields() {
        return bodyFields;
    }

    public void setBodyFields(String bodyFields) {
        this.bodyFields = bodyFields;
    }

    public TextFormat getTextFormat() {
        return textFormat;
    }

    public void setTextFormat(TextFormat textFormat) {
        this.textFormat = textFormat;
    }

    public String getJsonSchema() {
        return jsonSchema;
    }

    public void setJsonSchema(String jsonSchema) {
        this.jsonSchema = jsonSchema;
    }

    public String getSchemaName() {
        return schemaName;
    }

    public void setSchemaName(String schemaName) {
        this.schemaName = schemaName;
    }

    public boolean isStrictSchema() {
        return strictSchema;
    }

    public void setStrictSchema(boolean strictSchema) {
        this.strictSchema = strictSchema;
    }

    public String getOutputClass() {
        return outputClass;
    }

    public void setOutputClass(String outputClass) {
        this.outputClass = outputClass;
    }

    public OutputType getOutputType() {
        return outputType;
    }

    public void setOutputType(OutputType outputType) {
        this.outputType = outputType;
    }

    public int getStructuredOutputRetries() {
        return structuredOutputRetries;
    }

    public void setStructuredOutputRetries(int structuredOutputRetries) {
        this.structuredOutputRetries = structuredOutputRetries;
    }

    public String getTools() {
        return tools;
    }

    public void setTools(String tools) {
        this.tools = tools;
    }

    public String getBuiltinTools() {
        return builtinTools;
    }

    public void setBuiltinTools(String builtinTools) {
        this.builtinTools = builtinTools;
    }

    public String getToolChoice() {
        return toolChoice;
    }

    public void setToolChoice(String toolChoice) {
        this.toolChoice = toolChoice;
    }

    public Boolean getParallelToolCalls() {
        return parallelToolCalls;
    }

    public void setParallelToolCalls(Boolean parallelToolCalls) {
        this.parallelToolCalls = parallelToolCalls;
    }

    public List<GroqTool> getFunctionTools() {
        return functionTools;
    }

    public void setFunctionTools(List<GroqTool> functionTools) {
        this.functionTools = functionTools;
    }

    public Map<String, Object> getTool() {
        return tool;
    }

    public void setTool(Map<String, Object> tool) {
        this.tool = tool;
    }

    public boolean isAutoToolExecution() {
        return autoToolExecution;
    }

    public void setAutoToolExecution(boolean autoToolExecution) {
        this.autoToolExecution = autoToolExecution;
    }

    public int getMaxToolIterations() {
        return maxToolIterations;
    }

    public void setMaxToolIterations(int maxToolIterations) {
        this.maxToolIterations = maxToolIterations;
    }

    public boolean isParallelToolExecution() {
        return parallelToolExecution;
    }

    public void setParallelToolExecution(boolean parallelToolExecution) {
        this.parallelToolExecution = parallelToolExecution;
    }

    public int getMaxParallelToolCalls() {
        return maxParallelToolCalls;
    }

    public void setMaxParallelToolCalls(int maxParallelToolCalls) {
        this.maxParallelToolCalls = maxParallelToolCalls;
    }

    public ToolErrorStrategy getToolFailureStrategy() {
        return toolFailureStrategy;
    }

    public void setToolFailureStrategy(ToolErrorStrategy toolFailureStrategy) {
        this.toolFailureStrategy = toolFailureStrategy;
    }

    public ToolErrorStrategy getUnknownToolStrategy() {
        return unknownToolStrategy;
    }

    public void setUnknownToolStrategy(ToolErrorStrategy unknownToolStrategy) {
        this.unknownToolStrategy = unknownToolStrategy;
    }

    public List<McpServer> getMcpServers() {
        return mcpServers;
    }

    public void setMcpServers(List<McpServer> mcpServers) {
        this.mcpServers = mcpServers;
    }

    public Map<String, Object> getMcp() {
        return mcp;
    }

    public void setMcp(Map<String, Object> mcp) {
        this.mcp = mcp;
    }

    public String getMcpApproval() {
        return mcpApproval;
    }

    public void setMcpApproval(String mcpApproval) {
        this.mcpApproval = mcpApproval;
    }

    public List<Map<String, Object>> getToolDefinitions() {
        return toolDefinitions;
    }

    public void setToolDefinitions(List<Map<String, Object>> toolDefinitions) {
        this.toolDefinitions = toolDefinitions;
    }

    public Predicate getMcpApprovalPredicate() {
        return mcpApprovalPredicate;
    }

    public void setMcpApprovalPredicate(Predicate mcpApprovalPredicate) {
        this.mcpApprovalPredicate = mcpApprovalPredicate;
    }

    public boolean isStream() {
        return stream;
    }

    public void setStream(boolean stream) {
        this.stream = stream;
    }

    public String getStreamTo() {
        return streamTo;
    }

    public void setStreamTo(String streamTo) {
        this.streamTo = streamTo;
    }

    public long getStreamTimeout() {
        return streamTimeout;
    }

    public void setStreamTimeout(long streamTimeout) {
        this.streamTimeout = streamTimeout;
    }

    public int getStreamMinChars() {
        return streamMinChars;
    }

    public void setStreamMinChars(int streamMinChars) {
        this.streamMinChars = streamMinChars;
    }

    public long getStreamMaxDelay() {
        return streamMaxDelay;
    }

    public void setStreamMaxDelay(long streamMaxDelay) {
        this.streamMaxDelay = streamMaxDelay;
    }

    public ConversationStore getConversationStore() {
        return conversationStore;
    }

    public void setConversationStore(ConversationStore conversationStore) {
        this.conversationStore = conversationStore;
    }

    public DataSource getConversationDataSource() {
        return conversationDataSource;
    }

    public void setConversationDataSource(DataSource conversationDataSource) {
        this.conversationDataSource = conversationDataSource;
    }

    public int getMaxHistoryMessages() {
        return maxHistoryMessages;
    }

    public void setMaxHistoryMessages(int maxHistoryMessages) {
        this.maxHistoryMessages = maxHistoryMessages;
    }

    public int getMaxHistoryTokens() {
        return maxHistoryTokens;
    }

    public void setMaxHistoryTokens(int maxHistoryTokens) {
        this.maxHistoryTokens = maxHistoryTokens;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public RateLimiterMode getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(RateLimiterMode rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public int getOutputTokensEstimate() {
        return outputTokensEstimate;
    }

    public void setOutputTokensEstimate(int outputTokensEstimate) {
        this.outputTokensEstimate = outputTokensEstimate;
    }

    public Map<String, Object> getAdditionalBodyProperty() {
        return additionalBodyProperty;
    }

    public void setAdditionalBodyProperty(Map<String, Object> additionalBodyProperty) {
        this.additionalBodyProperty = additionalBodyProperty;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public long getMaxInputSize() {
        return maxInputSize;
    }

    public void setMaxInputSize(long maxInputSize) {
        this.maxInputSize = maxInputSize;
    }

    public boolean isTraceContent() {
        return traceContent;
    }

    public void setTraceContent(boolean traceContent) {
        this.traceContent = traceContent;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }
}
