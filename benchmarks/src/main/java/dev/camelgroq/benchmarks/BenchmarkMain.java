package dev.camelgroq.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;

/**
 * Runs the three benchmarks against the emulator (its own JVM, on loopback) and prints each figure beside its baseline
 * measured in the same run: 1. overhead at zero latency, 2. latency-bound throughput, 3. rate-limited throughput.
 * 4. several JVMs sharing one budget ({@link ScalingBenchmark}).
 * Arguments: {@code all} (default) or any of {@code overhead latency ratelimit scaling}, comma separated.
 */
public final class BenchmarkMain {

    static final String MODEL = "openai/gpt-oss-20b";

    private BenchmarkMain() {
    }

    public static void main(String[] args) throws Exception {
        Set<String> which = Set.of((args.length == 0 ? "all" : args[0]).split(","));
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
        if (all || which.contains("scaling")) {
            ScalingBenchmark.run();
        }
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
        System.out.println("target: Camel >= 90% of ideal with <= 64 live threads (the whole JVM's threads are counted)");
    }

    /** 3. Limits of 50 requests and 5,000 tokens per 5 s window (600 RPM / 60k TPM scaled down). */
    static void rateLimited() throws Exception {
        int calls = 300;
        int inFlight = 100;
        long requestsPerWindow = 50;
        long tokensPerWindow = 5_000;
        double window = 5.0;
        System.out.printf(Locale.ROOT, "%n3. Rate-limited (%d requests and %d tokens per %.0f s window, %d calls, %d in"
                                       + " flight)%n", requestsPerWindow, tokensPerWindow, window, calls, inFlight);
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
            // fixed windows, as this scenario was first measured; scenario 4 uses Groq's token buckets
            try (EmulatorProcess emulator = EmulatorProcess.start("--fixed-window", "--requests",
                    String.valueOf(requestsPerWindow),
                    "--tokens", String.valueOf(tokensPerWindow), "--window-ms", String.valueOf((long) (window * 1000)));
                 BenchClient client = withUrl(url, emulator, factory)) {
                LoadDriver.Result r = LoadDriver.run(client, calls, inFlight, emulator);
                double floor = Math.max((double) r.ok() / requestsPerWindow, (double) r.tokens() / tokensPerWindow)
                               * window;
                long limited = emulator.answered(429);
                System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f%% | %d | %.1f%% | %d |%n", r.client(),
                        r.seconds(), floor, 100 * floor / r.seconds(), limited, 100.0 * limited / calls, r.failed());
            }
        }
        System.out.println("target: >= 90% of the floor's speed, 429s <= 2% of calls, 0 lost");
    }

    private static BenchClient withUrl(String[] holder, EmulatorProcess emulator, Callable<BenchClient> factory)
            throws Exception {
        holder[0] = emulator.baseUrl();
        return factory.call();
    }
}
