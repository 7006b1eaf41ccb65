package dev.camelgroq.responses.ratelimit;

/**
 * This process's share of a budget that other processes, unseen, spend too: halved on a 429 (at most once per round
 * trip, like TCP's congestion window), raised a little on every answer that was not a 429. Uncoordinated instances
 * that each follow this rule converge on sharing the budget between them.
 */
public final class AimdShare {

    /** The smallest share: a process never stops sending altogether. */
    public static final double MIN = 0.05;
    /** The factor applied on a 429. */
    public static final double DECREASE = 0.5;
    /** What each answer that was not a 429 adds. */
    public static final double INCREASE = 0.01;

    private double share = 1;
    private long decreasedAfter = -1;

    /** The current share, between {@link #MIN} and 1. */
    public double value() {
        return share;
    }

    /**
     * Others were seen spending the budget, this process taking {@code observed} of the whole: the share drops
     * towards it, by at most half, once per round trip (like {@link #onRateLimited}).
     */
    public void onCrowded(double observed, long sequence, long lastSent) {
        if (sequence <= decreasedAfter || observed >= share) {
            return;
        }
        share = Math.max(MIN, Math.max(share * DECREASE, observed));
        decreasedAfter = lastSent;
    }

    /** An answer other than a 429. */
    public void onSuccess() {
        share = Math.min(1, share + INCREASE);
    }

    /**
     * A 429 to the request sent as number {@code sequence}, when {@code lastSent} was the newest request sent.
     * Answers to requests sent before the previous decrease are the same congestion event and do not decrease again.
     * Returns whether the share decreased.
     */
    public boolean onRateLimited(long sequence, long lastSent) {
        if (sequence <= decreasedAfter) {
            return false;
        }
        share = Math.max(MIN, share * DECREASE);
        decreasedAfter = lastSent;
        return true;
    }
}
