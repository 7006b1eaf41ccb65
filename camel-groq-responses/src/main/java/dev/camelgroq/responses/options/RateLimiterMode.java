package dev.camelgroq.responses.options;

/** The {@code rateLimiter} option. */
public enum RateLimiterMode {
    /** Requests wait in the rate-limit governor until Groq's reported budget has room. */
    ADAPTIVE("adaptive"),
    /** Requests are sent at once. */
    OFF("off");

    private final String value;

    RateLimiterMode(String value) {
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
