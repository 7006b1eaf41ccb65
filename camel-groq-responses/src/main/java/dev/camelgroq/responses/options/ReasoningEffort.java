package dev.camelgroq.responses.options;

/** The {@code reasoningEffort} option: the request's {@code reasoning.effort}. */
public enum ReasoningEffort {
    LOW("low"),
    MEDIUM("medium"),
    HIGH("high");

    private final String value;

    ReasoningEffort(String value) {
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
