package dev.camelgroq.responses.options;

/**
 * What the {@code toolFailureStrategy} and {@code unknownToolStrategy} options do with a failing or unknown tool call.
 */
public enum ToolErrorStrategy implements WireValue {
    /** End the exchange with the failure. */
    FAIL,
    /** Send the error text to the model as the call's output and let it go on. */
    REPORT;
}
