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

import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The {@code requestTimeout} of one streamed attempt: the longest silence from the server while the component is
 * reading. Time during which the component itself withholds read capacity (its {@code streamTo} route lags behind)
 * is the consumer's slowness, not the server's, so it does not count: the clock stops on {@link #hold()} and starts
 * afresh on {@link #release()}. Bytes only record a time stamp; one scheduled check per period looks at it, so no task
 * is scheduled per event and no thread waits.
 */
final class InactivityTimer {

    private final ScheduledExecutorService scheduler;
    private final long timeoutNanos;
    private volatile long lastActivity = System.nanoTime();
    private Runnable onExpiry;
    private boolean held;
    private boolean done;
    private Future<?> check;

    /** {@code timeoutMillis} 0 means no timeout. */
    InactivityTimer(ScheduledExecutorService scheduler, long timeoutMillis) {
        this.scheduler = scheduler;
        this.timeoutNanos = TimeUnit.MILLISECONDS.toNanos(Math.max(0, timeoutMillis));
    }

    /** Starts the clock; {@code onExpiry} runs once when the server has been silent for the whole timeout. */
    synchronized void start(Runnable onExpiry) {
        if (timeoutNanos == 0 || done) {
            return;
        }
        this.onExpiry = onExpiry;
        lastActivity = System.nanoTime();
        schedule(timeoutNanos);
    }

    /** Bytes arrived. */
    void touch() {
        lastActivity = System.nanoTime();
    }

    /** The component stopped reading: the silence that follows is not the server's. */
    synchronized void hold() {
        held = true;
    }

    /** The component reads again: the clock starts afresh. */
    synchronized void release() {
        held = false;
        lastActivity = System.nanoTime();
    }

    /** The attempt is over: the timer never fires. */
    synchronized void cancel() {
        done = true;
        if (check != null) {
            check.cancel(false);
            check = null;
        }
    }

    private void check() {
        Runnable expired;
        synchronized (this) {
            if (done) {
                return;
            }
            long silent = System.nanoTime() - lastActivity;
            if (held || silent < timeoutNanos) {
                schedule(held ? timeoutNanos : timeoutNanos - silent);
                return;
            }
            done = true;
            expired = onExpiry;
        }
        expired.run();
    }

    private void schedule(long delayNanos) {
        try {
            check = scheduler.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
        } catch (RejectedExecutionException stopping) {
            // the component is stopping, which ends every call in flight anyway
            check = null;
        }
    }
}
