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
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Several JVMs, one Groq budget: one emulator with token-bucket limits (Groq's semantics, time scaled so that a
 * minute lasts {@code minuteMillis}) and 1 or 3 worker JVMs running the same route, without and with the budget shared
 * through PostgreSQL. Prints, for each scenario, the time against the budget's floor and the share of calls answered
 * 429.
 * <p>
 * The floor is the least time any client could take for the tokens and requests actually used: the buckets start
 * full, so floor = max(requests - RPM, tokens - TPM) / refill rate.
 * <p>
 * Scenarios 5 and 6 have the shape of a Kafka pipeline at scale (issue 20): a large bucket (160,000 tokens per 10 s
 * minute) and requests of about 400 tokens, so that one answer shows too little of the bucket to time Groq's minute.
 * A shared bucket created before the minute was learned used to keep a 60 s refill: about a sixth of the budget.
 */
final class ScalingBenchmark {

    private static final long RPM = 60;
    private static final long TPM = 3_000;
    private static final long MINUTE_MILLIS = 6_000;
    private static final int CALLS = 300;
    private static final int IN_FLIGHT = 60;
    private static final long LATENCY_MILLIS = 200;
    /** {@code -Dbench.scaling.rounds=N}: every scenario N times (rows in run order), to see the spread. */
    private static final int ROUNDS = Integer.getInteger("bench.scaling.rounds", 1);
    /** {@code -Dbench.scaling.only=1,2}: only these scenarios (numbered as printed, from 1). */
    private static final List<String> ONLY = List.of(System.getProperty("bench.scaling.only", "").split(","))
            .stream().filter(v -> !v.isBlank()).toList();

    private ScalingBenchmark() {
    }

    record Scenario(String label, int jvms, boolean shared, boolean rpmCap, Limits limits) {

        Scenario(String label, int jvms, boolean shared, boolean rpmCap) {
            this(label, jvms, shared, rpmCap, SMALL_BUCKET);
        }
    }

    /** The emulator's limits, the load, and how much text each call sends. */
    record Limits(long rpm, long tpm, long minuteMillis, int calls, int inFlight, int inputChars) {
    }

    private static final Limits SMALL_BUCKET = new Limits(RPM, TPM, MINUTE_MILLIS, CALLS, IN_FLIGHT, 0);
    /** The Kafka pipeline's shape: a bucket of 160,000 tokens per 10 s minute, calls of about 400 tokens. */
    private static final Limits LARGE_BUCKET = new Limits(100_000, 160_000, 10_000, 1_800, 60, 1_200);

    static void run() throws Exception {
        System.out.printf(Locale.ROOT, "%n6. Several instances, one budget (%d RPM, %d TPM, a minute lasts %.0f s, %d"
                                       + " ms latency; %d calls in all, %d in flight in all)%n", RPM, TPM,
                MINUTE_MILLIS / 1000.0, LATENCY_MILLIS, CALLS, IN_FLIGHT);
        System.out.printf(Locale.ROOT, "| scenario | seconds | floor s | floor / time | 429s | 429s / calls | lost |%n"
                                       + "|---|---|---|---|---|---|---|%n");
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            String jdbc = postgres.getJdbcUrl("postgres", "postgres");
            List<Scenario> all = List.of(new Scenario("1 JVM, no store (baseline)", 1, false, false),
                    new Scenario("3 JVMs, no store", 3, false, false),
                    new Scenario("3 JVMs, PostgreSQL store", 3, true, false),
                    new Scenario("3 JVMs, PostgreSQL store, requestsPerMinute=" + RPM, 3, true, true),
                    new Scenario("3 JVMs, no store, large bucket", 3, false, false, LARGE_BUCKET),
                    new Scenario("3 JVMs, PostgreSQL store, large bucket", 3, true, false, LARGE_BUCKET));
            for (int round = 0; round < ROUNDS; round++) {
                for (int i = 0; i < all.size(); i++) {
                    Scenario s = all.get(i);
                    if (!ONLY.isEmpty() && !ONLY.contains(String.valueOf(i + 1))) {
                        continue;
                    }
                    run(s, s.shared() ? jdbc : "-");
                    if (s.shared()) {
                        printStoredBuckets(postgres.getPostgresDatabase());
                        try (var c = postgres.getPostgresDatabase().getConnection(); var st = c.createStatement()) {
                            st.execute("DELETE FROM groq_rate_limit_bucket");
                        }
                    }
                }
            }
        }
        System.out.printf(Locale.ROOT, "large bucket (scenarios 5, 6): %d RPM, %d TPM, a minute lasts %.0f s, %d calls"
                                       + " of about %d input characters, %d in flight in all%n", LARGE_BUCKET.rpm(),
                LARGE_BUCKET.tpm(), LARGE_BUCKET.minuteMillis() / 1000.0, LARGE_BUCKET.calls(),
                LARGE_BUCKET.inputChars(), LARGE_BUCKET.inFlight());
        System.out.println("targets: 1 JVM >= 95% of the floor and <= 1% 429s; 3 JVMs without a store >= 90% and"
                           + " <= 5%; 3 JVMs with the store >= 90% and <= 1%; 0 lost");
    }

    private static void run(Scenario scenario, String jdbc) throws Exception {
        Limits l = scenario.limits();
        try (EmulatorProcess emulator = EmulatorProcess.start("--rpm", String.valueOf(l.rpm()), "--tpm",
                String.valueOf(l.tpm()), "--minute-ms", String.valueOf(l.minuteMillis()), "--delay-ms",
                String.valueOf(LATENCY_MILLIS))) {
            List<Process> workers = new ArrayList<>();
            List<BufferedReader> outputs = new ArrayList<>();
            for (int i = 0; i < scenario.jvms(); i++) {
                Process p = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx256m",
                        "-cp", System.getProperty("java.class.path"), ScalingWorker.class.getName(),
                        emulator.baseUrl(), String.valueOf(l.calls() / scenario.jvms()),
                        String.valueOf(l.inFlight() / scenario.jvms()), jdbc,
                        scenario.rpmCap() ? String.valueOf(l.rpm()) : "-", String.valueOf(l.inputChars()))
                        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
                workers.add(p);
                BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(),
                        StandardCharsets.UTF_8));
                outputs.add(out);
                awaitLine(out, "READY");
            }
            long t0 = System.nanoTime();
            for (Process p : workers) {
                PrintWriter w = new PrintWriter(p.getOutputStream(), true, StandardCharsets.UTF_8);
                w.println("go");
            }
            long ok = 0;
            long failed = 0;
            long tokens = 0;
            for (BufferedReader out : outputs) {
                String[] r = awaitLine(out, "RESULT").split(" ");
                ok += Long.parseLong(r[1]);
                failed += Long.parseLong(r[2]);
                tokens += Long.parseLong(r[3]);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            for (Process p : workers) {
                p.waitFor();
            }
            double minutes = Math.max((double) (ok - l.rpm()) / l.rpm(), (double) (tokens - l.tpm()) / l.tpm());
            double floor = Math.max(0, minutes) * l.minuteMillis() / 1000.0;
            long limited = emulator.answered(429);
            long calls = ok + failed;
            System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f | %.0f%% | %d | %.1f%% | %d |%n", scenario.label(),
                    seconds, floor, 100 * floor / seconds, limited, 100.0 * limited / calls, failed);
        }
    }

    /** What the shared buckets were left with: the capacity and refill period the instances learned. */
    private static void printStoredBuckets(javax.sql.DataSource dataSource) throws Exception {
        var store = dev.camelgroq.responses.ratelimit.PostgresBudgetStore.create(dataSource);
        try (var c = dataSource.getConnection(); var st = c.createStatement();
             var rows = st.executeQuery("SELECT id FROM groq_rate_limit_bucket ORDER BY id")) {
            while (rows.next()) {
                String id = rows.getString(1);
                var limit = store.getProxyConfiguration(id).orElseThrow().getBandwidths()[0];
                System.out.printf(Locale.ROOT, "|   stored %s bucket: capacity %d, refilled over %.2f s | | | | | | |%n",
                        id.substring(id.lastIndexOf(':') + 1), limit.getCapacity(),
                        limit.getRefillPeriodNanos() / 1e9 * limit.getCapacity() / limit.getRefillTokens());
            }
        }
    }

    private static String awaitLine(BufferedReader out, String prefix) throws Exception {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        throw new IllegalStateException("a worker ended without printing " + prefix);
    }
}
