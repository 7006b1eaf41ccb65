package dev.camelgroq.responses.options;

/**
 * What the {@code toolFailureStrategy} and {@code unknownToolStrategy} options do with a failing or unknown tool call.
 */
public enum ToolErrorStrategy {
    /** End the exchange with the failure. */
    FAIL("fail"),
    /** Send the error text to the model as the call's output and let it go on. */
    REPORT("report");

    private final String value;

    ToolErrorStrategy(String value) {
        this.value = value;
    }

    /** The value as written in URIs and sent on the wire. */
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
