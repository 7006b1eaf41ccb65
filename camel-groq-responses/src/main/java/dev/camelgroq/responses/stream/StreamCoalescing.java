package dev.camelgroq.responses.stream;

/**
 * How an endpoint coalesces the deltas it sends to {@code streamTo}: {@code minChars} (option streamMinChars; 0: no
 * size rule) and {@code maxDelayMillis} (option streamMaxDelay; 0: no time rule). Both 0: every delta is sent alone.
 */
public record StreamCoalescing(int minChars, long maxDelayMillis) {

    /** Every delta sent as it arrives. */
    public static final StreamCoalescing NONE = new StreamCoalescing(0, 0);

    public boolean enabled() {
        return minChars > 0 || maxDelayMillis > 0;
    }
}
