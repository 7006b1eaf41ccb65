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

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.function.ToDoubleFunction;

/**
 * The component beside the transport it is built on, in the steady state: Apache HttpClient 5 + Jackson used raw
 * (issue 16). Every client is created once and warmed up (the JIT compiles both sides), then the clients run in
 * alternating rounds (ABBA order) against one emulator JVM, and each figure is the median of its rounds, so that the
 * machine's noise falls on every client alike. Ratios are against the raw client measured in the same run. With
 * {@code -Dbench.quick=true} the streamed rounds are shorter (both scenarios then take about a minute).
 */
final class CostBenchmark {

    /** The warm-up passes every client runs at least (and at most) before its rounds are measured. */
    private static final int MIN_WARMUP_PASSES = 2;
    private static final int MAX_WARMUP_PASSES = 8;
    /** The JIT is taken as warm once its compilers were busy for less than this share of a warm-up pass's time. */
    private static final double JIT_SETTLED_PERCENT = 1.0;

    private CostBenchmark() {
    }

    private static boolean quick() {
        return Boolean.getBoolean("bench.quick");
    }

    /** A client under test and every round it ran. */
    private record Variant(String label, BenchClient client, boolean streamed, List<LoadDriver.Result> rounds) {
    }

    /**
     * The cost per call of the component beside the raw transport ({@link #measureCostPerCall}), in this JVM or, with
     * {@code -Dbench.forks=N} (N > 1), in N fresh JVMs one after the other ({@link CostForks}): a JVM's JIT does not
     * compile the same way every time, so one run's figures can sit up to a quarter apart from another's.
     */
    static void costPerCall() throws Exception {
        int forks = Integer.getInteger("bench.forks", 1);
        if (forks > 1 && !CostForks.inFork()) {
            if (Boolean.getBoolean("bench.cost.alone")) {
                CostForks.runAlone(forks);
            } else {
                CostForks.run(forks);
            }
            return;
        }
        Costs costs = measureCostPerCall();
        if (CostForks.inFork()) {
            CostForks.report(costs);
            return;
        }
        System.out.printf(Locale.ROOT, "Camel vs the raw client whose caller goes on off the I/O thread, as the"
                                       + " component's caller does: %.2fx%n", costs.camel() / costs.handOff());
        System.out.printf(Locale.ROOT, "Camel vs a Camel route over the raw client (Camel's exchange and routing on"
                                       + " both sides): %.2fx%n", costs.camel() / costs.camelFloor());
        summarize(List.of(costs));
    }

    /**
     * The medians of one run, client CPU us per call: the raw client, the raw client handing its caller off the I/O
     * thread, a Camel route over that raw client, and the component.
     */
    record Costs(double raw, double handOff, double camelFloor, double camel) {
    }

    /** The cost-per-call rows of the summary: the median ratio over {@code runs} (one per JVM), each run's beside. */
    static void summarize(List<Costs> runs) {
        summarize(runs, "");
    }

    /** The same, each figure named with {@code how} the clients ran (empty: side by side in one JVM). */
    static void summarize(List<Costs> runs, String how) {
        summaryRow(runs, "client CPU per call vs raw HC5 + Jackson (32 in flight" + how + ")", "<= 1.05x", Costs::raw);
        summaryRow(runs, "client CPU per call vs raw HC5 (minimal client) + Jackson handing its caller off the I/O thread"
                         + how,
                "<= 1.05x (not in the issue: the same hand-off on both sides)", Costs::handOff);
        summaryRow(runs, "client CPU per call vs a Camel route over raw HC5 + Jackson (hand-off on both sides)" + how,
                "(not in the issue: the component's own work)", Costs::camelFloor);
        System.out.println("target: Camel CPU/call <= 1.05x raw Apache HttpClient 5 + Jackson");
    }

    private static void summaryRow(List<Costs> runs, String figure, String target, ToDoubleFunction<Costs> base) {
        double[] ratios = runs.stream().mapToDouble(c -> c.camel() / base.applyAsDouble(c)).sorted().toArray();
        double median = ratios[ratios.length / 2];
        String value = runs.size() == 1
                ? String.format(Locale.ROOT, "%.2fx (%.1f / %.1f us)", median, runs.get(0).camel(),
                        base.applyAsDouble(runs.get(0)))
                : String.format(Locale.ROOT, "%.2fx (median of %d runs: %s)", median, runs.size(),
                        runs.stream().map(c -> String.format(Locale.ROOT, "%.2fx", c.camel() / base.applyAsDouble(c)))
                                .toList());
        BenchSummary.add(figure, value, target, median <= 1.05);
    }

    /**
     * Client CPU per call at zero latency, 32 in flight: 3 alternating rounds of 20,000 calls after the JIT is warm
     * (passes of 20,000 calls of each client, at least two; the same with {@code bench.quick}: the scenario takes
     * about a minute); prints the table.
     */
    private static Costs measureCostPerCall() throws Exception {
        int calls = 20_000;
        int warmup = 20_000;
        int rounds = 3;
        int inFlight = 32;
        Integer only = Integer.getInteger(CostForks.ONLY);
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            String url = emulator.baseUrl();
            // the first four are Costs' figures; the floors under the component use its transport (the minimal client)
            List<Callable<BenchClient>> clients = List.of(() -> new RawApacheClient(url),
                    () -> new RawApacheClient(url, RawApacheClient.HandOff.COMPONENT_POOL, true),
                    () -> new CamelOverRawClient(url),
                    () -> new CamelRouteClient(url, "", "Camel direct: -> groq-responses:"),
                    () -> new RawApacheClient(url, RawApacheClient.HandOff.THREAD_POOL_EXECUTOR, true),
                    () -> new RawApacheClient(url, RawApacheClient.HandOff.NONE, true));
            List<Variant> variants = open(only == null ? clients : List.of(clients.get(only)), false);
            try {
                runRounds(variants, emulator, warmup, calls, rounds, inFlight);
            } finally {
                close(variants);
            }
            System.out.printf(Locale.ROOT, "%nCost per call (zero latency, %d in flight, %d alternating rounds of %d"
                                           + " calls after the warm-up above, medians)%n", inFlight, rounds, calls);
            System.out.printf(Locale.ROOT, "| client | calls/s | client CPU us/call | CPU vs raw | every round's CPU"
                                           + " us/call | JIT ms a round | heap KiB allocated a call | emulator CPU"
                                           + " us/call | failed |%n|---|---|---|---|---|---|---|---|---|%n");
            double base = median(variants.get(0).rounds(), LoadDriver.Result::cpuMicrosPerCall);
            for (Variant v : variants) {
                double cpu = median(v.rounds(), LoadDriver.Result::cpuMicrosPerCall);
                System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.2fx | %s | %.0f | %.1f | %.0f | %d |%n",
                        v.label(), median(v.rounds(), LoadDriver.Result::callsPerSecond), cpu, cpu / base,
                        each(v.rounds()), median(v.rounds(), LoadDriver.Result::jitMillis),
                        median(v.rounds(), LoadDriver.Result::allocatedBytesPerCall) / 1024,
                        median(v.rounds(), LoadDriver.Result::emulatorCpuMicrosPerCall), failed(v.rounds()));
            }
            if (only != null) {
                // alone in this JVM (CostForks#runAlone): the one figure, in the client's place
                double[] figures = {Double.NaN, Double.NaN, Double.NaN, Double.NaN};
                if (only < figures.length) {
                    figures[only] = base;
                }
                return new Costs(figures[0], figures[1], figures[2], figures[3]);
            }
            double minimal = median(variants.get(5).rounds(), LoadDriver.Result::cpuMicrosPerCall);
            System.out.printf(Locale.ROOT, "the minimal client alone: %.2fx the full client; the hand-off alone (on the"
                                           + " minimal client): %.1f us a call on the component's pool, %.1f us on a"
                                           + " JDK ThreadPoolExecutor; Camel vs the raw minimal client: %.2fx%n",
                    minimal / base, median(variants.get(1).rounds(), LoadDriver.Result::cpuMicrosPerCall) - minimal,
                    median(variants.get(4).rounds(), LoadDriver.Result::cpuMicrosPerCall) - minimal,
                    median(variants.get(3).rounds(), LoadDriver.Result::cpuMicrosPerCall) / minimal);
            return new Costs(base, median(variants.get(1).rounds(), LoadDriver.Result::cpuMicrosPerCall),
                    median(variants.get(2).rounds(), LoadDriver.Result::cpuMicrosPerCall),
                    median(variants.get(3).rounds(), LoadDriver.Result::cpuMicrosPerCall));
        }
    }

    /**
     * A streamed call beside a raw HttpClient 5 SSE client that parses every event with Jackson: the same emulator
     * stream (50 ms to the first event, 1,500 characters in 30-character deltas, 1 ms between events), the same
     * number of events, 16 in flight, 3 alternating rounds of 1,000 calls (400 with {@code bench.quick}). The Camel
     * rows deliver every delta to a {@code direct:} route, then coalesced ({@code streamMinChars}) when
     * {@code coalescing} options are given; a non-streamed Camel call is the reference for "a plain call".
     */
    static void streamCost(String coalescing) throws Exception {
        int calls = quick() ? 400 : 1_000;
        int warmup = quick() ? 400 : 1_000;
        int rounds = 3;
        int inFlight = 16;
        try (EmulatorProcess emulator = EmulatorProcess.start("--delay-ms", "50", "--answer-chars", "1500",
                "--stream-chunk", "30", "--event-delay-ms", "1")) {
            String url = emulator.baseUrl();
            List<Callable<BenchClient>> factories = new ArrayList<>(List.of(() -> new RawApacheClient(url),
                    () -> new CamelRouteClient(url, "stream=true&streamTo=" + CamelRouteClient.DELTAS,
                            "Camel stream=true, streamTo=direct: (every delta)")));
            if (coalescing != null) {
                factories.add(() -> new CamelRouteClient(url, "stream=true&streamTo=" + CamelRouteClient.DELTAS + "&"
                                                              + coalescing, "Camel streamTo=direct:, " + coalescing));
            }
            List<Variant> variants = open(factories, true);
            variants.add(new Variant("Camel not streamed (reference)",
                    new CamelRouteClient(url, "", "Camel not streamed"), false, new ArrayList<>()));
            try {
                runRounds(variants, emulator, warmup, calls, rounds, inFlight);
            } finally {
                close(variants);
            }
            System.out.printf(Locale.ROOT, "%nStreamed call cost (50 ms to the first event, 1,500 chars in 30-char"
                                           + " deltas, 1 ms between events; %d in flight, %d alternating rounds of %d"
                                           + " calls after the warm-up above, medians)%n", inFlight, rounds, calls);
            System.out.printf(Locale.ROOT, "| client | first delta p50 ms | p95 ms | client CPU us/call | CPU vs raw SSE"
                                           + " | every round's CPU us/call | delta exchanges/call | failed |%n"
                                           + "|---|---|---|---|---|---|---|---|%n");
            double base = median(variants.get(0).rounds(), LoadDriver.Result::cpuMicrosPerCall);
            for (Variant v : variants) {
                double cpu = median(v.rounds(), LoadDriver.Result::cpuMicrosPerCall);
                double deltas = deltasPerCall(v);
                System.out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %.2fx | %s | %s | %d |%n", v.label(),
                        millis(median(v.rounds(), LoadDriver.Result::firstTokenP50Millis)),
                        millis(median(v.rounds(), LoadDriver.Result::firstTokenP95Millis)), cpu, cpu / base,
                        each(v.rounds()), Double.isNaN(deltas) ? "n/a" : String.format(Locale.ROOT, "%.1f", deltas),
                        failed(v.rounds()));
            }
            System.out.println("target: a streamed Camel call <= 1.5x the raw SSE client's CPU, plus the exchanges the"
                               + " route asked for; time to first delta within 1 ms of the raw client");
            double every = median(variants.get(1).rounds(), LoadDriver.Result::cpuMicrosPerCall);
            double firstRaw = median(variants.get(0).rounds(), LoadDriver.Result::firstTokenP50Millis);
            double firstCamel = median(variants.get(1).rounds(), LoadDriver.Result::firstTokenP50Millis);
            BenchSummary.add("CPU per streamed call vs raw HC5 SSE + Jackson (every delta an exchange)",
                    String.format(Locale.ROOT, "%.2fx (%.0f / %.0f us)", every / base, every, base), "<= 1.5x",
                    every / base <= 1.5);
            BenchSummary.add("time to first delta, Camel minus raw (p50)",
                    String.format(Locale.ROOT, "%.1f ms", firstCamel - firstRaw), "<= 1 ms",
                    firstCamel - firstRaw <= 1.0);
            if (coalescing != null) {
                double coalesced = median(variants.get(2).rounds(), LoadDriver.Result::cpuMicrosPerCall);
                BenchSummary.add("CPU per streamed call vs raw SSE, " + coalescing,
                        String.format(Locale.ROOT, "%.2fx (%.0f / %.0f us)", coalesced / base, coalesced, base),
                        "<= 1.5x", coalesced / base <= 1.5);
                // what one delivered exchange costs: the two Camel rows differ only in how many they deliver
                double everyCount = deltasPerCall(variants.get(1));
                double coalescedCount = deltasPerCall(variants.get(2));
                if (everyCount > coalescedCount) {
                    double perExchange = (every - coalesced) / (everyCount - coalescedCount);
                    double withoutExchanges = every - everyCount * perExchange;
                    System.out.printf(Locale.ROOT, "one delivered delta exchange costs %.1f us (from the two Camel"
                                                   + " rows); a streamed call without its exchanges: %.0f us, %.2fx the"
                                                   + " raw SSE client%n", perExchange, withoutExchanges,
                            withoutExchanges / base);
                    BenchSummary.add("CPU per streamed call without the exchanges the route asked for, vs raw SSE",
                            String.format(Locale.ROOT, "%.2fx (%.0f us; %.1f us per delta exchange)",
                                    withoutExchanges / base, withoutExchanges, perExchange),
                            "<= 1.5x plus the exchanges", withoutExchanges / base <= 1.5);
                }
            }
        }
    }

    private static List<Variant> open(List<Callable<BenchClient>> factories, boolean streamed) throws Exception {
        List<Variant> variants = new ArrayList<>();
        for (Callable<BenchClient> factory : factories) {
            BenchClient client = factory.call();
            variants.add(new Variant(client.name(), client, streamed, new ArrayList<>()));
        }
        return variants;
    }

    /**
     * Warms every client up ({@link #warmUp}), then runs {@code rounds} rounds, the order reversed every other round.
     */
    private static void runRounds(List<Variant> variants, EmulatorProcess emulator, int warmup, int calls, int rounds,
                                  int inFlight) throws Exception {
        warmUp(variants, emulator, warmup, inFlight);
        for (int round = 0; round < rounds; round++) {
            List<Variant> order = new ArrayList<>(variants);
            if (round % 2 == 1) {
                java.util.Collections.reverse(order);
            }
            for (Variant v : order) {
                if (v.client() instanceof CamelRouteClient c) {
                    c.resetCounts();
                }
                v.rounds().add(LoadDriver.run(v.client(), calls, inFlight, emulator, v.streamed()));
            }
        }
    }

    /**
     * Runs {@code calls} calls of every client, in passes, until the JIT is warm: at least {@link #MIN_WARMUP_PASSES}
     * passes and then until, in one pass, the JIT compilers were busy for less than {@link #JIT_SETTLED_PERCENT} of
     * every client's time (each client's own share, so that a client with more code to compile, the component, is warm
     * too and not only the pass on average), at most {@link #MAX_WARMUP_PASSES}. The compilers' time counts in the
     * process CPU a round measures.
     */
    private static void warmUp(List<Variant> variants, EmulatorProcess emulator, int calls, int inFlight)
            throws Exception {
        List<String> passes = new ArrayList<>();
        for (int pass = 1; pass <= MAX_WARMUP_PASSES; pass++) {
            double worst = 0;
            for (Variant v : variants) {
                LoadDriver.Result r = LoadDriver.run(v.client(), calls, inFlight, emulator, v.streamed());
                worst = Math.max(worst, r.jitMillis() / 10 / r.seconds());
            }
            passes.add(String.format(Locale.ROOT, "%.1f%%", worst));
            if (pass >= MIN_WARMUP_PASSES && worst < JIT_SETTLED_PERCENT) {
                break;
            }
        }
        System.out.printf(Locale.ROOT, "warm-up: %d pass(es) of %d calls per client; JIT compilers busy %s of the"
                                       + " most compiling client's time in each pass (warm below %.1f%%)%n",
                passes.size(), calls, passes, JIT_SETTLED_PERCENT);
    }

    /** The delta exchanges a streamed Camel call delivered on average (NaN for other clients). */
    private static double deltasPerCall(Variant v) {
        return v.client() instanceof CamelRouteClient c && v.streamed() ? (double) c.deltaExchanges() / c.streamedCalls()
                : Double.NaN;
    }

    private static void close(List<Variant> variants) throws Exception {
        for (Variant v : variants) {
            v.client().close();
        }
    }

    static double median(List<LoadDriver.Result> rounds, ToDoubleFunction<LoadDriver.Result> figure) {
        double[] values = rounds.stream().mapToDouble(figure).sorted().toArray();
        if (values.length == 0) {
            return Double.NaN;
        }
        return values.length % 2 == 1 ? values[values.length / 2]
                : (values[values.length / 2 - 1] + values[values.length / 2]) / 2;
    }

    private static String each(List<LoadDriver.Result> rounds) {
        return rounds.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.cpuMicrosPerCall())).toList().toString();
    }

    private static int failed(List<LoadDriver.Result> rounds) {
        return rounds.stream().mapToInt(LoadDriver.Result::failed).sum();
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }
}
