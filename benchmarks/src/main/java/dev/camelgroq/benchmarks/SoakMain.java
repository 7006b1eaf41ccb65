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

import java.io.File;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.GroqResponsesConstants;
import dev.camelgroq.responses.ratelimit.PostgresBudgetStore;
import dev.camelgroq.responses.test.GroqEmulator;
import dev.camelgroq.responses.test.RateLimits;
import dev.camelgroq.responses.test.Reply;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;

import static dev.camelgroq.responses.test.RequestMatchers.inputContains;

/**
 * A soak run (not part of CI): hostile traffic of every kind the component must survive for weeks, mixed and scaled
 * down from an hour to {@code -Dsoak.seconds} (default 120, after a warm-up of a fifth of it), 16 calls in flight. It
 * reports heap after GC, live threads and open file descriptors after the warm-up and after each quarter of the run;
 * none of them may grow with the run's length.
 * Kinds: plain calls; 400s with ever new error codes (metric cardinality); answers over maxResponseSize; answers
 * slower than requestTimeout; trickled bodies; malformed JSON; bodies cut mid-way; streams with keep-alives and cut
 * streams; conversation turns in PostgreSQL with clears and refused ids; and a shared budget in the same PostgreSQL
 * whose row another connection locks for 3 s every 10 s. The emulator runs in a child JVM, so the figures are the
 * component's (and PostgreSQL's client side) alone.
 * <p>
 * {@code mvn -B -Psoak -DskipTests verify -Dsoak.seconds=600} (profile {@code soak} of this module), or run the
 * class with the module's classpath.
 */
public final class SoakMain {

    private static final String MODEL = "openai/gpt-oss-20b";
    private static final List<String> KINDS = List.of("ok", "errcode", "oversized", "slow", "trickle", "malformed",
            "cut", "stream", "streamcut", "memory", "clear", "badid");
    private static final Pattern NUMBER = Pattern.compile("#(\\d+)");

    private SoakMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && args[0].equals("--emulator")) {
            serveEmulator(Integer.parseInt(args[1]));
            return;
        }
        long seconds = Long.getLong("soak.seconds", 120);
        int inFlight = Integer.getInteger("soak.inFlight", 16);
        System.out.printf(Locale.ROOT, "camel-groq-responses soak: %d s, %d in flight, %d cores, Java %s%n", seconds,
                inFlight, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start();
             EmulatorJvm emulator = EmulatorJvm.start()) {
            DataSource dataSource = postgres.getPostgresDatabase();
            CamelContext context = new DefaultCamelContext();
            context.getRegistry().bind("conversations", dataSource);
            GroqResponsesComponent component = context.getComponent("groq-responses", GroqResponsesComponent.class);
            component.getConfiguration().setApiKey("gsk_soak_0123456789");
            component.getConfiguration().setBaseUrl(emulator.baseUrl());
            component.setRateLimitDataSource(dataSource);
            component.setMeterRegistry(new SimpleMeterRegistry());
            context.start();
            Map<String, LongAdder> outcomes = new ConcurrentHashMap<>();
            ScheduledExecutorService locker = rowLocker(dataSource);
            try {
                ProducerTemplate template = context.createProducerTemplate();
                drive(template, inFlight, Math.max(10, seconds / 5), outcomes); // warm-up: pools and caches fill
                List<Snapshot> snapshots = new java.util.ArrayList<>(List.of(Snapshot.take()));
                for (int quarter = 0; quarter < 4; quarter++) {
                    drive(template, inFlight, Math.max(1, seconds / 4), outcomes);
                    snapshots.add(Snapshot.take());
                }
                report(snapshots, outcomes);
            } finally {
                locker.shutdownNow();
                locker.awaitTermination(10, TimeUnit.SECONDS);
                context.stop();
            }
        }
        System.exit(0);
    }

    /**
     * The emulator runs in a JVM of its own, so that what the soak measures (heap, threads, descriptors) is the
     * component's alone: the JDK's HttpServer keeps some state per aborted connection.
     */
    private static void serveEmulator(int port) throws java.io.IOException {
        GroqEmulator emulator = new GroqEmulator().port(port).recording(false);
        script(emulator);
        emulator.rateLimits(RateLimits.tokenBuckets().requestsPerMinute(1_000_000).tokensPerMinute(50_000_000));
        emulator.start();
        System.out.println("soak emulator serving");
        // serves as long as the parent lives: its end closes our standard input, and then this JVM ends too
        while (System.in.read() >= 0) {
            // the parent writes nothing; only the end of the stream matters
        }
        emulator.close();
    }

    /** This class run with {@code --emulator PORT} in a child JVM. */
    private record EmulatorJvm(Process process, String baseUrl) implements AutoCloseable {
        static EmulatorJvm start() throws Exception {
            int port;
            try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
                port = socket.getLocalPort();
            }
            Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "-Xmx512m",
                    "-Dsun.net.httpserver.nodelay=true", "-cp", System.getProperty("java.class.path"),
                    SoakMain.class.getName(), "--emulator", String.valueOf(port)).redirectErrorStream(true).start();
            java.io.BufferedReader output = new java.io.BufferedReader(new java.io.InputStreamReader(
                    process.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            String line;
            while ((line = output.readLine()) != null) {
                if (line.contains("soak emulator serving")) {
                    Thread drain = new Thread(() -> output.lines().forEach(ignored -> {
                    }), "soak-emulator-output");
                    drain.setDaemon(true);
                    drain.start();
                    return new EmulatorJvm(process, "http://127.0.0.1:" + port + "/openai/v1");
                }
            }
            process.destroyForcibly();
            throw new IllegalStateException("the soak emulator did not start on port " + port);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor();
        }
    }

    /** Each kind of request carries "kind:KIND #N" in its input; the emulator answers by kind. */
    private static void script(GroqEmulator emulator) {
        emulator.when(inputContains("kind:errcode")).thenReply(r -> Reply.error(400, "invalid_request_error",
                "made_up_" + number(r.inputText()), "no"));
        emulator.when(inputContains("kind:oversized")).thenReply(Reply.oversized(300_000));
        emulator.when(inputContains("kind:slow")).thenReply(Reply.auto().delayed(Duration.ofMillis(1_500)));
        emulator.when(inputContains("kind:trickle")).thenReply(Reply.auto().trickle(Duration.ofMillis(300)));
        emulator.when(inputContains("kind:malformed")).thenReply(Reply.auto().malformedJson());
        emulator.when(inputContains("kind:cut")).thenReply(Reply.auto().closeMidBody());
        emulator.when(inputContains("kind:streamcut")).thenReply(Reply.auto().cutAfterEvents(3));
        emulator.when(inputContains("kind:stream")).thenReply(Reply.auto().keepAlives());
    }

    private static long number(String text) {
        Matcher m = NUMBER.matcher(text == null ? "" : text);
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    /** Another connection locks the shared budget's token row for 3 s every 10 s (the first time after 7 s). */
    private static ScheduledExecutorService rowLocker(DataSource dataSource) {
        ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "soak-row-locker");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleAtFixedRate(() -> lockFor(dataSource, scheduler, 3), 7, 10, TimeUnit.SECONDS);
        return scheduler;
    }

    /** Locks the token row in a transaction that {@code scheduler} rolls back {@code seconds} later. */
    private static void lockFor(DataSource dataSource, ScheduledExecutorService scheduler, long seconds) {
        try {
            Connection c = dataSource.getConnection();
            try (Statement s = c.createStatement()) {
                c.setAutoCommit(false);
                s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE + " WHERE id LIKE '%:" + MODEL
                               + ":tpm' FOR UPDATE").close();
            } catch (Exception e) {
                c.close();
                throw e;
            }
            scheduler.schedule(() -> {
                try (c) {
                    c.rollback();
                }
                return null;
            }, seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            // the table may not exist yet: try again next round
        }
    }

    private static void drive(ProducerTemplate template, int inFlight, long seconds,
                              Map<String, LongAdder> outcomes) throws InterruptedException {
        Semaphore slots = new Semaphore(inFlight);
        AtomicLong sequence = new AtomicLong();
        long endAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        String base = "groq-responses:soak?model=" + MODEL + "&requestTimeout=1000&maxRetries=0"
                      + "&maxResponseSize=200000";
        while (System.nanoTime() < endAt) {
            slots.acquire();
            long n = sequence.incrementAndGet();
            String kind = KINDS.get((int) (n % KINDS.size()));
            Exchange exchange = new DefaultExchange(template.getCamelContext());
            exchange.getIn().setBody("kind:" + kind + " #" + n);
            String uri = base;
            switch (kind) {
                case "stream", "streamcut" -> uri += "&stream=true";
                case "memory", "clear" -> {
                    uri += "&conversationDataSource=#conversations&maxHistoryMessages=6";
                    exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID,
                            "user-" + ThreadLocalRandom.current().nextInt(500));
                    if (kind.equals("clear")) {
                        exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_OPERATION, "clear");
                    }
                }
                case "badid" -> {
                    uri += "&conversationDataSource=#conversations";
                    exchange.getIn().setHeader(GroqResponsesConstants.CONVERSATION_ID, "\uD800tenant-" + n);
                }
                default -> {
                }
            }
            template.asyncSend(uri, exchange).whenComplete((done, error) -> {
                Throwable failure = error != null ? error : done.getException();
                String outcome = failure == null ? "ok" : failure.getClass().getSimpleName();
                outcomes.computeIfAbsent(kind + " -> " + outcome, k -> new LongAdder()).increment();
                slots.release();
            });
        }
        slots.acquire(inFlight);
        slots.release(inFlight);
    }

    private static void report(List<Snapshot> snapshots, Map<String, LongAdder> outcomes) {
        StringBuilder header = new StringBuilder("| measure | after warm-up |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int i = 1; i < snapshots.size(); i++) {
            header.append(" after ").append(i).append("/").append(snapshots.size() - 1).append(" |");
            rule.append("---|");
        }
        System.out.printf(Locale.ROOT, "%n%s%n%s%n", header, rule);
        row("heap after GC (MB)", snapshots, s -> String.format(Locale.ROOT, "%.1f", s.heapMb()));
        row("live threads", snapshots, s -> String.valueOf(s.threads()));
        row("open file descriptors", snapshots, s -> String.valueOf(s.fds()));
        System.out.printf(Locale.ROOT, "%n| kind -> outcome | exchanges |%n|---|---|%n");
        new TreeMap<>(outcomes).forEach((k, v) -> System.out.printf(Locale.ROOT, "| %s | %d |%n", k, v.sum()));
    }

    private static void row(String name, List<Snapshot> snapshots, java.util.function.Function<Snapshot, String> cell) {
        StringBuilder line = new StringBuilder("| ").append(name).append(" |");
        snapshots.forEach(s -> line.append(' ').append(cell.apply(s)).append(" |"));
        System.out.println(line);
    }

    /** Heap used after a full GC, live threads, open file descriptors (Linux: /proc/self/fd). */
    private record Snapshot(double heapMb, int threads, int fds) {
        static Snapshot take() {
            // System.gc() runs a full collection before it returns; the third one finds what the first two freed
            for (int i = 0; i < 3; i++) {
                System.gc();
            }
            long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            String[] fds = new File("/proc/self/fd").list();
            return new Snapshot(used / 1_048_576.0, ManagementFactory.getThreadMXBean().getThreadCount(),
                    fds == null ? -1 : fds.length);
        }
    }
}
