/*
 * Copyright 2026 The camel-groq-responses authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package dev.camelgroq.responses.stream;

/**
 * The deltas of one streamed attempt buffered for {@code streamTo} (options streamMinChars and streamMaxDelay): text
 * is joined until at least {@code minChars} characters are buffered (at most {@link #MAX_CHARS}, half the stream's
 * queue, so that the buffer is bounded whatever the option says); a delta of another output item first hands on what
 * is buffered. The joined delta carries the sequence number and item id of its last delta. Not thread-safe: its
 * owner locks it.
 */
final class DeltaCoalescer {

    /** The most text joined into one delta. */
    static final int MAX_CHARS = Streaming.QUEUE_LIMIT_CHARS / 2;

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
        if (out == null && (settings.minChars() > 0 && text.length() >= settings.minChars()
                            || text.length() >= MAX_CHARS)) {
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
