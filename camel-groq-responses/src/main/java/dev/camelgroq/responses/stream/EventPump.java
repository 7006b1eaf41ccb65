package dev.camelgroq.responses.stream;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.concurrent.Executor;

import org.apache.hc.core5.http.nio.CapacityChannel;

/**
 * The bounded buffer between the HTTP read and the route: events are queued by the I/O thread and handled one at a
 * time, in order, by a task on {@code executor} (no thread waits while the queue is empty). When the queued event
 * data reaches {@code limitChars}, the pump stops granting read capacity to the HTTP connection, so the socket read
 * pauses until the route has caught up (backpressure from a slow {@code streamTo} consumer); capacity is granted again
 * once the queue has drained to half. The {@link InactivityTimer} is held meanwhile: that pause is not the server's.
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
    private final StreamStats stats;
    private final InactivityTimer timer;
    private int queuedChars;
    private boolean draining;
    private boolean stopped;
    private CapacityChannel owed;

    EventPump(Executor executor, Handler handler, int limitChars, StreamStats stats, InactivityTimer timer) {
        this.executor = executor;
        this.handler = handler;
        this.limitChars = limitChars;
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
        executor.execute(this::drain);
    }

    /** Called by the HTTP client when its read window is used up: grants more unless the queue is full. */
    void updateCapacity(CapacityChannel channel) throws IOException {
        synchronized (this) {
            if (queuedChars >= limitChars && !stopped) {
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
                if (owed != null && queuedChars <= limitChars / 2) {
                    release = owed;
                    owed = null;
                }
            }
            grant(release);
            if (event == null || !handler.handle(event, () -> executor.execute(this::drain))) {
                return;
            }
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
