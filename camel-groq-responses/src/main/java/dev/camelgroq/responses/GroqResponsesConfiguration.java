package dev.camelgroq.responses;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of a {@code groq-responses} endpoint. Set on the component, an instance holds the defaults that each
 * endpoint copies ({@link #copy()}) before its own URI options apply.
 */
@UriParams
public class GroqResponsesConfiguration implements Cloneable {

    /** The default Groq API base URL. */
    public static final String DEFAULT_BASE_URL = "https://api.groq.com/openai/v1";

    /**
     * The Groq API key, sent as a bearer token. When not set, the GROQ_API_KEY environment variable is used. It never
     * appears in logs, exception messages or the endpoint URI as shown.
     */
    @UriParam(label = "security", secret = true)
    private String apiKey;

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

    /**
     * The text.format type: text, json_object or json_schema. Implied as json_schema when jsonSchema or outputClass is
     * set.
     */
    @UriParam(label = "structured", enums = "text,json_object,json_schema")
    private String textFormat;

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

    /** The reasoning effort of reasoning models: low, medium or high (reasoning.effort). */
    @UriParam(label = "request", enums = "low,medium,high")
    private String reasoningEffort;

    /**
     * Function, MCP or built-in tools: a JSON array, a resource (classpath:, file:, http:) holding one, or a bean
     * reference (#bean:name) to a List of tool maps or a JSON string.
     */
    @UriParam(label = "tools")
    private Object tools;

    /** Comma-separated built-in tools to add: browser_search, code_interpreter (gpt-oss models only). */
    @UriParam(label = "tools")
    private String builtinTools;

    /** tool_choice: auto, none, required, a function name, or a JSON object. */
    @UriParam(label = "tools")
    private String toolChoice;

    /** parallel_tool_calls: whether the model may call several tools in one turn. */
    @UriParam(label = "tools")
    private Boolean parallelToolCalls;

    /** Sampling temperature between 0 and 2. */
    @UriParam(label = "request")
    private Double temperature;

    /** Nucleus sampling probability mass between 0 and 1 (top_p). */
    @UriParam(label = "request")
    private Double topP;

    /** Upper bound of generated tokens, reasoning included (max_output_tokens). */
    @UriParam(label = "request")
    private Integer maxOutputTokens;

    /** The service tier: auto, default or flex (service_tier). */
    @UriParam(label = "request", enums = "auto,default,flex")
    private String serviceTier;

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
     * Any other request field as additionalBodyProperty.field=value (multi-value); values that parse as JSON are sent
     * as JSON. Fields Groq does not support are still refused.
     */
    @UriParam(label = "advanced", prefix = "additionalBodyProperty.", multiValue = true)
    private Map<String, Object> additionalBodyProperty;

    /** How long to wait for Groq's answer to one HTTP request. */
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long requestTimeout = 120_000;

    /**
     * How many times to retry a retryable failure (429, 498, 500, 502, 503, connection refused or reset, read timeout)
     * before the exchange fails. Waiting between attempts never blocks a thread.
     */
    @UriParam(label = "resilience", defaultValue = "2")
    private int maxRetries = 2;

    /** The first backoff delay when Groq does not say how long to wait; it doubles per attempt, with jitter. */
    @UriParam(label = "resilience", defaultValue = "1000", javaType = "java.time.Duration")
    private long retryInitialDelay = 1000;

    /**
     * The longest delay to wait before a retry. When Groq asks for a longer wait (retry-after or a reset time), the
     * exchange fails at once instead of being parked for hours.
     */
    @UriParam(label = "resilience", defaultValue = "60000", javaType = "java.time.Duration")
    private long retryMaxDelay = 60_000;

    /**
     * adaptive: requests wait in the component's rate-limit governor until the budget Groq reports in its x-ratelimit headers
     * has room for them; off: requests are sent at once.
     */
    @UriParam(label = "resilience", enums = "adaptive,off", defaultValue = "adaptive")
    private String rateLimiter = "adaptive";

    /**
     * The output tokens the governor reserves for a request that sets no maxOutputTokens, until it has learned the
     * model's typical answer size.
     */
    @UriParam(label = "resilience", defaultValue = "256")
    private int outputTokensEstimate = 256;

    /**
     * The body type of a structured answer given by jsonSchema: string (the JSON text) or map (a java.util.Map). With
     * outputClass the body is always an instance of that class.
     */
    @UriParam(label = "structured", enums = "string,map", defaultValue = "string")
    private String outputType = "string";

    /**
     * How many times an answer that does not match the schema (or Groq's json_validate_failed) is sent back to the
     * model with the validation errors before the exchange fails.
     */
    @UriParam(label = "structured", defaultValue = "1")
    private int structuredOutputRetries = 1;

    /**
     * Function tools whose calls run Camel endpoints: comma-separated names of GroqTool beans in the registry, or a
     * reference (#bean:name) to a GroqTool or a List of them.
     */
    @UriParam(label = "tools")
    private Object functionTools;

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

    /** When a tool endpoint fails: fail the exchange, or report the error text to the model as the call's output. */
    @UriParam(label = "tools", enums = "fail,report", defaultValue = "fail")
    private String toolFailureStrategy = "fail";

    /** When the model calls a tool that is not declared: fail the exchange, or report the error to the model. */
    @UriParam(label = "tools", enums = "fail,report", defaultValue = "report")
    private String unknownToolStrategy = "report";

    /**
     * MCP servers: comma-separated names of McpServer beans in the registry, or a reference (#bean:name) to an
     * McpServer or a List of them. Their headers stay out of URIs.
     */
    @UriParam(label = "tools")
    private Object mcpServers;

    /**
     * MCP servers declared in the URI as mcp.LABEL.url=..., mcp.LABEL.allowedTools=a,b,
     * mcp.LABEL.requireApproval=always|never, mcp.LABEL.headers=JSON object (multi-value).
     */
    @UriParam(label = "tools", prefix = "mcp.", multiValue = true)
    private Map<String, Object> mcp;

    /**
     * Decides MCP approval requests: an endpoint URI (its answer body true/approve or false/deny) or #bean:name of a
     * Predicate evaluated with the approval request as body. Without it an approval request fails the exchange.
     */
    @UriParam(label = "tools")
    private Object mcpApproval;

    /** Keeps the reasoning items in the conversation sent back to the model (tool loop, repairs, approvals). */
    @UriParam(label = "request", defaultValue = "true")
    private boolean keepReasoningItems = true;

    // --- streaming (issue 10) ---

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

    // --- end streaming (issue 10) ---
    // --- conversation memory (issue 9) ---

    /**
     * Where the conversations selected by the CamelGroqResponsesConversationId header live: a bean implementing
     * dev.camelgroq.responses.memory.ConversationStore. When neither this nor conversationDataSource is set, the
     * component's bounded in-memory store is used (10000 conversations, each kept one hour after its last use).
     */
    @UriParam(label = "memory")
    private dev.camelgroq.responses.memory.ConversationStore conversationStore;

    /**
     * Keeps conversations in a SQL database: a JDBC DataSource bean, shared by every instance that uses it; the table
     * camel_groq_conversation is created when missing. Do not combine with conversationStore.
     */
    @UriParam(label = "memory")
    private javax.sql.DataSource conversationDataSource;

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

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
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

    public String getTextFormat() {
        return textFormat;
    }

    public void setTextFormat(String textFormat) {
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

    public String getReasoningEffort() {
        return reasoningEffort;
    }

    public void setReasoningEffort(String reasoningEffort) {
        this.reasoningEffort = reasoningEffort;
    }

    public Object getTools() {
        return tools;
    }

    public void setTools(Object tools) {
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

    public String getServiceTier() {
        return serviceTier;
    }

    public void setServiceTier(String serviceTier) {
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

    public String getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(String rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public int getOutputTokensEstimate() {
        return outputTokensEstimate;
    }

    public void setOutputTokensEstimate(int outputTokensEstimate) {
        this.outputTokensEstimate = outputTokensEstimate;
    }

    public String getOutputType() {
        return outputType;
    }

    public void setOutputType(String outputType) {
        this.outputType = outputType;
    }

    public int getStructuredOutputRetries() {
        return structuredOutputRetries;
    }

    public void setStructuredOutputRetries(int structuredOutputRetries) {
        this.structuredOutputRetries = structuredOutputRetries;
    }

    public Object getFunctionTools() {
        return functionTools;
    }

    public void setFunctionTools(Object functionTools) {
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

    public String getToolFailureStrategy() {
        return toolFailureStrategy;
    }

    public void setToolFailureStrategy(String toolFailureStrategy) {
        this.toolFailureStrategy = toolFailureStrategy;
    }

    public String getUnknownToolStrategy() {
        return unknownToolStrategy;
    }

    public void setUnknownToolStrategy(String unknownToolStrategy) {
        this.unknownToolStrategy = unknownToolStrategy;
    }

    public Object getMcpServers() {
        return mcpServers;
    }

    public void setMcpServers(Object mcpServers) {
        this.mcpServers = mcpServers;
    }

    public Map<String, Object> getMcp() {
        return mcp;
    }

    public void setMcp(Map<String, Object> mcp) {
        this.mcp = mcp;
    }

    public Object getMcpApproval() {
        return mcpApproval;
    }

    public void setMcpApproval(Object mcpApproval) {
        this.mcpApproval = mcpApproval;
    }

    public boolean isKeepReasoningItems() {
        return keepReasoningItems;
    }

    public void setKeepReasoningItems(boolean keepReasoningItems) {
        this.keepReasoningItems = keepReasoningItems;
    }

    // --- streaming (issue 10) ---

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

    // --- end streaming (issue 10) ---
    // --- conversation memory (issue 9) ---

    public dev.camelgroq.responses.memory.ConversationStore getConversationStore() {
        return conversationStore;
    }

    public void setConversationStore(dev.camelgroq.responses.memory.ConversationStore conversationStore) {
        this.conversationStore = conversationStore;
    }

    public javax.sql.DataSource getConversationDataSource() {
        return conversationDataSource;
    }

    public void setConversationDataSource(javax.sql.DataSource conversationDataSource) {
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
}
