package dev.camelgroq.responses.stream;

/**
 * The caps of an endpoint's streamed attempts: {@code maxResponseBytes} (the maxResponseSize option: the whole stream,
 * and one line or event, 0: no limit for the stream) and {@code streamTimeoutMillis} (the streamTimeout option: the
 * longest one streamed attempt may take in all, 0: none).
 */
public record StreamLimits(long maxResponseBytes, long streamTimeoutMillis) {

    /** The most one line or event may hold when maxResponseSize is 0 (no limit for the stream as a whole). */
    public static final long MAX_EVENT_BYTES_WITHOUT_LIMIT = 64L * 1024 * 1024;

    /** The most one line, or the data of one event, may hold. */
    public long maxEventBytes() {
        return maxResponseBytes > 0 ? maxResponseBytes : MAX_EVENT_BYTES_WITHOUT_LIMIT;
    }
}
