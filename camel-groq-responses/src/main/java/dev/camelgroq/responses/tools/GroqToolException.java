package dev.camelgroq.responses.tools;

import org.apache.camel.RuntimeCamelException;

/** A tool call could not be completed: its endpoint failed, or the model called a tool that is not declared. */
public class GroqToolException extends RuntimeCamelException {

    private static final long serialVersionUID = 1L;

    private final String toolName;
    private final String callId;

    public GroqToolException(String message, String toolName, String callId, Throwable cause) {
        super(message, cause);
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
