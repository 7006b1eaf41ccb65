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
package dev.camelgroq.responses.call;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

import org.apache.camel.api.management.ManagedAttribute;
import org.apache.camel.api.management.ManagedResource;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;

/**
 * One kind of work of a component on a pool of its own (tools and approval hooks, stream deliveries, conversation
 * store I/O), so that one kind cannot starve another: a bounded number of threads and a bounded queue. When both are
 * full, a task is refused with {@link FullException}, which fails the exchange that asked for it with a clear error;
 * a task never runs on the thread that submits it (which may be an HTTP I/O thread).
 * <p>
 * The sizes are the defaults given here unless the CamelContext's {@link ExecutorServiceManager} has a
 * {@link ThreadPoolProfile} registered under the bulkhead's name (for example {@code GroqResponsesTools}): then its
 * pool size or max pool size (the larger caps the threads), keep-alive (idle threads always leave after it) and queue
 * size apply; the rejection stays "refuse" and an unbounded queue becomes the default bound. The threads are those of
 * a {@link HandOffPool}, which wakes a thread only when no thread is looking for work.
 */
@ManagedResource(description = "A groq-responses bulkhead: one kind of the component's work on a bounded pool of its own")
public final class Bulkhead implements Executor {

    /** The bulkhead of tool calls and MCP approval hooks. */
    public static final String TOOLS = "GroqResponsesTools";
    /** The bulkhead that delivers streamed deltas to streamTo endpoints. */
    public static final String STREAMS = "GroqResponsesStreams";
    /** The bulkhead of blocking conversation-store calls (JDBC). */
    public static final String STORE = "GroqResponsesStore";
    /** The bulkhead on which the calling route goes on after the step ({@link RouteContinuation}). */
    public static final String ROUTE = "GroqResponsesRoute";

    /** The threads of each bulkhead by default. */
    public static final int DEFAULT_THREADS = 20;
    /** The tasks each bulkhead queues by default while its threads are busy. */
    public static final int DEFAULT_QUEUE = 1000;
    /**
     * The exchanges {@link #ROUTE} queues by default: one per call that has ended and waits for a thread to go on,
     * so it holds at most as many as there are calls in flight.
     */
    public static final int ROUTE_QUEUE = 10_000;

    private final String name;
    private final HandOffPool pool;
    private final LongAdder refused = new LongAdder();
    /** Places of the queue promised to tasks that will be handed over later ({@link #reserve}). */
    private final AtomicInteger reserved = new AtomicInteger();

    private Bulkhead(String name, HandOffPool pool) {
        this.name = name;
        this.pool = pool;
    }

    /**
     * A bulkhead named {@code name} (one of the constants) on a {@link HandOffPool}, its threads made and named by
     * Camel's {@code executors}.
     */
    public static Bulkhead create(ExecutorServiceManager executors, String name) {
        ThreadPoolProfile profile = new ThreadPoolProfile(name);
        profile.setPoolSize(DEFAULT_THREADS);
        profile.setMaxPoolSize(DEFAULT_THREADS);
        profile.setMaxQueueSize(ROUTE.equals(name) ? ROUTE_QUEUE : DEFAULT_QUEUE);
        profile.setKeepAliveTime(60L);
        profile.setAllowCoreThreadTimeOut(true);
        ThreadPoolProfile custom = executors.getThreadPoolProfile(name);
        if (custom != null) {
            profile = custom.clone();
            profile.setId(name);
            if (profile.getMaxQueueSize() == null || profile.getMaxQueueSize() < 0) {
                profile.setMaxQueueSize(DEFAULT_QUEUE);
            }
            profile.addDefaults(executors.getDefaultThreadPoolProfile());
        }
        TimeUnit unit = profile.getTimeUnit() == null ? TimeUnit.SECONDS : profile.getTimeUnit();
        int maxThreads = Math.max(profile.getPoolSize(), profile.getMaxPoolSize());
        // allowCoreThreadTimeOut=false keeps poolSize threads once started, as a ThreadPoolExecutor does
        int coreThreads = Boolean.FALSE.equals(profile.getAllowCoreThreadTimeOut()) ? profile.getPoolSize() : 0;
        // a refused task is never run on the submitting thread: HandOffPool only refuses
        return new Bulkhead(name, new HandOffPool(name, coreThreads, maxThreads, profile.getMaxQueueSize(),
                profile.getKeepAliveTime(), unit, worker -> executors.newThread(name, worker)));
    }

    /** Runs {@code task} on the bulkhead; throws {@link FullException} when its threads and queue are all taken. */
    @Override
    public void execute(Runnable task) {
        try {
            pool.execute(task);
        } catch (RejectedExecutionException e) {
            if (pool.isShutdown()) {
                throw e;
            }
            refused.increment();
            throw new FullException(name, pool.maxThreads(), pool.maxQueued(), e);
        }
    }

    /**
     * Promises a place in the queue to one task that will be handed over later ({@link #executeReserved}), so that
     * the work that will need a thread is refused before it starts, not when it is done (the answer of a call that
     * cost tokens). At most as many places as the queue holds are promised at once; beyond, this throws
     * {@link FullException} saying that {@code what} was refused.
     */
    public void reserve(String what) {
        if (reserved.incrementAndGet() > pool.maxQueued()) {
            reserved.decrementAndGet();
            refused.increment();
            throw new FullException(name, "the " + name + " bulkhead already holds " + pool.maxQueued() + " places for"
                                          + " work that will need one of its threads: " + what + "; slow down the"
                                          + " producer or give the work more room (a ThreadPoolProfile with id " + name
                                          + " and a larger maxQueueSize)");
        }
    }

    /**
     * Runs {@code task} on a place {@link #reserve} promised; the place is free again once the task starts. Throws
     * {@link RejectedExecutionException} (the place given back) only when the pool is shut down or cannot start a
     * thread.
     */
    public void executeReserved(Runnable task) {
        try {
            pool.execute(() -> {
                reserved.decrementAndGet();
                task.run();
            });
        } catch (RejectedExecutionException e) {
            reserved.decrementAndGet();
            throw e;
        }
    }

    /** Gives back a place {@link #reserve} promised to a task that will not be handed over. */
    public void release() {
        reserved.decrementAndGet();
    }

    /** The pool, for Camel to shut down. */
    public ExecutorService pool() {
        return pool;
    }

    @ManagedAttribute(description = "The bulkhead's name, the id of the ThreadPoolProfile that sizes it")
    public String getName() {
        return name;
    }

    @ManagedAttribute(description = "Threads the pool has now, running a task or idle")
    public int getThreads() {
        return pool.threads();
    }

    @ManagedAttribute(description = "The most threads the pool starts")
    public int getMaxThreads() {
        return pool.maxThreads();
    }

    @ManagedAttribute(description = "Threads kept once started, however long idle (the profile's poolSize when its"
                                    + " allowCoreThreadTimeOut is false, else 0)")
    public int getCoreThreads() {
        return pool.coreThreads();
    }

    @ManagedAttribute(description = "Tasks waiting for a thread now")
    public int getQueued() {
        return pool.queued();
    }

    @ManagedAttribute(description = "The most tasks that may wait for a thread")
    public int getMaxQueued() {
        return pool.maxQueued();
    }

    @ManagedAttribute(description = "Tasks run so far, failed ones included")
    public long getCompletedTasks() {
        return pool.completedTasks();
    }

    @ManagedAttribute(description = "Tasks refused because the threads and the queue were all taken (bulkhead_full)")
    public long getRefusedTasks() {
        return refused.sum();
    }

    /**
     * What the pool holds now, its bounds and its counts: threads, coreThreads, maxThreads, queued, maxQueued,
     * completedTasks, refusedTasks (for the dev console).
     */
    public Map<String, Object> state() {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("threads", getThreads());
        state.put("coreThreads", getCoreThreads());
        state.put("maxThreads", getMaxThreads());
        state.put("queued", getQueued());
        state.put("maxQueued", getMaxQueued());
        state.put("completedTasks", getCompletedTasks());
        state.put("refusedTasks", getRefusedTasks());
        return state;
    }

    /** A bulkhead refused a task: all its threads are busy and its queue is full. */
    public static final class FullException extends RejectedExecutionException {

        private static final long serialVersionUID = 1L;

        private final String bulkhead;

        FullException(String bulkhead, int threads, int queue, Throwable cause) {
            super("the " + bulkhead + " bulkhead is full (" + threads + " threads busy and " + queue
                  + " tasks queued): this work was refused rather than run on an HTTP I/O thread; slow down the"
                  + " producer or give the work more room (a ThreadPoolProfile with id " + bulkhead + ")",
                    cause);
            this.bulkhead = bulkhead;
        }

        FullException(String bulkhead, String message) {
            super(message);
            this.bulkhead = bulkhead;
        }

        /** The name of the full bulkhead. */
        public String bulkhead() {
            return bulkhead;
        }
    }
}
