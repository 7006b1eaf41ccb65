package dev.camelgroq.responses.tools;

import dev.camelgroq.responses.GroqResponsesException;

/**
 * A tool call could not be completed: its endpoint failed, or the model called a tool that is not declared. A
 * {@link GroqResponsesException}, so one {@code onException(GroqResponsesException.class)} catches it too; its
 * {@code errorType} is {@code tool_error}.
 */
public class GroqToolException extends GroqResponsesException {

    private static final long serialVersionUID = 1L;

    private final String toolName;
    private final String callId;

    public GroqToolException(String message, String toolName, String callId, Throwable cause) {
        this(message, "tool_failed", toolName, callId, cause);
    }

    protected GroqToolException(String message, String code, String toolName, String callId, Throwable cause) {
        super(message, cause, new Details().type("tool_error").code(code).message(message));
        this.toolName = toolName;
        this.callId = callId;
    }

    public String getToolName() {
        return toolName;
    }

    public String getCallId() {
        return callId;
    }
}
