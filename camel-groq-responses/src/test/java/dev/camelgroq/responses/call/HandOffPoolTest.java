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
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.function.IntSupplier;

import org.apache.camel.CamelContext;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.ThreadPoolProfile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HandOffPoolTest {

    private static final long WAIT_SECONDS = 30;

    private final Set<String> workerNames = ConcurrentHashMap.newKeySet();
    private final AtomicInteger made = new AtomicInteger();
    private final List<HandOffPool> pools = new ArrayList<>();

    private HandOffPool pool(int threads, int queued, long keepAliveMillis) {
        return pool(0, threads, queued, keepAliveMillis);
    }

    private HandOffPool pool(int core, int threads, int queued, long keepAliveMillis) {
        HandOffPool pool = new HandOffPool("test", core, threads, queued, keepAliveMillis, TimeUnit.MILLISECONDS,
                worker -> {
            Thread thread = new Thread(worker, "hand-off-" + made.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        pools.add(pool);
        return pool;
    }

    @AfterEach
    void shutDown() throws InterruptedException {
        for (HandOffPool pool : pools) {
            pool.shutdownNow();
            assertThat(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).as("%s ends", pool).isTrue();
        }
    }

    @Test
    void everyTaskHandedOverByManyThreadsRunsOnceOnThePoolsThreads() throws Exception {
        int submitters = 4;
        int each = 50_000;
        HandOffPool pool = pool(20, submitters * each, 60_000);
        AtomicIntegerArray runs = new AtomicIntegerArray(submitters * each);
        CountDownLatch done = new CountDownLatch(submitters * each);
        Set<String> submitterNames = ConcurrentHashMap.newKeySet();
        List<Thread> threads = new ArrayList<>();
        for (int s = 0; s < submitters; s++) {
            int first = s * each;
            Thread submitter = new Thread(() -> {
                submitterNames.add(Thread.currentThread().getName());
                for (int i = first; i < first + each; i++) {
                    int task = i;
                    pool.execute(() -> {
                        workerNames.add(Thread.currentThread().getName());
                        runs.incrementAndGet(task);
                        done.countDown();
                    });
                }
            }, "submitter-" + s);
            threads.add(submitter);
            submitter.start();
        }
        for (Thread submitter : threads) {
            submitter.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
        assertThat(done.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("every task ran").isTrue();
        for (int i = 0; i < runs.length(); i++) {
            assertThat(runs.get(i)).as("runs of task %d", i).isEqualTo(1);
        }
        assertThat(workerNames).isNotEmpty().allMatch(name -> name.startsWith("hand-off-"))
                .doesNotContainAnyElementsOf(submitterNames);
        assertThat(made.get()).as("threads made").isBetween(1, 20);
    }

    @Test
    void aTaskHandedOverWhileEveryAwakeThreadIsBlockedWakesAnotherThread() throws Exception {
        HandOffPool pool = pool(8, 100, 60_000);
        CountDownLatch release = new CountDownLatch(1);
        try {
            for (int i = 0; i < 8; i++) {
                // each blocking task is handed over after the previous one has started: the pool's threads are
                // awake but busy, and a task must not wait behind them
                CountDownLatch started = new CountDownLatch(1);
                pool.execute(() -> {
                    started.countDown();
                    await(release);
                });
                assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("blocking task %d started", i).isTrue();
            }
            assertThat(pool.threads()).as("one thread for each blocked task").isEqualTo(8);
        } finally {
            release.countDown();
        }
    }

    @Test
    void aBurstOfBlockingTasksRunsOnAsManyThreadsNoneWaitingBehindAnother() throws Exception {
        for (int round = 0; round < 50; round++) {
            HandOffPool pool = pool(8, 100, 60_000);
            CountDownLatch release = new CountDownLatch(1);
            CountDownLatch blocked = new CountDownLatch(8);
            try {
                for (int i = 0; i < 8; i++) {
                    pool.execute(() -> {
                        blocked.countDown();
                        await(release);
                    });
                }
                assertThat(blocked.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("round %d: all 8 run at once", round)
                        .isTrue();
            } finally {
                release.countDown();
            }
        }
    }

    @Test
    void aFullPoolRefusesInsteadOfRunningTheTaskOnTheCaller() throws Exception {
        HandOffPool pool = pool(1, 2, 60_000);
        CountDownLatch release = occupy(pool);
        List<String> ran = Collections.synchronizedList(new ArrayList<>());
        pool.execute(() -> ran.add("second"));
        pool.execute(() -> ran.add("third"));

        assertThatThrownBy(() -> pool.execute(() -> ran.add("fourth"))).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("test pool has 2 tasks queued");

        CountDownLatch last = new CountDownLatch(1);
        release.countDown();
        awaitQueueRoom(pool, last);
        assertThat(last.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).as("queued tasks run in the order handed over").containsExactly("second", "third");
    }

    @Test
    void aFailingTaskLeavesThePoolWorking() throws Exception {
        HandOffPool pool = pool(1, 10, 60_000);
        CountDownLatch after = new CountDownLatch(1);
        pool.execute(() -> {
            throw new IllegalStateException("a route step failed");
        });
        pool.execute(after::countDown);
        assertThat(after.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(made.get()).as("the same thread went on").isEqualTo(1);
    }

    @Test
    void idleThreadsLeaveAfterTheirKeepAliveAndComeBackForNewWork() throws Exception {
        HandOffPool pool = pool(4, 100, 20);
        CountDownLatch ran = new CountDownLatch(1);
        pool.execute(ran::countDown);
        assertThat(ran.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (pool.threads() > 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(pool.threads()).as("threads after the keep-alive").isZero();

        CountDownLatch again = new CountDownLatch(1);
        pool.execute(again::countDown);
        assertThat(again.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void coreThreadsStayThroughTheirKeepAliveWhileTheOthersLeave() throws Exception {
        HandOffPool pool = pool(2, 4, 100, 1);
        CountDownLatch release = blockAtOnce(pool, 4);
        assertThat(pool.threads()).isEqualTo(4);
        release.countDown();
        awaitThreads(pool::threads, 2);
        // a few hundred keep-alives later, the two core threads are still there, and were never made again
        assertStays(pool::threads, 2, 300);
        assertThat(made.get()).isEqualTo(4);

        CountDownLatch again = new CountDownLatch(1);
        pool.execute(again::countDown);
        assertThat(again.await(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(made.get()).as("a kept thread ran the new task").isEqualTo(4);
        pool.shutdown();
        assertThat(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).as("core threads leave on shutdown").isTrue();
        assertThat(pool.threads()).isZero();
    }

    @ParameterizedTest(name = "allowCoreThreadTimeOut={0}: {1} threads kept")
    @CsvSource({ "false, 3", "true, 0" })
    void aThreadPoolProfileDecidesWhetherItsPoolSizeIsKept(boolean coreTimeOut, int kept) throws Exception {
        CamelContext camel = new DefaultCamelContext();
        ThreadPoolProfile profile = new ThreadPoolProfile("GroqResponsesTest");
        profile.setPoolSize(3);
        profile.setMaxPoolSize(5);
        profile.setMaxQueueSize(10);
        profile.setKeepAliveTime(1L);
        profile.setTimeUnit(TimeUnit.MILLISECONDS);
        profile.setAllowCoreThreadTimeOut(coreTimeOut);
        camel.getExecutorServiceManager().registerThreadPoolProfile(profile);
        Bulkhead bulkhead = Bulkhead.create(camel.getExecutorServiceManager(), "GroqResponsesTest");
        try {
            assertThat(bulkhead.getCoreThreads()).isEqualTo(kept);
            assertThat(bulkhead.getMaxThreads()).isEqualTo(5);
            blockAtOnce(bulkhead, 5).countDown();
            awaitThreads(bulkhead::getThreads, kept);
            // and a hundred keep-alives later still
            assertStays(bulkhead::getThreads, kept, 100);
            assertThat(bulkhead.state()).containsEntry("coreThreads", kept);
        } finally {
            bulkhead.pool().shutdownNow();
            camel.close();
        }
    }

    /** Hands over {@code tasks} tasks that block until the returned latch is counted down, and waits until all run. */
    private static CountDownLatch blockAtOnce(Executor executor, int tasks) throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch started = new CountDownLatch(tasks);
        for (int i = 0; i < tasks; i++) {
            executor.execute(() -> {
                started.countDown();
                await(release);
            });
        }
        assertThat(started.await(WAIT_SECONDS, TimeUnit.SECONDS)).as("%d blocking tasks at once", tasks).isTrue();
        return release;
    }

    /** Waits until the pool is down to {@code expected} threads, as its keep-alive ends. */
    private static void awaitThreads(IntSupplier threads, int expected) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (threads.getAsInt() > expected && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(threads.getAsInt()).as("threads after the keep-alive").isEqualTo(expected);
    }

    /** Asserts that the pool keeps {@code expected} threads, however often it looks, for {@code millis}. */
    private static void assertStays(IntSupplier threads, int expected, long millis) {
        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        while (System.nanoTime() < until) {
            assertThat(threads.getAsInt()).as("threads while idle").isEqualTo(expected);
            Thread.onSpinWait();
        }
    }

    /**
     * The races a hand-written pool can lose, on one thread, so that nothing else rescues a task they strand: the
     * thread about to park while a task is handed over that saw it still looking for work (keep-alive 60 s: a stranded
     * task would wait a minute), and the thread leaving on its keep-alive while a task is handed over that saw it still
     * counted (keep-alive 1 ms, pauses around it: a stranded task would wait forever). The submitter spins rather than
     * parks while a burst runs, so that it hands the next burst over while the thread is still finishing the last.
     */
    @ParameterizedTest(name = "keep-alive {0} ms, pauses up to {1} us")
    @CsvSource({ "60000, 0, 100000", "1, 1500, 3000" })
    void noTaskIsStrandedWhileTheThreadParksOrLeavesAroundAHandOver(long keepAliveMillis, int maxPauseMicros,
                                                                    int rounds) {
        HandOffPool pool = pool(1, 100, keepAliveMillis);
        Random random = new Random(7);
        AtomicInteger ran = new AtomicInteger();
        int handedOver = 0;
        for (int round = 0; round < rounds; round++) {
            int burst = 1 + random.nextInt(3);
            for (int i = 0; i < burst; i++) {
                pool.execute(ran::incrementAndGet);
            }
            handedOver += burst;
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (ran.get() < handedOver && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(ran.get()).as("round %d: tasks run (%s)", round, pool).isEqualTo(handedOver);
            if (maxPauseMicros > 0) {
                long until = System.nanoTime() + TimeUnit.MICROSECONDS.toNanos(random.nextInt(maxPauseMicros));
                while (System.nanoTime() < until) {
                    Thread.onSpinWait();
                }
            }
        }
        if (keepAliveMillis == 1) {
            assertThat(made.get()).as("the thread left and was made again").isGreaterThan(1);
        }
    }

    @Test
    void shutdownRunsWhatIsQueuedRefusesNewWorkAndTerminates() throws Exception {
        HandOffPool pool = pool(1, 100, 60_000);
        CountDownLatch release = new CountDownLatch(1);
        pool.execute(() -> await(release));
        AtomicInteger queuedRan = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            pool.execute(queuedRan::incrementAndGet);
        }
        pool.shutdown();
        assertThatThrownBy(() -> pool.execute(() -> { })).isInstanceOf(RejectedExecutionException.class)
                .hasMessageContaining("shut down");
        assertThat(pool.isTerminated()).isFalse();
        release.countDown();
        assertThat(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(queuedRan.get()).isEqualTo(10);
    }

    @Test
    void shutdownNowReturnsTheQueuedTasksUnrun() throws Exception {
        HandOffPool pool = pool(1, 100, 60_000);
        CountDownLatch release = occupy(pool);
        AtomicInteger queuedRan = new AtomicInteger();
        for (int i = 0; i < 5; i++) {
            pool.execute(queuedRan::incrementAndGet);
        }
        assertThat(pool.shutdownNow()).hasSize(5);
        release.countDown();
        assertThat(pool.awaitTermination(WAIT_SECONDS, TimeUnit.SECONDS)).isTrue();
        assertThat(queuedRan.get()).isZero();
    }

    /** Hands over a task that blocks until the returned latch is counted down, and waits until it runs. */
    private static CountDownLatch occupy(HandOffPool pool) throws InterruptedException {
        return blockAtOnce(pool, 1);
    }

    /** Hands {@code last} over as soon as the queue has room again (the blocked task was released). */
    private static void awaitQueueRoom(HandOffPool pool, CountDownLatch last) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            try {
                pool.execute(last::countDown);
                return;
            } catch (RejectedExecutionException full) {
                Thread.onSpinWait();
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
