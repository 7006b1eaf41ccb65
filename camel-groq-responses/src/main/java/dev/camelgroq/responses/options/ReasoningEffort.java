package dev.camelgroq.responses.options;

/** The {@code reasoningEffort} option: the request's {@code reasoning.effort}. */
public enum ReasoningEffort implements WireValue {
    LOW,
    MEDIUM,
    HIGH;
}
