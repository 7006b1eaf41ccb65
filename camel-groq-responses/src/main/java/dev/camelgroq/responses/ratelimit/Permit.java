package dev.camelgroq.responses.ratelimit;

/**
 * Admission of one HTTP attempt by a {@link RateLimitBucket}: its place in the send order, the tokens reserved, and how
 * long it waited.
 */
public record Permit(RateLimitBucket bucket, long sequence, long tokens, long tokensSentBefore, long waitedMillis) {

    /** A permit for a request that bypasses the governor. */
    public static Permit unlimited() {
        return new Permit(null, 0, 0, 0, 0);
    }
}
