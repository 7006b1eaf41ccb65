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

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.camelgroq.responses.call.Bulkhead;
import dev.camelgroq.responses.call.RouteContinuation;
import dev.camelgroq.responses.call.ResponsesCaller;
import dev.camelgroq.responses.flow.FlowSettings;
import dev.camelgroq.responses.secrets.KnownSecrets;
import dev.camelgroq.responses.secrets.UriMasking;
import dev.camelgroq.responses.options.OutputType;
import dev.camelgroq.responses.options.RateLimiterMode;
import dev.camelgroq.responses.options.ToolErrorStrategy;
import dev.camelgroq.responses.http.GroqApi;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.memory.ConversationMemory;
import dev.camelgroq.responses.observe.EndpointObserver;
import dev.camelgroq.responses.observe.GroqResponsesHealthCheck;
import dev.camelgroq.responses.observe.ObservedEndpoint;
import dev.camelgroq.responses.observe.Observers;
import dev.camelgroq.responses.observe.ProducerHealthChecks;
import dev.camelgroq.responses.stream.StreamCoalescing;
import dev.camelgroq.responses.stream.StreamLimits;
import dev.camelgroq.responses.stream.StreamResources;
import dev.camelgroq.responses.stream.Streaming;
import dev.camelgroq.responses.structured.ClassSchemas;
import dev.camelgroq.responses.structured.StructuredOutput;
import dev.camelgroq.responses.tools.FunctionTools;
import dev.camelgroq.responses.tools.McpApprover;
import dev.camelgroq.responses.tools.McpTools;
import dev.camelgroq.responses.tools.ToolRunner;
import dev.camelgroq.responses.call.RetryPolicy;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import dev.camelgroq.responses.request.OptionChecks;
import dev.camelgroq.responses.request.RequestDefaults;
import dev.camelgroq.responses.request.RequestMapper;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Calls Groq's OpenAI-compatible Responses API: the exchange becomes the request (model, instructions, input, text
 * format and JSON schema, reasoning, tools) and the answer becomes the body and headers (output text, output items,
 * usage, timing, rate-limit state).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "groq-responses", title = "Groq Responses",
             syntax = "groq-responses:name", producerOnly = true, category = { Category.AI },
             headersClass = GroqResponsesConstants.class)
public class GroqResponsesEndpoint extends DefaultEndpoint implements EndpointServiceLocation, ObservedEndpoint {

    /** The step's logical name (for example extract or classify); it labels logs, errors and metrics. */
    @UriPath
    @Metadata(required = true)
    private String name;

    @UriParam
    private GroqResponsesConfiguration configuration;

    private RequestMapper requestMapper;
    private FlowSettings flow;
    private ToolRunner toolRunner;
    private McpApprover approver;
    private EndpointObserver observer;
    private GroqResponsesHealthCheck healthCheck;

    private Streaming streaming;
    private ConversationMemory memory;
    private ResponsesCaller caller;
    private RouteContinuation continuation;

    public GroqResponsesEndpoint(String uri, GroqResponsesComponent component, GroqResponsesConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public GroqResponsesComponent getComponent() {
        return (GroqResponsesComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new GroqResponsesProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("groq-responses is a producer only: use it in to(...), not from(...)");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        GroqResponsesConfiguration c = configuration;
        // the one validation entry at start: where Groq is and the key, then every option value
        GroqApi api = GroqApi.of(c.getBaseUrl(), c.isAllowInsecureHttp(), c.getApiKey(), name);
        String apiKey = api.apiKey();
        OptionChecks.atStart(c);
        Class<?> outputClass = c.getOutputClass() == null ? null : outputClass(c.getOutputClass());
        JsonNode classSchema = outputClass == null ? null : ClassSchemas.schemaOf(outputClass, c.isStrictSchema());
        FunctionTools functionTools = FunctionTools.resolve(getCamelContext(), c.getFunctionTools(), c.getTool());
        ArrayNode extraTools = functionTools.definitions();
        ArrayNode mcpTools = McpTools.resolve(c.getMcpServers(), c.getMcp());
        extraTools.addAll(mcpTools);
        KnownSecrets.register(this, secrets(apiKey, mcpTools));
        RequestDefaults defaults = RequestDefaults.prepare(getCamelContext(), c, classSchema, extraTools);
        requestMapper = new RequestMapper(defaults);

        RetryPolicy retry = new RetryPolicy(c.getMaxRetries(), c.getRetryInitialDelay(), c.getRetryMaxDelay(),
                c.getRateLimitMaxWait());
        RateLimitGovernor governor = c.getRateLimiter() == RateLimiterMode.OFF ? null : getComponent().getGovernor();
        caller = new ResponsesCaller(getComponent().getTransport(), getComponent().getScheduler(),
                new ResponsesCaller.Settings(name, api, c.isInferenceMetrics(), c.getRequestTimeout(), retry,
                        governor, c.getOutputTokensEstimate(), c.getMaxResponseSize(), c.getMaxInputSize()));
        StructuredOutput structured = defaults.schema() == null ? null
                : new StructuredOutput(defaults.schema(), outputClass, c.getOutputType() == OutputType.MAP,
                        c.getStructuredOutputRetries());
        Executor executor = getComponent().getBulkhead(Bulkhead.TOOLS);
        toolRunner = functionTools.isEmpty() || !c.isAutoToolExecution() ? null
                : new ToolRunner(getCamelContext(), functionTools, executor, c.isParallelToolExecution(),
                        c.getMaxParallelToolCalls(), c.getToolFailureStrategy() == ToolErrorStrategy.FAIL,
                        c.getUnknownToolStrategy() == ToolErrorStrategy.FAIL);
        approver = McpApprover.of(getCamelContext(), c.getMcpApproval(), c.getMcpApprovalPredicate());
        observer = Observers.create(getCamelContext(), getComponent().getMeterRegistry(), name, c.getBaseUrl(),
                governor == null ? null : model -> governor.bucket(apiKey, model).snapshot().queued());
        caller.observeWith(observer);
        GroqHttpTransport transport = getComponent().getTransport();
        healthCheck = ProducerHealthChecks.add(getCamelContext(), name, getComponent().isHealthCheckProducerEnabled(),
                id -> new GroqResponsesHealthCheck(id, transport, api,
                        getComponent().getHealthCheckInterval(),
                        c.getRequestTimeout() > 0 ? Math.min(c.getRequestTimeout(), 10_000) : 10_000));
        flow = new FlowSettings(name, caller, structured, c.getOutputType() == OutputType.MAP, toolRunner,
                c.getMaxToolIterations(), approver, c.isKeepReasoningItems(), executor,
                c.getStructuredOutputRetries(), observer);
        streaming = new Streaming(getCamelContext(), c.getStreamTo(), new StreamResources(getComponent().getTransport(),
                getComponent().getBulkhead(Bulkhead.STREAMS), getComponent().getScheduler(),
                new StreamLimits(c.getMaxResponseSize(), c.getStreamTimeout())),
                new StreamCoalescing(c.getStreamMinChars(), c.getStreamMaxDelay()));
        streaming.start();
        memory = ConversationMemory.create(c, getComponent()::getInMemoryConversationStore,
                getComponent().getBulkhead(Bulkhead.STORE));
        continuation = new RouteContinuation(getComponent().getBulkhead(Bulkhead.ROUTE));
    }

    /** The API key and the MCP header values: redacted from every text the component shows. */
    private static List<String> secrets(String apiKey, ArrayNode mcpTools) {
        List<String> secrets = new ArrayList<>(List.of(apiKey));
        mcpTools.forEach(tool -> tool.path("headers").forEach(value -> secrets.add(value.asText())));
        return secrets;
    }

    @Override
    protected void doStop() throws Exception {
        if (caller != null) {
            // nothing in flight outlives the endpoint
            caller.stop();
        }
        KnownSecrets.unregister(this);
        ProducerHealthChecks.remove(getCamelContext(), healthCheck);
        if (streaming != null) {
            streaming.stop();
        }
        if (toolRunner != null) {
            toolRunner.stop(name);
        }
        if (approver != null) {
            approver.stop(name);
        }
        super.doStop();
    }

    private Class<?> outputClass(String className) {
        try {
            return getCamelContext().getClassResolver().resolveMandatoryClass(className);
        } catch (ClassNotFoundException e) {
            throw new IllegalArgumentException("Option outputClass: class " + className + " not found on the"
                                               + " classpath",
                    e);
        }
    }

    /** This endpoint's call statistics and meters (null until started). */
    public EndpointObserver getObserver() {
        return observer;
    }

    RequestMapper getRequestMapper() {
        return requestMapper;
    }

    FlowSettings getFlow() {
        return flow;
    }

    /** The endpoint's streaming setup and the bounds its streams reached. */
    public Streaming getStreaming() {
        return streaming;
    }

    ConversationMemory getMemory() {
        return memory;
    }

    /** Where the calling route goes on after an exchange ended asynchronously (never an HTTP I/O thread). */
    RouteContinuation getContinuation() {
        return continuation;
    }

    @Override
    public String getServiceUrl() {
        return UriMasking.sanitize(configuration.getBaseUrl());
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public String getName() {
        return name;
    }

    /** The step's logical name. */
    public void setName(String name) {
        this.name = name;
    }

    public GroqResponsesConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(GroqResponsesConfiguration configuration) {
        this.configuration = configuration;
    }
}
