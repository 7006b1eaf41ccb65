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

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What an endpoint's streams held at most: the peak of queued event data (characters) and queued events across its
 * streams, and how often a stream paused the HTTP read because its route lagged behind. Exposed for monitoring and
 * tests of the memory bound.
 */
public final class StreamStats {

    private final AtomicInteger peakQueuedChars = new AtomicInteger();
    private final AtomicInteger peakQueuedEvents = new AtomicInteger();
    private final AtomicLong pauses = new AtomicLong();

    void observe(int queuedChars, int queuedEvents) {
        peakQueuedChars.accumulateAndGet(queuedChars, Math::max);
        peakQueuedEvents.accumulateAndGet(queuedEvents, Math::max);
    }

    void paused() {
        pauses.incrementAndGet();
    }

    /** The most event data (characters) one stream had queued for its route at once. */
    public int peakQueuedChars() {
        return peakQueuedChars.get();
    }

    /** The most events one stream had queued for its route at once. */
    public int peakQueuedEvents() {
        return peakQueuedEvents.get();
    }

    /** How many times a stream stopped reading from the connection because its queue was full. */
    public long readPauses() {
        return pauses.get();
    }
}
