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

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * The bounded buffer between the HTTP read and the route: events are queued by the I/O thread and handled one at a
 * time, in order, by a task on {@code executor} (no thread waits while the queue is empty). When the queued event
 * data reaches {@code limitChars} or the queue holds {@code limitEvents} events (terminal events count like any
 * other), the pump stops granting read capacity to the HTTP connection, so the socket read pauses until the route has
 * caught up (backpressure from a slow {@code streamTo} consumer); capacity is granted again once the queue has drained
 * to half of both. The {@link InactivityTimer} is held meanwhile: that pause is not the server's. When the executor
 * refuses the work (its bulkhead is full), the stream fails at once rather than run its route on the I/O thread.
 */
final class EventPump {

    /** Handles one event; returns false when it will call {@code resume} later (asynchronous handling). */
    interface Handler {
        boolean handle(StreamEvent event, Runnable resume);
    }

    /** How much read capacity is granted at a time (bytes). */
    static final int CAPACITY_INCREMENT = 32 * 1024;

    private final ArrayDeque<StreamEvent> queue = new ArrayDeque<>();
    private final Executor executor;
    private final Handler handler;
    private final int limitChars;
    private final int limitEvents;
    private final StreamStats stats;
    private final InactivityTimer timer;
    private int queuedChars;
    private boolean draining;
    private boolean stopped;
    private CapacityChannel owed;

    EventPump(Executor executor, Handler handler, int limitChars, int limitEvents, StreamStats stats,
              InactivityTimer timer) {
        this.executor = executor;
        this.handler = handler;
        this.limitChars = limitChars;
        this.limitEvents = limitEvents;
        this.stats = stats;
        this.timer = timer;
    }

    void offer(StreamEvent event) {
        synchronized (this) {
            if (stopped) {
                return;
            }
            queue.add(event);
            queuedChars += event.size();
            stats.observe(queuedChars, queue.size());
            if (draining) {
                return;
            }
            draining = true;
        }
        startDrain();
    }

    /** Hands the draining to the executor (the pump is marked draining). */
    private void startDrain() {
        try {
            executor.execute(this::drain);
        } catch (RejectedExecutionException full) {
            // no thread for the route: end the attempt here (no user code runs; the pump stays marked draining, so no
            // other thread starts a drain meanwhile) and read no further
            handler.handle(StreamEvent.failure(full), () -> {
            });
        }
    }

    /** Whether the pump handles nothing more (a terminal event was handled): later bytes need no parsing. */
    synchronized boolean isStopped() {
        return stopped;
    }

    private boolean full() {
        return queuedChars >= limitChars || queue.size() >= limitEvents;
    }

    /** Called by the HTTP client when its read window is used up: grants more unless the queue is full. */
    void updateCapacity(CapacityChannel channel) throws IOException {
        synchronized (this) {
            if (full() && !stopped) {
                owed = channel;
                stats.paused();
                timer.hold();
                return;
            }
        }
        channel.update(CAPACITY_INCREMENT);
    }

    /** Drops what is queued and handles nothing more (after a terminal event). */
    void stop() {
        CapacityChannel release;
        synchronized (this) {
            stopped = true;
            queue.clear();
            queuedChars = 0;
            release = owed;
            owed = null;
        }
        grant(release);
    }

    private void drain() {
        for (;;) {
            StreamEvent event;
            CapacityChannel release = null;
            synchronized (this) {
                event = stopped ? null : queue.poll();
                if (event == null) {
                    draining = false;
                } else {
                    queuedChars -= event.size();
                }
                if (owed != null && queuedChars <= limitChars / 2 && queue.size() <= limitEvents / 2) {
                    release = owed;
                    owed = null;
                }
            }
            grant(release);
            if (event == null) {
                return;
            }
            Resume resume = new Resume();
            if (!handler.handle(event, resume) && resume.mustWait()) {
                // handled asynchronously: the resume starts the next drain when the handling completes
                return;
            }
        }
    }

    /**
     * Continues draining after an asynchronous handling. When the handling completes before the handler even returned
     * (Camel often calls back on the same thread), this drain goes on by itself, holding its thread, instead of
     * handing a new task to the executor.
     */
    private final class Resume implements Runnable {
        private boolean returned;
        private boolean resumed;

        @Override
        public void run() {
            synchronized (this) {
                if (!returned) {
                    resumed = true;
                    return;
                }
            }
            startDrain();
        }

        /** Called when the handler returned; true when the drain must wait for {@link #run}. */
        synchronized boolean mustWait() {
            returned = true;
            return !resumed;
        }
    }

    private void grant(CapacityChannel channel) {
        if (channel != null) {
            timer.release();
            try {
                channel.update(CAPACITY_INCREMENT);
            } catch (IOException | RuntimeException closed) {
                // the connection is gone; the consumer is told through failed()
            }
        }
    }
}
