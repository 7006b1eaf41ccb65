package dev.camelgroq.responses.stream;

/**
 * The deltas of one streamed attempt buffered for {@code streamTo} (options streamMinChars and streamMaxDelay): text
 * is joined until at least {@code minChars} characters are buffered; a delta of another output item first hands on
 * what is buffered. The joined delta carries the sequence number and item id of its last delta. Used only by the
 * attempt's pump task, one event at a time, so it needs no locking.
 */
final class DeltaCoalescer {

    private final StreamCoalescing settings;
    private final StringBuilder text = new StringBuilder();
    private StreamEvent last;
    private long firstNanos;

    DeltaCoalescer(StreamCoalescing settings) {
        this.settings = settings;
    }

    /**
     * Adds a delta; returns what is to be sent now (the buffered text when it reached minChars, or the text of the
     * previous output item when this delta starts another one), or null. {@code started} is told when the buffer
     * receives its first text (so that the caller can schedule the streamMaxDelay flush).
     */
    StreamEvent add(StreamEvent delta, Runnable started) {
        StreamEvent out = null;
        if (last != null && !java.util.Objects.equals(last.itemId(), delta.itemId())) {
            out = take();
        }
        if (text.length() == 0) {
            firstNanos = System.nanoTime();
            started.run();
        }
        text.append(delta.text());
        last = delta;
        if (out == null && settings.minChars() > 0 && text.length() >= settings.minChars()) {
            out = take();
        }
        return out;
    }

    /** The buffered text when it has waited streamMaxDelay (a flush timer fired), else null. */
    StreamEvent due() {
        if (last == null || System.nanoTime() - firstNanos < settings.maxDelayMillis() * 1_000_000) {
            return null;
        }
        return take();
    }

    /** Everything buffered (at the end of the answer), or null when nothing is. */
    StreamEvent rest() {
        return last == null ? null : take();
    }

    private StreamEvent take() {
        StreamEvent joined = StreamEvent.delta(last, text.toString());
        text.setLength(0);
        last = null;
        return joined;
    }
}
