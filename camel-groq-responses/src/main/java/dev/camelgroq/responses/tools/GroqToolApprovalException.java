package dev.camelgroq.responses.tools;

/**
 * An MCP server asked approval for a tool call and none could be given: no {@code mcpApproval} is configured, or the
 * approval endpoint or Predicate failed. Error code {@code approval_required} or {@code approval_failed}.
 */
public class GroqToolApprovalException extends GroqToolException {

    private static final long serialVersionUID = 1L;

    public GroqToolApprovalException(String message, String code, String toolName, String callId, Throwable cause) {
        super(message, code, toolName, callId, cause);
    }
}
