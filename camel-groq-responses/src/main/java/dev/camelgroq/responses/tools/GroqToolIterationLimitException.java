package dev.camelgroq.responses.tools;

/**
 * The model still called tools (or asked approvals) after {@code maxToolIterations} rounds. Error code
 * {@code max_tool_iterations}.
 */
public class GroqToolIterationLimitException extends GroqToolException {

    private static final long serialVersionUID = 1L;

    public GroqToolIterationLimitException(String message) {
        super(message, "max_tool_iterations", null, null, null);
    }
}
