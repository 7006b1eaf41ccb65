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
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs the benchmarks against the emulator (its own JVM, on loopback) and prints each figure beside its baseline
 * measured in the same run: 1. overhead at zero latency, 2. latency-bound throughput, 3. rate-limited throughput,
 * 4. streaming (time to first delta, CPU per streamed call), 5. the cost of recording metrics (a MeterRegistry present
 * or not), 6. several JVMs sharing one budget ({@link ScalingBenchmark}), and the steady-state comparisons with the raw
 * transport of {@link CostBenchmark} (cost per call, streamed call). Arguments: {@code all} (default) or any of
 * {@code overhead latency ratelimit streaming metrics scaling costpercall streamcost}, comma separated, or
 * {@code issue16} (cost per call, latency, stream cost and scaling, with a summary of the ratios at the end).
 */
public final class BenchmarkMain {

    static final String MODEL = "openai/gpt-oss-20b";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> which = new java.util.HashSet<>(Set.of((args.length == 0 ? "all" : args[0]).split(",")));
        if (which.remove("issue16")) {
            // every figure of issue 16 from one run; the scaling scenarios are chosen with -Dbench.scaling.only
            which.addAll(Set.of("costpercall", "latency", "streamcost", "scaling"));
        }
        boolean all = which.contains("all");
        System.out.printf(Locale.ROOT, "camel-groq-responses benchmarks, %d cores, Java %s%n",
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        if (all || which.contains("overhead")) {
            overhead();
        }
        if (all || which.contains("latency")) {
            latency();
        }
        if (all || which.contains("ratelimit")) {
            rateLimited();
        }
        if (all || which.contains("streaming")) {
            streaming();
        }
        if (all || which.contains("metrics")) {
            metrics();
        }
        if (all || which.contains("costpercall")) {
            CostBenchmark.costPerCall();
        }
        if (all || which.contains("streamcost")) {
            CostBenchmark.streamCost(System.getProperty("bench.coalescing", "").isBlank() ? null
                    : System.getProperty("bench.coalescing"));
        }
        if (all || which.contains("scaling")) {
            ScalingBenchmark.run();
        }
        BenchSummary.print();
        System.exit(0);
    }

    /** 1. Zero latency: client CPU per call and throughput, 16 in flight. */
    static void overhead() throws Exception {
        int warmup = 4_000;
        int calls = 20_000;
        int inFlight = 16;
        List<LoadDriver.Result> results = new ArrayList<>();
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            String url = emulator.baseUrl();
            List<Callable<BenchClient>> clients = List.of(() -> new RawJdkClient(url),
                    () -> new OpenAiSdkClient(url, 0),
                    () -> new CamelRouteClient(url, "", "Camel direct: -> groq-responses:"));
            for (Callable<BenchClient> factory : clients) {
                try (BenchClient client = factory.call()) {
                    LoadDriver.run(client, warmup, inFlight, emulator);
                    results.add(LoadDriver.run(client, calls, inFlight, emulator));
                }
            }
        }
        LoadDriver.Result floor = results.get(0);
        System.out.printf(Locale.ROOT, "%n1. Overhead at zero latency (%d calls after %d warm-up, %d in flight)%n",
                calls, warmup, inFlight);
        System.out.printf(Locale.ROOT, "| client | calls/s | client CPU us/call | CPU vs raw | emulator CPU us/call |"
                                       + " failed |%n|---|---|---|---|---|---|%n");
        for (LoadDriver.Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.2fx | %.0f | %d |%n", r.client(), r.callsPerSecond(),
                    r.cpuMicrosPerCall(), r.cpuMicrosPerCall() / floor.cpuMicrosPerCall(),
                    r.emulatorCpuMicrosPerCall(), r.failed());
        }
        System.out.println("target: Camel CPU/call <= 1.3x raw, and below the SDK");
    }

    /** 2. 500 ms latency, 500 in flight, 5,000 calls. */
    static void latency() throws Exception {
        int calls = 5_000;
        int inFlight = Integer.getInteger("bench.inFlight", 500);
        double latency = 0.5;
        List<LoadDriver.Result> results = new ArrayList<>();
        try (EmulatorProcess emulator = EmulatorProcess.start("--delay-ms", "500")) {
            String url = emulator.baseUrl();
            List<Callable<BenchClient>> clients = new ArrayList<>(List.of(() -> new RawJdkClient(url),
                    () -> new OpenAiSdkClient(url, 0)));
            if (Boolean.getBoolean("bench.camelOnly")) {
                clients.clear();
            }
            // the component's transport used raw: the baseline of the throughput ratio (issue 16)
            clients.add(() -> new RawApacheClient(url));
            clients.add(() -> new CamelRouteClient(url, System.getProperty("bench.camelOptions", ""),
                    "Camel direct: -> groq-responses:"));
            for (Callable<BenchClient> factory : clients) {
                try (BenchClient client = factory.call()) {
                    // warm both JVMs up (the emulator's HTTP server needs a few thousand calls to be compiled)
                    LoadDriver.run(client, 2_000, inFlight, emulator);
                    results.add(LoadDriver.run(client, calls, inFlight, emulator));
                }
            }
        }
        double ideal = inFlight / latency;
        System.out.printf(Locale.ROOT, "%n2. Latency-bound (500 ms per answer, %d in flight, %d calls; ideal %.0f calls/s)%n",
                inFlight, calls, ideal);
        System.out.printf(Locale.ROOT, "| client | calls/s | achieved / ideal | peak live threads | peak heap MB |"
                                       + " client CPU us/call | emulator CPU us/call | failed |%n"
                                       + "|---|---|---|---|---|---|---|---|%n");
        for (LoadDriver.Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.0f%% | %d | %d | %.0f | %.0f | %d |%n", r.client(),
                    r.callsPerSecond(), 100 * r.callsPerSecond() / ideal, r.peakThreads(), r.peakHeapMb(),
                    r.cpuMicrosPerCall(), r.emulatorCpuMicrosPerCall(), r.failed());
        }
        LoadDriver.Result raw = results.get(results.size() - 2);
        LoadDriver.Result camel = results.get(results.size() - 1);
        double ratio = camel.callsPerSecond() / raw.callsPerSecond();
        System.out.printf(Locale.ROOT, "Camel calls/s vs raw Apache HttpClient 5 + Jackson: %.2fx%n", ratio);
        BenchSummary.add("throughput at " + inFlight + " in flight, 500 ms latency, vs raw HC5 (and of ideal)",
                String.format(Locale.ROOT, "%.2fx (%.0f%% of ideal)", ratio, 100 * camel.callsPerSecond() / ideal),
                "keep (0.97-1.00x before), >= 90% of ideal", ratio >= 0.97 && camel.callsPerSecond() >= 0.9 * ideal);
        System.out.println("target: Camel >= 90% of ideal with <= 64 live threads (the whole JVM's threads are counted),"
                           + " and as many calls/s as raw Apache HttpClient 5");
    }

    /** 3. Groq-like limits of 50 requests and 5,000 tokens refilled per 5 s (600 RPM / 60k TPM scaled down). */
    static void rateLimited() throws Exception {
        int calls = 300;
        int inFlight = 100;
        long requestsPerWindow = 50;
        long tokensPerWindow = 5_000;
        double window = 5.0;
        System.out.printf(Locale.ROOT, "%n3. Rate-limited (Groq's token buckets: %d requests and %d tokens refilled per"
                                       + " %.0f s, %d calls, %d in flight)%n", requestsPerWindow, tokensPerWindow, window,
                calls, inFlight);
        System.out.printf(Locale.ROOT, "| client | seconds | floor s | floor / time | 429s | 429s / calls | lost |%n"
                                       + "|---|---|---|---|---|---|---|%n");
        List<Callable<BenchClient>> clients = new ArrayList<>();
        String[] url = new String[1];
        clients.add(() -> new CamelRouteClient(url[0], "maxRetries=20&retryMaxDelay=20000",
                "Camel groq-responses: (governor adaptive)"));
        if (!Boolean.getBoolean("bench.camelOnly")) {
            clients.add(() -> new CamelRouteClient(url[0], "maxRetries=20&retryMaxDelay=20000&rateLimiter=off",
                    "Camel groq-responses: (governor off, retries only)"));
            clients.add(() -> new OpenAiSdkClient(url[0], 2));
        }
        for (Callable<BenchClient> factory : clients) {
            // continuously refilling limits, as Groq's are (the requests limit hidden, as Groq's RPM is)
            try (EmulatorProcess emulator = EmulatorProcess.start("--rpm", String.valueOf(requestsPerWindow),
                    "--tpm", String.valueOf(tokensPerWindow), "--minute-ms", String.valueOf((long) (window * 1000)));
                 BenchClient client = withUrl(url, emulator, factory)) {
                LoadDriver.Result r = LoadDriver.run(client, calls, inFlight, emulator);
                // the buckets start full: what is used beyond one bucketful takes refills
                double floor = Math.max(0, Math.max((double) (r.ok() - requestsPerWindow) / requestsPerWindow,
                        (double) (r.tokens() - tokensPerWindow) / tokensPerWindow)) * window;
                long limited = emulator.answered(429);
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f%% | %d | %.1f%% | %d |%n", r.client(),
                        r.seconds(), floor, 100 * floor / r.seconds(), limited, 100.0 * limited / calls, r.failed());
            }
        }
        System.out.println("target: >= 90% of the floor's speed, 429s <= 2% of calls, 0 lost");
    }

    /**
     * 4. Streamed answers (100 ms before the first event, 1,500 characters in 30-character deltas, 1 ms between
     * events): time to the first delta and client CPU per call, Camel's stream=true&streamTo beside openai-java's
     * createStreaming, with Camel's non-streamed call (the whole answer) for reference.
     */
    static void streaming() throws Exception {
        int warmup = 200;
        int calls = 600;
        int inFlight = 16;
        record Run(String label, LoadDriver.Result result) {
        }
        List<Run> runs = new ArrayList<>();
        try (EmulatorProcess emulator = EmulatorProcess.start("--delay-ms", "100", "--answer-chars", "1500",
                "--stream-chunk", "30", "--event-delay-ms", "1")) {
            String url = emulator.baseUrl();
            try (BenchClient sdk = new OpenAiSdkClient(url, 0)) {
                LoadDriver.run(sdk, warmup, inFlight, emulator, true);
                runs.add(new Run(sdk.name() + " createStreaming", LoadDriver.run(sdk, calls, inFlight, emulator, true)));
            }
            try (BenchClient camel = new CamelRouteClient(url, "stream=true&streamTo=" + CamelRouteClient.DELTAS,
                    "Camel groq-responses: stream=true, streamTo=direct:")) {
                LoadDriver.run(camel, warmup, inFlight, emulator, true);
                runs.add(new Run(camel.name(), LoadDriver.run(camel, calls, inFlight, emulator, true)));
            }
            try (BenchClient plain = new CamelRouteClient(url, "", "Camel groq-responses: not streamed (whole answer)")) {
                LoadDriver.run(plain, warmup, inFlight, emulator);
                runs.add(new Run(plain.name(), LoadDriver.run(plain, calls, inFlight, emulator)));
            }
        }
        LoadDriver.Result sdk = runs.get(0).result();
        System.out.printf(Locale.ROOT, "%n4. Streaming (100 ms to the first event, 1,500 chars in 30-char deltas, 1 ms"
                                       + " between events; %d calls after %d warm-up, %d in flight)%n",
                calls, warmup, inFlight);
        System.out.printf(Locale.ROOT, "| client | first delta p50 ms | p95 ms | client CPU us/call | CPU vs SDK |"
                                       + " calls/s | peak threads | failed |%n|---|---|---|---|---|---|---|---|%n");
        for (Run run : runs) {
            LoadDriver.Result r = run.result();
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %.0f | %.2fx | %.0f | %d | %d |%n", run.label(),
                    millis(r.firstTokenP50Millis()), millis(r.firstTokenP95Millis()), r.cpuMicrosPerCall(),
                    r.cpuMicrosPerCall() / sdk.cpuMicrosPerCall(), r.callsPerSecond(), r.peakThreads(), r.failed());
        }
        System.out.println("target: Camel's first delta no later than the SDK's, CPU per streamed call below the SDK");
    }

    private static String millis(double value) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    /**
     * 5. Zero latency, 16 in flight: client CPU per call of the same route without and with a Micrometer registry. A
     * first pair of runs warms the JIT up and is not counted; then the two alternate (ABBA order) and the median of
     * each side is reported, so that machine noise falls on both.
     */
    static void metrics() throws Exception {
        int warmup = 4_000;
        int calls = 20_000;
        int inFlight = 16;
        int rounds = 4;
        String[] labels = { "Camel, no MeterRegistry", "Camel, SimpleMeterRegistry" };
        List<List<LoadDriver.Result>> runs = List.of(new ArrayList<>(), new ArrayList<>());
        try (EmulatorProcess emulator = EmulatorProcess.start()) {
            for (int round = 0; round <= rounds; round++) {
                for (int i = 0; i < 2; i++) {
                    int variant = round % 2 == 0 ? i : 1 - i;
                    Object registry = variant == 0 ? null : new io.micrometer.core.instrument.simple.SimpleMeterRegistry();
                    try (BenchClient client = new CamelRouteClient(emulator.baseUrl(), "", labels[variant], registry, null)) {
                        LoadDriver.run(client, warmup, inFlight, emulator);
                        LoadDriver.Result r = LoadDriver.run(client, calls, inFlight, emulator);
                        if (round > 0) {
                            runs.get(variant).add(r);
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "%n5. Metrics cost at zero latency (%d calls after %d warm-up, %d in flight, median"
                                       + " of %d alternated runs each)%n", calls, warmup, inFlight, rounds);
        System.out.printf(Locale.ROOT, "| client | calls/s | client CPU us/call | CPU vs no registry | every run's CPU"
                                       + " us/call |%n|---|---|---|---|---|%n");
        double base = median(runs.get(0));
        for (int variant = 0; variant < 2; variant++) {
            List<LoadDriver.Result> list = runs.get(variant);
            double cpu = median(list);
            double rate = list.stream().mapToDouble(LoadDriver.Result::callsPerSecond).sorted().toArray()[list.size() / 2];
            System.out.printf(Locale.ROOT, "| %s | %.0f | %.1f | %.2fx | %s |%n", labels[variant], rate, cpu, cpu / base,
                    list.stream().map(r -> String.format(Locale.ROOT, "%.0f", r.cpuMicrosPerCall())).toList());
        }
        System.out.println("target: recording meters costs <= 5% CPU per call");
    }

    private static double median(List<LoadDriver.Result> runs) {
        double[] cpu = runs.stream().mapToDouble(LoadDriver.Result::cpuMicrosPerCall).sorted().toArray();
        return cpu.length % 2 == 1 ? cpu[cpu.length / 2] : (cpu[cpu.length / 2 - 1] + cpu[cpu.length / 2]) / 2;
    }

    private static BenchClient withUrl(String[] holder, EmulatorProcess emulator, Callable<BenchClient> factory)
            throws Exception {
        holder[0] = emulator.baseUrl();
        return factory.call();
    }
}
