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

import java.util.List;
import java.util.Map;

import dev.camelgroq.responses.options.ToolErrorStrategy;
import dev.camelgroq.responses.tools.GroqTool;
import dev.camelgroq.responses.tools.McpServer;
import org.apache.camel.Predicate;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The tools options of a {@code groq-responses} endpoint (label tools): function tools run as Camel endpoints, MCP
 * servers, built-in tools and how their calls run. One part of {@link GroqResponsesConfiguration}, which is the class
 * to use; the options are split over three classes by label so that each stays readable.
 */
@UriParams
public abstract class GroqResponsesToolOptions implements Cloneable {
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
}
