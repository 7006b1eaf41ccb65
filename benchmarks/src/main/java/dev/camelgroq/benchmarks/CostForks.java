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

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The cost-per-call scenario in fresh JVMs, one after the other ({@code -Dbench.forks=N}): each fork runs it as one
 * run would and reports its medians in one line; the parent prints every fork's figures and puts the median ratio
 * of the forks in the summary. The JIT of one JVM does not compile the same way as the next one's, so one run's
 * figures can sit up to a quarter apart from another's while the clients of one run move together.
 */
final class CostForks {

    /** In a fork of {@link #runAlone}: the index of the one client it runs (raw, handed off, Camel over raw, Camel). */
    static final String ONLY = "bench.cost.only";
    /** The clients {@link #runAlone} runs, each alone in its JVM: the four of {@link CostBenchmark.Costs}. */
    private static final String[] ALONE = {"raw", "raw, handed off", "Camel over raw", "Camel"};
    /** How a fork reports its medians on its standard output. */
    private static final String REPORT = "COST-PER-CALL-MEDIANS";
    /** The longest a fork may take (about 1.5 minutes on 2 cores). */
    private static final long FORK_DEADLINE_MINUTES = 10;

    private CostForks() {
    }

    /** Whether this JVM is a fork started by {@link #run}. */
    static boolean inFork() {
        return Boolean.getBoolean("bench.cost.fork");
    }

    /** In a fork: reports the medians for the parent to read. */
    static void report(CostBenchmark.Costs costs) {
        System.out.printf(Locale.ROOT, "%s %.3f %.3f %.3f %.3f%n", REPORT, costs.raw(), costs.handOff(),
                costs.camelFloor(), costs.camel());
    }

    /** Runs the scenario in {@code forks} fresh JVMs, then prints their figures and adds the summary rows. */
    static void run(int forks) throws Exception {
        List<CostBenchmark.Costs> runs = new ArrayList<>();
        for (int i = 1; i <= forks; i++) {
            System.out.printf(Locale.ROOT, "%nCost per call, JVM %d of %d%n", i, forks);
            runs.add(fork());
        }
        print(runs, String.format(Locale.ROOT, "Cost per call in %d JVMs (client CPU us/call, each JVM's medians)",
                forks), "JVM");
        CostBenchmark.summarize(runs);
    }

    private static void print(List<CostBenchmark.Costs> runs, String title, String column) {
        System.out.printf(Locale.ROOT, "%n%s%n| %s | raw | raw, handed off | Camel over raw | Camel | Camel vs raw"
                                       + " | vs handed off | vs Camel over raw |%n|---|---|---|---|---|---|---|---|%n",
                title, column);
        for (int i = 0; i < runs.size(); i++) {
            CostBenchmark.Costs c = runs.get(i);
            System.out.printf(Locale.ROOT, "| %d | %.1f | %.1f | %.1f | %.1f | %.2fx | %.2fx | %.2fx |%n", i + 1,
                    c.raw(), c.handOff(), c.camelFloor(), c.camel(), c.camel() / c.raw(), c.camel() / c.handOff(),
                    c.camel() / c.camelFloor());
        }
    }

    /**
     * Runs every client alone in a fresh JVM of its own, {@code repetitions} times, the clients' order reversed every
     * other repetition: in one JVM the clients share the JIT's profiles of the code they have in common (HttpClient
     * 5, Jackson, Camel), which a deployment of the component alone does not. Each repetition gives one set of
     * ratios; the summary takes their median.
     */
    static void runAlone(int repetitions) throws Exception {
        List<CostBenchmark.Costs> runs = new ArrayList<>();
        for (int rep = 0; rep < repetitions; rep++) {
            double[] figures = new double[ALONE.length];
            for (int i = 0; i < ALONE.length; i++) {
                int client = rep % 2 == 0 ? i : ALONE.length - 1 - i;
                System.out.printf(Locale.ROOT, "%nCost per call, %s alone in its JVM, repetition %d of %d%n",
                        ALONE[client], rep + 1, repetitions);
                CostBenchmark.Costs c = fork("-D" + ONLY + "=" + client);
                figures[client] = new double[] {c.raw(), c.handOff(), c.camelFloor(), c.camel()}[client];
            }
            runs.add(new CostBenchmark.Costs(figures[0], figures[1], figures[2], figures[3]));
        }
        print(runs, "Cost per call, each client alone in its JVM (client CPU us/call, each JVM's medians)",
                "repetition");
        CostBenchmark.summarize(runs, ", each client alone in its JVM");
    }

    private static CostBenchmark.Costs fork(String... properties) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx1g", "-Dsun.net.httpserver.nodelay=true", "-Dbench.cost.fork=true"));
        command.addAll(List.of(properties));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BenchmarkMain.class.getName(),
                "costpercall"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        AtomicReference<CostBenchmark.Costs> costs = new AtomicReference<>();
        Thread reader = new Thread(() -> read(process, costs), "cost-fork-output");
        reader.setDaemon(true);
        reader.start();
        if (!process.waitFor(FORK_DEADLINE_MINUTES, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("a cost-per-call JVM did not end within " + FORK_DEADLINE_MINUTES
                                            + " minutes");
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        if (costs.get() == null) {
            throw new IllegalStateException("a cost-per-call JVM ended (exit " + process.exitValue()
                                            + ") without reporting its medians");
        }
        return costs.get();
    }

    /** Echoes the fork's tables and takes its report line. */
    private static void read(Process process, AtomicReference<CostBenchmark.Costs> costs) {
        try (BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null) {
                if (line.startsWith(REPORT)) {
                    String[] f = line.substring(REPORT.length()).trim().split(" ");
                    costs.set(new CostBenchmark.Costs(Double.parseDouble(f[0]), Double.parseDouble(f[1]),
                            Double.parseDouble(f[2]), Double.parseDouble(f[3])));
                } else if (line.startsWith("|") || line.startsWith("Cost per call")) {
                    System.out.println(line);
                }
            }
        } catch (IOException e) {
            System.out.println("cost-per-call JVM output ended: " + e.getMessage());
        }
    }
}
