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
package dev.camelgroq.examples.kafka;

import java.util.concurrent.atomic.AtomicLong;

import org.springframework.stereotype.Component;

/** The pipeline's counters, and the one SUMMARY line that reports them. */
@Component
public class PipelineStats {

    private final long startNanos = System.nanoTime();
    private final AtomicLong in = new AtomicLong();
    private final AtomicLong enriched = new AtomicLong();
    private final AtomicLong dead = new AtomicLong();
    private final AtomicLong tokens = new AtomicLong();
    private final AtomicLong input = new AtomicLong();
    private final AtomicLong cached = new AtomicLong();

    /** A record was read from the input topic. */
    public void read() {
        in.incrementAndGet();
    }

    /**
     * A record's row was written; {@code totalTokens} is what its Groq call used, {@code inputTokens} its input and
     * {@code cachedTokens} the part of its input Groq served from its prompt cache (each null when unknown).
     */
    public void enriched(Long totalTokens, Long inputTokens, Long cachedTokens) {
        if (totalTokens != null) {
            tokens.addAndGet(totalTokens);
        }
        if (inputTokens != null) {
            input.addAndGet(inputTokens);
        }
        if (cachedTokens != null) {
            cached.addAndGet(cachedTokens);
        }
        enriched.incrementAndGet();
        finished();
    }

    /** A record went to the dead-letter topic. */
    public void dead() {
        dead.incrementAndGet();
        finished();
    }

    /** Records finished either way. */
    public long done() {
        return enriched.get() + dead.get();
    }

    /** Waits until {@code count} records are finished or the timeout passes; returns whether they are. */
    public synchronized boolean awaitDone(long count, java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (done() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            java.util.concurrent.TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    private synchronized void finished() {
        notifyAll();
    }

    public long in() {
        return in.get();
    }

    public long enrichedCount() {
        return enriched.get();
    }

    public long deadCount() {
        return dead.get();
    }

    public long tokens() {
        return tokens.get();
    }

    /** Input tokens Groq served from its prompt cache (billed at half price, not counted by its rate limits). */
    public long cachedTokens() {
        return cached.get();
    }

    /** Input tokens of the records' Groq calls. */
    public long inputTokens() {
        return input.get();
    }

    /**
     * The estimated share of the input-token cost that Groq's prompt cache saved, in percent: cached input tokens
     * are billed at half price, so the saving is {@code cached / 2} of {@code input} (0 when no input was counted).
     * Output tokens, which the cache does not touch, are left out.
     */
    public double inputCostSavedPercent() {
        long in = input.get();
        return in == 0 ? 0 : 100.0 * cached.get() / 2 / in;
    }

    /**
     * {@code SUMMARY in=<n> enriched=<n> dead=<n> tokens=<n> cached=<n> saved=<p>% seconds=<s>}: {@code saved} is
     * {@link #inputCostSavedPercent()}.
     */
    public String summary() {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return String.format(java.util.Locale.ROOT, "SUMMARY in=%d enriched=%d dead=%d tokens=%d cached=%d saved=%.1f%%"
                                                    + " seconds=%.1f", in.get(), enriched.get(), dead.get(),
                tokens.get(), cached.get(), inputCostSavedPercent(), seconds);
    }
}
