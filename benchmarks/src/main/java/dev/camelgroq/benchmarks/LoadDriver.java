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
package dev.camelgroq.benchmarks;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Runs a fixed number of calls with at most N in flight and measures time, CPU, threads and heap. */
final class LoadDriver {

    /** The figures of one run. */
    record Result(String client, int calls, int ok, int failed, long tokens, double seconds, double cpuMicrosPerCall,
                  int peakThreads, long peakHeapMb, double emulatorCpuMicrosPerCall, double firstTokenP50Millis,
                  double firstTokenP95Millis, double jitMillis, double allocatedBytesPerCall) {

        double callsPerSecond() {
            return ok / seconds;
        }
    }

    private LoadDriver() {
    }

    /** {@code emulator} may be null when the emulator runs elsewhere (its CPU is then not measured). */
    static Result run(BenchClient client, int calls, int inFlight, EmulatorProcess emulator)
            throws InterruptedException {
        return run(client, calls, inFlight, emulator, false);
    }

    /** With {@code streamed}, calls {@link BenchClient#stream} and records each call's time to its first delta. */
    static Result run(BenchClient client, int calls, int inFlight, EmulatorProcess emulator, boolean streamed)
            throws InterruptedException {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) ManagementFactory
                .getOperatingSystemMXBean();
        System.gc();
        threads.resetPeakThreadCount();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
        Semaphore window = new Semaphore(inFlight);
        CountDownLatch done = new CountDownLatch(calls);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        long emulatorCpu0 = emulator == null ? 0 : emulator.cpuMillis();
        long cpu0 = os.getProcessCpuTime();
        long jit0 = jitMillis();
        long allocated0 = allocatedBytes();
        long t0 = System.nanoTime();
        long[] firstToken = new long[calls];
        for (int i = 0; i < calls; i++) {
            window.acquire();
            String input = "Summarize record " + i + " of the nightly batch in one sentence.";
            int call = i;
            long start = System.nanoTime();
            CompletableFuture<Long> answer = streamed
                    ? client.stream(input, () -> firstToken[call] = System.nanoTime() - start)
                    : client.call(input);
            answer.whenComplete((t, e) -> {
                if (e == null) {
                    ok.incrementAndGet();
                    tokens.addAndGet(t);
                } else {
                    failed.incrementAndGet();
                }
                window.release();
                done.countDown();
            });
        }
        done.await();
        double seconds = (System.nanoTime() - t0) / 1e9;
        long cpu = os.getProcessCpuTime() - cpu0;
        long heap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                heap += pool.getPeakUsage().getUsed();
            }
        }
        return new Result(client.name(), calls, ok.get(), failed.get(), tokens.get(), seconds, cpu / 1000.0 / calls,
                threads.getPeakThreadCount(), heap / (1024 * 1024),
                emulator == null ? 0 : (emulator.cpuMillis() - emulatorCpu0) * 1000.0 / calls, percentileMillis(firstToken, 50),
                percentileMillis(firstToken, 95), jitMillis() - jit0,
                (allocatedBytes() - allocated0) / (double) calls);
    }

    /**
     * The heap bytes all threads of this JVM have allocated so far (-1 when the JVM does not say): unlike CPU time,
     * nearly the same from run to run, so a change of what a call allocates shows where its CPU figure is lost in
     * noise.
     */
    static long allocatedBytes() {
        return ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean counting
               && counting.isThreadAllocatedMemoryEnabled() ? counting.getTotalThreadAllocatedBytes() : -1;
    }

    /** The time the JVM's JIT compilers have spent so far, in ms (0 when the JVM does not say). */
    static long jitMillis() {
        CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    /** The percentile of the recorded times (calls without a first delta left out), in ms; NaN when none. */
    private static double percentileMillis(long[] nanos, int percentile) {
        long[] seen = java.util.Arrays.stream(nanos).filter(n -> n > 0).sorted().toArray();
        if (seen.length == 0) {
            return Double.NaN;
        }
        return seen[Math.min(seen.length - 1, seen.length * percentile / 100)] / 1e6;
    }
}
