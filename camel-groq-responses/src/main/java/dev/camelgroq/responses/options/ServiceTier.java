package dev.camelgroq.responses.options;

/**
 * The {@code serviceTier} option: Groq's service tiers; {@code default} is OpenAI's name for {@code on_demand} and is
 * sent as {@code on_demand}.
 */
public enum ServiceTier {
    ON_DEMAND("on_demand"),
    FLEX("flex"),
    PERFORMANCE("performance"),
    AUTO("auto"),
    /** OpenAI's name for Groq's on_demand tier: accepted and sent as on_demand. */
    DEFAULT("on_demand");

    private final String value;

    ServiceTier(String value) {
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
