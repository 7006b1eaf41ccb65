package dev.camelgroq.responses.ratelimit;

/**
 * Admission of one HTTP attempt by a {@link RateLimitBucket}: its place in the send order, the tokens reserved, how
 * long it waited, and when it was sent.
 */
public record Permit(RateLimitBucket bucket, long sequence, long tokens, long tokensSentBefore, long waitedMillis,
                     long sentAt) {

    /** A permit for a request that bypasses the governor. */
    public static Permit unlimited() {
        return new Permit(null, 0, 0, 0, 0, 0);
    }
}
