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

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.AbstractExecutorService;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of a {@link Bulkhead}: at most {@code maxThreads}, at most {@code maxQueued} tasks waiting, idle threads
 * leave after {@code keepAlive} except the first {@code coreThreads} (0: all leave). It is built for work handed over
 * by the HTTP client's I/O threads, one task per answer, where a JDK {@code ThreadPoolExecutor} wakes a parked thread
 * (the one parked longest, its caches cold) for nearly every task:
 * <ul>
 * <li>a thread is woken only when no thread is looking for work: a thread that has just run a task takes the next one
 * without a wake-up, and a burst of short tasks is run by the threads already awake;</li>
 * <li>the thread parked last is woken first;</li>
 * <li>a task is never left behind a running one (which may block, a JDBC step say): a task handed over while every
 * awake thread runs a task wakes another thread, and so does a thread that takes a task while more are queued and no
 * other thread is looking, up to {@code maxThreads}.</li>
 * </ul>
 * Tasks run in the order they were handed over. A task's exception is logged and the thread goes on. {@link #shutdown}
 * lets the queued tasks run; {@link #shutdownNow} returns them without running them and interrupts nothing.
 */
final class HandOffPool extends AbstractExecutorService {

    private static final Logger LOG = LoggerFactory.getLogger(HandOffPool.class);

    private final String name;
    private final int maxThreads;
    /** The threads kept through their keep-alive (started on demand, as the others). */
    private final int coreThreads;
    private final int maxQueued;
    private final long keepAliveNanos;
    private final Function<Runnable, Thread> threadFactory;

    private final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    /** The parked threads, the one parked last first. */
    private final ConcurrentLinkedDeque<Worker> parked = new ConcurrentLinkedDeque<>();
    /** The threads awake and not running a task: each of them polls the queue before it parks. */
    private final AtomicInteger searching = new AtomicInteger();
    private final AtomicInteger threads = new AtomicInteger();
    /** Tasks run to their end, failed ones included (a counter per thread, summed when read). */
    private final LongAdder completed = new LongAdder();
    private final Object termination = new Object();
    private volatile boolean shutdown;

    /** A pool whose idle threads all leave after {@code keepAlive}. */
    HandOffPool(String name, int maxThreads, int maxQueued, long keepAlive, TimeUnit unit,
                Function<Runnable, Thread> threadFactory) {
        this(name, 0, maxThreads, maxQueued, keepAlive, unit, threadFactory);
    }

    /**
     * A pool that keeps {@code coreThreads} of its threads once started, however long they are idle (a thread pool
     * profile's {@code allowCoreThreadTimeOut=false}). {@code threadFactory} makes a (not started) thread that runs
     * the given worker.
     */
    HandOffPool(String name, int coreThreads, int maxThreads, int maxQueued, long keepAlive, TimeUnit unit,
                Function<Runnable, Thread> threadFactory) {
        if (maxThreads < 1 || maxQueued < 1 || coreThreads < 0 || coreThreads > maxThreads) {
            throw new IllegalArgumentException("the " + name + " pool needs at least one thread and one queued task (got "
                                               + maxThreads + " threads, " + coreThreads + " of them kept, " + maxQueued
                                               + " queued)");
        }
        this.name = name;
        this.maxThreads = maxThreads;
        this.coreThreads = coreThreads;
        this.maxQueued = maxQueued;
        this.keepAliveNanos = Math.max(1, unit.toNanos(keepAlive));
        this.threadFactory = threadFactory;
    }

    @Override
    public void execute(Runnable task) {
        Objects.requireNonNull(task, "task");
        if (shutdown) {
            throw new RejectedExecutionException("the " + name + " pool is shut down");
        }
        if (queued.incrementAndGet() > maxQueued) {
            queued.decrementAndGet();
            throw new RejectedExecutionException("the " + name + " pool has " + maxQueued + " tasks queued");
        }
        tasks.offer(task);
        if (shutdown && tasks.remove(task)) {
            queued.decrementAndGet(); // raced with shutdown, and no thread took it: refuse it rather than strand it
            throw new RejectedExecutionException("the " + name + " pool is shut down");
        }
        if (searching.get() <= 0) { // below zero for a moment while a woken thread is counted after it took a task
            try {
                wakeOne();
            } catch (RuntimeException | Error noThread) {
                if (tasks.remove(task)) {
                    queued.decrementAndGet();
                    throw new RejectedExecutionException("the " + name + " pool could not start a thread", noThread);
                }
                LOG.warn("The {} pool could not start a thread: {}", name, noThread.toString()); // the task was taken
            }
        }
    }

    /** Wakes the thread parked last, or starts one more when none is parked and the pool has room. */
    private void wakeOne() {
        Worker worker = parked.pollFirst();
        if (worker != null) {
            searching.incrementAndGet();
            LockSupport.unpark(worker.thread);
            return;
        }
        int now;
        do {
            now = threads.get();
            if (now >= maxThreads) {
                return; // every thread is awake: one of them takes the task when it is done with its own
            }
        } while (!threads.compareAndSet(now, now + 1));
        searching.incrementAndGet();
        Worker started = new Worker();
        try {
            started.thread = threadFactory.apply(started);
            started.thread.start();
        } catch (RuntimeException | Error e) {
            searching.decrementAndGet();
            exited();
            throw e;
        }
    }

    private void exited() {
        left(threads.decrementAndGet());
    }

    /** After a thread was counted out: the last one out of a shut-down pool tells those awaiting termination. */
    private void left(int threadsNow) {
        if (threadsNow == 0 && shutdown) {
            synchronized (termination) {
                termination.notifyAll();
            }
        }
    }

    /** Counts an idle thread out unless the pool is down to its core threads; true when it was counted out. */
    private boolean retire() {
        for (;;) {
            int now = threads.get();
            if (now <= coreThreads) {
                return false;
            }
            if (threads.compareAndSet(now, now - 1)) {
                left(now - 1);
                return true;
            }
        }
    }

    @Override
    public void shutdown() {
        shutdown = true;
        for (Worker worker; (worker = parked.pollFirst()) != null;) {
            searching.incrementAndGet();
            LockSupport.unpark(worker.thread);
        }
        if (threads.get() == 0) {
            synchronized (termination) {
                termination.notifyAll();
            }
        }
    }

    @Override
    public List<Runnable> shutdownNow() {
        List<Runnable> left = new ArrayList<>();
        shutdown();
        for (Runnable task; (task = tasks.poll()) != null;) {
            queued.decrementAndGet();
            left.add(task);
        }
        return left;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public boolean isTerminated() {
        return shutdown && threads.get() == 0 && tasks.isEmpty();
    }

    @Override
    public boolean awaitTermination(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        synchronized (termination) {
            while (!isTerminated()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                TimeUnit.NANOSECONDS.timedWait(termination, left);
            }
            return true;
        }
    }

    /** The threads the pool has now, parked or not. */
    int threads() {
        return threads.get();
    }

    /** The threads kept once started, however long idle. */
    int coreThreads() {
        return coreThreads;
    }

    /** The most threads the pool starts. */
    int maxThreads() {
        return maxThreads;
    }

    /** The most tasks that may wait for a thread. */
    int maxQueued() {
        return maxQueued;
    }

    /** The tasks run so far, failed ones included. */
    long completedTasks() {
        return completed.sum();
    }

    /** The tasks waiting for a thread now. */
    int queued() {
        return Math.max(0, queued.get());
    }

    @Override
    public String toString() {
        return name + "[threads=" + threads.get() + "/" + maxThreads + ", queued=" + queued.get() + "/" + maxQueued
               + (shutdown ? ", shut down" : "") + "]";
    }

    /** One thread of the pool: runs tasks while there are any, then parks until woken or its keep-alive ends. */
    private final class Worker implements Runnable {

        private Thread thread;

        @Override
        public void run() {
            boolean retired = false;
            try {
                retired = work();
            } finally {
                if (!retired) {
                    exited();
                }
                // a task handed over while this thread was leaving may have found the pool full of threads
                if (!tasks.isEmpty()) {
                    wakeQuietly();
                }
            }
        }

        /** {@link #wakeOne}, where a thread that cannot be started must not lose the task this one holds. */
        private void wakeQuietly() {
            try {
                wakeOne();
            } catch (RuntimeException | Error noThread) {
                LOG.warn("The {} pool could not start a thread: {}", name, noThread.toString());
            }
        }

        /**
         * Returns false when the pool is shut down and its queue empty, true when this thread was idle for its
         * keep-alive and counted out ({@link #retire}); a core thread parks again instead.
         */
        private boolean work() {
            for (;;) {
                Runnable task = tasks.poll();
                if (task != null) {
                    queued.decrementAndGet();
                    // this task may block: what is queued behind it needs another thread looking for work
                    if (searching.decrementAndGet() <= 0 && !tasks.isEmpty()) {
                        wakeQuietly();
                    }
                    runOne(task);
                    searching.incrementAndGet();
                    continue;
                }
                searching.decrementAndGet();
                if (shutdown) {
                    return false;
                }
                parked.offerFirst(this);
                // a task handed over just before this thread was listed may have seen no one searching: look again
                if (!tasks.isEmpty() || shutdown) {
                    awake();
                    continue;
                }
                long parkedAt = System.nanoTime();
                LockSupport.parkNanos(this, keepAliveNanos);
                if (!parked.remove(this)) {
                    continue; // woken by wakeOne or shutdown, which counted it as searching
                }
                if (System.nanoTime() - parkedAt >= keepAliveNanos && tasks.isEmpty() && retire()) {
                    return true; // idle for its keep-alive, and no longer listed: no one can wake it now
                }
                searching.incrementAndGet(); // woken spuriously, or a core thread: looks again, then parks again
            }
        }

        /** Off the parked list again and searching: counted by itself, or by whoever took it off the list. */
        private void awake() {
            if (parked.remove(this)) {
                searching.incrementAndGet();
            }
        }

        private void runOne(Runnable task) {
            try {
                task.run();
            } catch (RuntimeException | Error e) {
                LOG.warn("A task on the {} pool failed: {}", name, e.toString(), e);
            } finally {
                completed.increment();
            }
        }
    }
}
