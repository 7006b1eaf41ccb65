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
package dev.camelgroq.responses.ratelimit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The calls of one budget to the shared store: one at a time, in order, on the store pool, so that a slow or locked
 * row of one model holds at most one pool thread and never delays another model's calls. Every call has a deadline
 * ({@link #CALL_TIMEOUT_MILLIS}); after a failure or a missed deadline the lane rests for {@link #REST_MILLIS}: it
 * refuses calls at once, so the budget decides locally meanwhile, then lets one call try the store again.
 */
final class StoreLane {

    /** The longest a caller waits for one store call (a locked row, a slow database, an exhausted pool). */
    static final long CALL_TIMEOUT_MILLIS = 2_500;
    /** After a store call failed or missed its deadline, how long the budget decides without asking the store. */
    static final long REST_MILLIS = 5_000;
    /** Calls waiting for their turn in one lane; beyond, a call fails at once. */
    static final int MAX_QUEUED = 64;

    /** A store call that did not answer in time, or was not let in. */
    static final class StoreUnavailableException extends RuntimeException {
        StoreUnavailableException(String message) {
            super(message);
        }
    }

    private record Call<T>(Supplier<T> work, CompletableFuture<T> future) {
        void run() {
            if (future.isDone()) {
                return; // its deadline passed while it waited: the caller has moved on
            }
            try {
                future.complete(work.get());
            } catch (RuntimeException | Error e) {
                future.completeExceptionally(e);
            }
        }
    }

    private final String name;
    private final Executor pool;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final Deque<Call<?>> calls = new ArrayDeque<>();
    private boolean running;
    private long restUntil;

    /** Calls run on {@code pool}; their deadlines on {@code scheduler}. */
    StoreLane(String name, Executor pool, ScheduledExecutorService scheduler, LongSupplier clock) {
        this.name = name;
        this.pool = pool;
        this.scheduler = scheduler;
        this.clock = clock;
    }

    /** Whether the store is asked now (false while resting after a failure). */
    synchronized boolean open() {
        return clock.getAsLong() >= restUntil;
    }

    /** Runs {@code work} on the pool after the lane's earlier calls; fails at once while resting or when full. */
    <T> CompletableFuture<T> submit(Supplier<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        boolean dispatch;
        synchronized (this) {
            if (clock.getAsLong() < restUntil) {
                future.completeExceptionally(new StoreUnavailableException("the shared rate-limit store of " + name
                                                                           + " failed or was slow a moment ago"));
                return future;
            }
            if (calls.size() >= MAX_QUEUED) {
                rest();
                future.completeExceptionally(new StoreUnavailableException(MAX_QUEUED + " calls to the shared"
                                                                           + " rate-limit store of " + name
                                                                           + " are waiting already"));
                return future;
            }
            calls.addLast(new Call<>(work, future));
            dispatch = !running;
            running = true;
        }
        ScheduledFuture<?> deadline = null;
        try {
            deadline = scheduler.schedule(() -> {
                if (future.completeExceptionally(new StoreUnavailableException("the shared rate-limit store did"
                                                                                + " not answer " + name + " within "
                                                                                + CALL_TIMEOUT_MILLIS + " ms (a"
                                                                                + " locked row or a slow database)"))) {
                    synchronized (this) {
                        rest();
                    }
                }
            }, CALL_TIMEOUT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            future.completeExceptionally(new StoreUnavailableException("the component is stopping"));
        }
        ScheduledFuture<?> timer = deadline;
        future.whenComplete((v, failure) -> {
            if (timer != null) {
                timer.cancel(false);
            }
            if (failure != null && !(failure instanceof StoreUnavailableException)) {
                synchronized (this) {
                    rest();
                }
            }
        });
        if (dispatch) {
            dispatch();
        }
        return future;
    }

    private void rest() {
        restUntil = Math.max(restUntil, clock.getAsLong() + REST_MILLIS);
    }

    private void dispatch() {
        try {
            pool.execute(this::runNext);
        } catch (RejectedExecutionException e) {
            Deque<Call<?>> dropped;
            synchronized (this) {
                running = false;
                dropped = new ArrayDeque<>(calls);
                calls.clear();
                rest();
            }
            dropped.forEach(c -> c.future().completeExceptionally(new StoreUnavailableException(
                    "the shared rate-limit store's pool is full or stopped")));
        }
    }

    /** Runs one call, then hands the thread back and queues the next, so that lanes take turns on the pool. */
    private void runNext() {
        Call<?> call;
        synchronized (this) {
            call = calls.pollFirst();
        }
        if (call != null) {
            call.run();
        }
        synchronized (this) {
            if (calls.isEmpty()) {
                running = false;
                return;
            }
        }
        dispatch();
    }
}
