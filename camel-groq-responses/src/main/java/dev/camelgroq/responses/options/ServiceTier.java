package dev.camelgroq.responses.options;

/**
 * The {@code serviceTier} option: Groq's service tiers; {@code default} is OpenAI's name for {@code on_demand} and is
 * sent as {@code on_demand}.
 */
public enum ServiceTier implements WireValue {
    ON_DEMAND,
    FLEX,
    PERFORMANCE,
    AUTO,
    /** OpenAI's name for Groq's on_demand tier: accepted and sent as on_demand. */
    DEFAULT;

    @Override
    public String value() {
        return this == DEFAULT ? ON_DEMAND.value() : WireValue.super.value();
    }
}
