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
import java.util.Map;

import dev.camelgroq.responses.options.BodyFormat;
import dev.camelgroq.responses.options.OutputType;
import dev.camelgroq.responses.options.ReasoningEffort;
import dev.camelgroq.responses.options.ServiceTier;
import dev.camelgroq.responses.options.TextFormat;
import org.apache.camel.RuntimeCamelException;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * Every option of a {@code groq-responses} endpoint. Set on the component, an instance holds the defaults that each
 * endpoint copies ({@link #copy()}) before its own URI options apply. This class holds the options that say what
 * a request asks (common, request and structured labels); the tools options are in {@link GroqResponsesToolOptions}
 * and the options of how a call is carried out (streaming, memory, resilience, advanced, security) in
 * {@link GroqResponsesCallOptions}, which it extends. In each class the fields come first, grouped by label, then the
 * accessors in the same order. Add a new option to its label's group.
 */
@UriParams
public class GroqResponsesConfiguration extends GroqResponsesCallOptions {
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

    /** Returns a deep copy: endpoints start from the component's defaults without sharing mutable maps. */
    public GroqResponsesConfiguration copy() {
        try {
            GroqResponsesConfiguration copy = (GroqResponsesConfiguration) super.clone();
            copy.metadata = copyOf(metadata);
            copy.setAdditionalBodyProperty(copyOf(getAdditionalBodyProperty()));
            copy.setTool(copyOf(getTool()));
            copy.setMcp(copyOf(getMcp()));
            return copy;
        } catch (CloneNotSupportedException e) {
            throw new RuntimeCamelException(e);
        }
    }

    private static Map<String, Object> copyOf(Map<String, Object> map) {
        return map == null ? null : new LinkedHashMap<>(map);
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
}
