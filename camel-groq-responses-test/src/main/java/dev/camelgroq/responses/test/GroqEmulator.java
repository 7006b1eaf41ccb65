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
package dev.camelgroq.responses.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * An emulator of Groq's Responses API on loopback: {@code POST /openai/v1/responses} and {@code GET /openai/v1/models}.
 * It validates requests as Groq does (against Groq's published schema, see {@link #strict(boolean)}), answers with
 * Groq's JSON shapes, headers ({@code x-request-id}, {@code x-ratelimit-*}) and errors, records every request, and
 * can be scripted per request with {@link #when}.
 * <p>
 * Replies are written by a scheduler, so delayed answers hold no thread: one emulator serves thousands of concurrent
 * connections. Start it with {@link #start()}, point {@code baseUrl} at {@link #baseUrl()}, stop it with
 * {@link #close()}.
 */
public final class GroqEmulator implements AutoCloseable {

    /** The models the emulator knows by default (others answer 404 {@code model_not_found}). */
    public static final List<String> DEFAULT_MODELS = List.of("openai/gpt-oss-20b", "openai/gpt-oss-120b",
            "llama-3.3-70b-versatile", "llama-3.1-8b-instant", "meta-llama/llama-4-scout-17b-16e-instruct",
            "meta-llama/llama-4-maverick-17b-128e-instruct", "moonshotai/kimi-k2-instruct-0905", "qwen/qwen3-32b");

    /** The models whose prompt prefixes Groq caches (console.groq.com/docs/prompt-caching). */
    public static final List<String> PROMPT_CACHING_MODELS = List.of("openai/gpt-oss-20b", "openai/gpt-oss-120b",
            "openai/gpt-oss-safeguard-20b", "moonshotai/kimi-k2-instruct-0905");

    /** How long Groq keeps a cached prompt prefix that is not used. */
    public static final Duration PROMPT_CACHE_TTL = Duration.ofHours(2);

    static {
        // the JDK server delays small answers by ~40 ms (Nagle) unless told otherwise; read once at class load
        System.setProperty("sun.net.httpserver.nodelay", System.getProperty("sun.net.httpserver.nodelay", "true"));
        System.setProperty("sun.net.httpserver.maxIdleConnections",
                System.getProperty("sun.net.httpserver.maxIdleConnections", "4096"));
    }

    private static final String BASE = "/openai/v1";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ResponseFactory responses = new ResponseFactory(mapper);
    private final List<Stubbing> stubs = new CopyOnWriteArrayList<>();
    private final List<EmulatorRequest> recorded = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, AtomicInteger> statusCounts = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();
    private final Set<String> models = new LinkedHashSet<>(DEFAULT_MODELS);

    private int port;
    private String expectedApiKey;
    private boolean recording = true;
    private volatile boolean strict = true;
    private volatile EmulatorRateLimits limits = EmulatorRateLimits.generous();
    private volatile PromptCache promptCache = new PromptCache(Set.of(), 0);
    private volatile Duration defaultDelay = Duration.ZERO;
    private HttpServer server;
    private ExecutorService handlers;
    private ScheduledExecutorService scheduler;
    private ExecutorService streamWriters;
    private ResponseWriter writer;
    // --- HTTPS mode (hardening, issue 7) ---
    private SSLContext tls;

    /**
     * Serves HTTPS with this context (its key manager holds the server certificate) instead of plain HTTP; call before
     * {@link #start()}. {@link #baseUrl()} then starts with {@code https://}.
     */
    public GroqEmulator https(SSLContext context) {
        this.tls = context;
        return this;
    }

    /** Listens on this port (0, the default, picks a free one). */
    public GroqEmulator port(int port) {
        this.port = port;
        return this;
    }

    /** Accepts only this API key (by default any non-empty bearer token is accepted). */
    public GroqEmulator apiKey(String key) {
        this.expectedApiKey = key;
        return this;
    }

    /** Adds models to the known list. */
    public GroqEmulator models(String... extra) {
        models.addAll(List.of(extra));
        return this;
    }

    /**
     * Checks every {@code POST /responses} body against Groq's published schema and its documented extensions (the
     * default, {@link GroqRequestSchema}) and answers 400 {@code invalid_request_error} naming the offending field as
     * {@code param}, as Groq does; {@code false} accepts any object with a {@code model} and an {@code input}. Turn it
     * off only in a test that deliberately sends what Groq refuses (for example through
     * {@code additionalBodyProperty}), never to make a route's ordinary requests pass.
     */
    public GroqEmulator strict(boolean strict) {
        this.strict = strict;
        return this;
    }

    /** Keeps (default) or stops keeping every request for {@link #requests()}; long benchmarks turn it off. */
    public GroqEmulator recording(boolean keep) {
        this.recording = keep;
        return this;
    }

    // --- rate limits as token buckets (issue 9) ---
    /**
     * Enforces request and token limits as continuously refilling token buckets (Groq: per organization and model):
     * {@code requests} per {@code requestWindow} (the hidden RPM; the headers report a day of 1,440 such windows) and
     * {@code tokens} per {@code tokenWindow}, answering 429 with {@code retry-after} beyond them.
     */
    public GroqEmulator rateLimits(long requests, Duration requestWindow, long tokens, Duration tokenWindow) {
        this.limits = new TokenBucketLimits(requests, requests * 1440, requestWindow.toMillis(), tokens,
                tokenWindow.toMillis());
        return this;
    }

    /** Enforces these limits: {@link RateLimits#tokenBuckets()} (Groq's way) or {@link RateLimits#fixedWindow()}. */
    public GroqEmulator rateLimits(RateLimits spec) {
        this.limits = spec.isFixedWindow() ? FixedWindowLimits.of(spec) : TokenBucketLimits.of(spec);
        return this;
    }

    /**
     * Models Groq's prompt cache for these models (issue 16; Groq caches prefixes on openai/gpt-oss-20b,
     * openai/gpt-oss-120b, openai/gpt-oss-safeguard-20b and moonshotai/kimi-k2-instruct-0905): a request whose body
     * before {@code "input"} (instructions, schema, tools, settings) matches byte for byte that of an earlier admitted
     * request of the same model, used within {@code ttl} (Groq: two hours), reports that part as
     * {@code usage.input_tokens_details.cached_tokens}. The whole input counts against the token limit when the
     * request is admitted; the cached part is given back once the request has been processed (after its delay), as
     * Groq subtracts cached tokens after processing. Replaces any earlier call.
     */
    public GroqEmulator promptCaching(Duration ttl, String... models) {
        this.promptCache = new PromptCache(Set.of(models), ttl.toMillis());
        return this;
    }

    /**
     * Caches prompts as Groq does: {@link #promptCaching(Duration, String...)} for Groq's caching models
     * ({@link #PROMPT_CACHING_MODELS}), prefixes expiring after {@link #PROMPT_CACHE_TTL} unused.
     */
    public GroqEmulator promptCachingAsGroq() {
        return promptCaching(PROMPT_CACHE_TTL, PROMPT_CACHING_MODELS.toArray(String[]::new));
    }

    /** Delays every answer that has no delay of its own (simulates model latency; no thread waits). */
    public GroqEmulator defaultDelay(Duration delay) {
        this.defaultDelay = delay;
        return this;
    }

    /** Starts serving; returns this for chaining. */
    public synchronized GroqEmulator start() {
        if (server != null) {
            return this;
        }
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            if (tls != null) {
                HttpsServer https = HttpsServer.create(address, 1024);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            } else {
                server = HttpServer.create(address, 1024);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        handlers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemon("groq-emulator-http"));
        scheduler = Executors.newScheduledThreadPool(2, daemon("groq-emulator-timer"));
        // one thread per stream being written: a client that stops reading holds only its own
        streamWriters = Executors.newCachedThreadPool(daemon("groq-emulator-stream"));
        writer = new ResponseWriter(scheduler, streamWriters);
        server.setExecutor(handlers);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    /** Stops serving and releases the port. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(0);
            handlers.shutdownNow();
            scheduler.shutdownNow();
            streamWriters.shutdownNow();
            server = null;
        }
    }

    /** The port in use. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base URL to give the component, for example {@code http://127.0.0.1:41234/openai/v1}. */
    public String baseUrl() {
        return (tls != null ? "https" : "http") + "://127.0.0.1:" + port() + BASE;
    }

    /** Scripts the answer to the requests that match. */
    public Stubbing when(Predicate<EmulatorRequest> matcher) {
        return new Stubbing(matcher, stubs::add);
    }

    /** Answers the next requests with these replies, one each, in order. */
    public void enqueue(Reply... replies) {
        for (Reply reply : replies) {
            when(RequestMatchers.any()).times(1).thenReply(reply);
        }
    }

    /** Every request received so far (when recording), oldest first. */
    public List<EmulatorRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    /** The last request received, or {@code null}. */
    public EmulatorRequest lastRequest() {
        synchronized (recorded) {
            return recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        }
    }

    /** How many requests arrived (recorded or not). */
    public int requestCount() {
        return sequence.get();
    }

    // --- hostile streams (issue 15) ---
    /**
     * How many streams of the hostile modes ({@link Reply#hugeStreamLine}, {@link Reply#keepAliveForever},
     * {@link Reply#eventFlood}) ended because the client closed the connection before the emulator was done.
     */
    public int clientAbortedStreams() {
        return writer.clientAbortedStreams();
    }

    /** How many bytes the hostile stream modes have written (to show that a client stopped reading early). */
    public long hostileBytesWritten() {
        return writer.hostileBytesWritten();
    }
    // --- end hostile streams (issue 15) ---

    /** How many answers had this HTTP status. */
    public int answeredWith(int status) {
        AtomicInteger n = statusCounts.get(status);
        return n == null ? 0 : n.get();
    }

    /**
     * Forgets scripts, recorded requests, counters and rate-limit state (limits return to generous, the request check
     * to strict).
     */
    public void reset() {
        strict = true;
        stubs.clear();
        recorded.clear();
        statusCounts.clear();
        sequence.set(0);
        limits = EmulatorRateLimits.generous();
        promptCache = new PromptCache(Set.of(), 0);
        if (writer != null) {
            writer.resetHostileCounters();
        }
    }

    private void handle(HttpExchange exchange) {
        try {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            JsonNode json = parse(body);
            EmulatorRequest request = new EmulatorRequest(sequence.incrementAndGet(), method, path,
                    exchange.getRequestHeaders(), body, json);
            if (recording) {
                recorded.add(request);
            }
            answer(exchange, request, body);
        } catch (IOException | RuntimeException e) {
            respond(exchange, Reply.error(500, "internal_server_error", null, "emulator failure: " + e), null);
        }
    }

    private void answer(HttpExchange exchange, EmulatorRequest request, String body) {
        String auth = request.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ") || auth.length() <= 7
                || (expectedApiKey != null && !auth.equals("Bearer " + expectedApiKey))) {
            respond(exchange, Reply.error(401, "invalid_request_error", "invalid_api_key", "Invalid API Key"), null);
        } else if ("GET".equals(request.method()) && (BASE + "/models").equals(request.path())) {
            respond(exchange, null, modelList());
        } else if ("GET".equals(request.method()) && "/emulator/stats".equals(request.path())) {
            respond(exchange, null, stats());
        } else if (!"POST".equals(request.method()) || !(BASE + "/responses").equals(request.path())) {
            respond(exchange, Reply.error(404, "invalid_request_error", "unknown_url", "Unknown request URL: "
                    + request.method() + " " + request.path() + ". Please check the URL for typos."), null);
        } else if (request.json().isMissingNode()) {
            respond(exchange, RequestValidator.invalid("We could not parse the JSON body of your request. "
                    + "The body must be valid JSON: " + abbreviate(body), null), null);
        } else {
            Reply invalid = RequestValidator.validate(request.json(), strict);
            if (invalid != null) {
                respond(exchange, invalid, null);
            } else if (!models.contains(request.model())) {
                respond(exchange, Reply.error(404, "invalid_request_error", "model_not_found", "The model `"
                        + request.model() + "` does not exist or you do not have access to it."), null);
            } else {
                respond(exchange, scripted(request), request);
            }
        }
    }

    private Reply scripted(EmulatorRequest request) {
        for (Stubbing stub : stubs) {
            Reply reply = stub.offer(request);
            if (reply != null) {
                return reply;
            }
        }
        return Reply.auto();
    }

    private void respond(HttpExchange exchange, Reply reply, Object successBody) {
        long now = System.currentTimeMillis();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        headers.put("x-request-id", Ids.next("req_"));
        int status;
        byte[] bytes;
        List<byte[]> events = null; // streaming (issue 10): the events of a "stream": true answer
        byte[] flood = null; // hostile streams (issue 15): the event a flood repeats
        long cachedGiveBack = 0; // prompt cache (issue 16): tokens given back once the request is processed
        if (successBody instanceof EmulatorRequest) {
            EmulatorRequest request = (EmulatorRequest) successBody;
            if (reply.isError()) {
                status = reply.errorStatus();
                bytes = errorBytes(reply, headers);
            } else {
                ResponseFactory.Built built = responses.build(request, reply, reply.delay(),
                        promptCache.cachedTokens(request, now));
                EmulatorRateLimits.Decision decision = limits.admit(built.inputTokens() + built.outputTokens(), now);
                if (decision.allowed()) {
                    status = 200;
                    promptCache.remember(request, now);
                    cachedGiveBack = built.cachedTokens();
                    bytes = built.body().toString().getBytes(StandardCharsets.UTF_8);
                    if (request.json().path("stream").asBoolean(false) && !reply.notStreamedAnswer()) { // issue 10, 15
                        events = SseScript.events(mapper, built.body(), reply);
                        flood = reply.floodEvents() > 0 ? SseScript.floodEvent(mapper, built.body(), reply) : null;
                        headers.put("Content-Type", "text/event-stream");
                    }
                } else {
                    Reply limited = rateLimited(request, decision, built.inputTokens() + built.outputTokens());
                    status = limited.errorStatus();
                    bytes = errorBytes(limited, headers);
                    if (decision.status() == 429) {
                        headers.put("retry-after", retryAfterSeconds(decision.retryAfterMillis()));
                    }
                    reply = Reply.auto();
                }
            }
            headers.putAll(limits.headers(now));
        } else if (successBody != null) {
            status = 200;
            bytes = successBody.toString().getBytes(StandardCharsets.UTF_8);
            reply = Reply.auto();
        } else {
            status = reply.errorStatus();
            bytes = errorBytes(reply, headers);
        }
        headers.putAll(reply.headers());
        statusCounts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        Duration delay = reply.delay().isZero() && successBody instanceof EmulatorRequest ? defaultDelay : reply.delay();
        if (cachedGiveBack > 0) {
            giveBackLater(cachedGiveBack, delay);
        }
        if (events != null) { // streaming (issue 10)
            writer.stream(exchange, headers, events, flood, reply, delay);
            return;
        }
        writer.send(exchange, status, headers, bytes, reply.fault(), delay, reply.trickleInterval());
    }

    /** Returns cached prompt tokens to the token limit once the request has been processed (its delay is over). */
    private void giveBackLater(long tokens, Duration delay) {
        EmulatorRateLimits current = limits;
        if (delay.isZero()) {
            current.giveBack(tokens, System.currentTimeMillis());
            return;
        }
        try {
            scheduler.schedule(() -> current.giveBack(tokens, System.currentTimeMillis()), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the emulator is stopping: nothing is admitted any more
        }
    }

    private Reply rateLimited(EmulatorRequest request, EmulatorRateLimits.Decision d, long requested) {
        if (d.status() == 413) {
            return Reply.error(413, "tokens", "rate_limit_exceeded", "Request too large for model `" + request.model()
                    + "` in organization `org_emulator` service tier `on_demand` on tokens per minute (TPM): Limit "
                    + d.limit() + ", Requested " + requested
                    + ", please reduce your message size and try again.");
        }
        String what = "tokens".equals(d.kind()) ? "tokens per minute (TPM)" : "requests per minute (RPM)";
        return Reply.error(429, d.kind(), "rate_limit_exceeded", "Rate limit reached for model `" + request.model()
                + "` in organization `org_emulator` service tier `on_demand` on " + what + ": Limit " + d.limit()
                + ", Used " + d.used() + ", Requested " + ("tokens".equals(d.kind()) ? requested : 1)
                + ". Please try again in "
                + EmulatorDurations.format(d.retryAfterMillis()) + ".");
    }

    /** Whole seconds, rounded up, as Groq writes them; the error message has the precise delay. */
    private static String retryAfterSeconds(long millis) {
        return Long.toString(Math.max(1, (millis + 999) / 1000));
    }

    private byte[] errorBytes(Reply reply, Map<String, String> headers) {
        if (reply.rawBody() != null) {
            headers.put("Content-Type", reply.rawContentType());
            return reply.rawBody().getBytes(StandardCharsets.UTF_8);
        }
        ObjectNode error = mapper.createObjectNode();
        ObjectNode inner = error.putObject("error");
        inner.put("message", reply.errorMessage());
        inner.put("type", reply.errorType());
        if (reply.errorCode() != null) {
            inner.put("code", reply.errorCode());
        } else {
            inner.putNull("code");
        }
        if (reply.errorParam() != null) {
            inner.put("param", reply.errorParam());
        }
        if (reply.failedGenerationText() != null) {
            inner.put("failed_generation", reply.failedGenerationText());
        }
        return error.toString().getBytes(StandardCharsets.UTF_8);
    }

    private ObjectNode modelList() {
        ObjectNode list = mapper.createObjectNode().put("object", "list");
        ArrayNode data = list.putArray("data");
        for (String id : models) {
            data.addObject().put("id", id).put("object", "model").put("created", 1_700_000_000L)
                    .put("owned_by", id.contains("/") ? id.substring(0, id.indexOf('/')) : "Meta")
                    .put("active", true).put("context_window", 131_072);
        }
        return list;
    }

    private ObjectNode stats() {
        ObjectNode stats = mapper.createObjectNode().put("requests", sequence.get());
        ObjectNode statuses = stats.putObject("statuses");
        statusCounts.forEach((status, n) -> statuses.put(String.valueOf(status), n.get()));
        return stats;
    }

    private JsonNode parse(String body) {
        if (body.isBlank()) {
            return null;
        }
        try {
            return mapper.readTree(body);
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String abbreviate(String body) {
        return body.length() <= 60 ? body : body.substring(0, 60) + "...";
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
