package dev.camelgroq.responses.stream;

import java.net.SocketTimeoutException;

/** A streamed attempt was still going when its {@code streamTimeout} (the longest it may take in all) ran out. */
final class StreamTimeoutException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    StreamTimeoutException(long streamTimeoutMillis) {
        super("the streamed answer took longer than streamTimeout=" + streamTimeoutMillis + " ms in all (keep-alive"
              + " comments and pauses included): reading stopped there (raise streamTimeout for longer answers)");
    }
}
