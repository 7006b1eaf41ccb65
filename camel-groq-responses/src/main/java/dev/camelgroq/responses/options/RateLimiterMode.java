package dev.camelgroq.responses.options;

/** The {@code rateLimiter} option. */
public enum RateLimiterMode implements WireValue {
    /** Requests wait in the rate-limit governor until Groq's reported budget has room. */
    ADAPTIVE,
    /** Requests are sent at once. */
    OFF;
}
