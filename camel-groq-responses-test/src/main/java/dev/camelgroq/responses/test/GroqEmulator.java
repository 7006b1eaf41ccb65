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

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * An emulator of Groq's Responses API on loopback: {@code POST /openai/v1/responses} and {@code GET /openai/v1/models}.
 * It validates requests as Groq does (against Groq's published schema, see {@link #strict(boolean)}), answers with
 * Groq's JSON shapes, headers ({@code x-request-id}, {@code x-ratelimit-*}) and errors, records every request, and
 * can be scripted per request with {@link #when}.
 * <p>
 * Replies are written by a scheduler, so delayed answers hold no thread: one emulator serves thousands of concurrent
 * connections. Start it with {@link #start()}, point {@code baseUrl} at {@link #baseUrl()}, stop it with
 * {@link #close()}.
 * <p>
 * The work is shared out: {@link EmulatorSettings} holds the configuration, {@link EmulatorServer} the server and its
 * threads, {@link EmulatorRoutes} routes the requests, {@link ResponseAdmission} models Groq's rate limits and prompt
 * cache, {@link AnswerSender} sends the answers, {@link RequestLog} keeps what was received and answered.
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

    private final ObjectMapper mapper = new ObjectMapper();
    private final EmulatorSettings settings = new EmulatorSettings();
    private final RequestLog log = new RequestLog();
    private final List<Stubbing> stubs = new CopyOnWriteArrayList<>();

    private EmulatorServer server;
    private ResponseWriter writer;

    /**
     * Serves HTTPS with this context (its key manager holds the server certificate) instead of plain HTTP; call before
     * {@link #start()}. {@link #baseUrl()} then starts with {@code https://}.
     */
    public GroqEmulator https(SSLContext context) {
        settings.tls = context;
        return this;
    }

    /** Listens on this port (0, the default, picks a free one). */
    public GroqEmulator port(int port) {
        settings.port = port;
        return this;
    }

    /** Accepts only this API key (by default any non-empty bearer token is accepted). */
    public GroqEmulator apiKey(String key) {
        settings.expectedApiKey = key;
        return this;
    }

    /** Adds models to the known list. */
    public GroqEmulator models(String... extra) {
        settings.models.addAll(List.of(extra));
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
        settings.strict = strict;
        return this;
    }

    /** Keeps (default) or stops keeping every request for {@link #requests()}; long benchmarks turn it off. */
    public GroqEmulator recording(boolean keep) {
        settings.recording = keep;
        return this;
    }

    // --- rate limits as token buckets (issue 9) ---
    /**
     * Enforces request and token limits as continuously refilling token buckets (Groq: per organization and model):
     * {@code requests} per {@code requestWindow} (the hidden RPM; the headers report a day of 1,440 such windows) and
     * {@code tokens} per {@code tokenWindow}, answering 429 with {@code retry-after} beyond them.
     */
    public GroqEmulator rateLimits(long requests, Duration requestWindow, long tokens, Duration tokenWindow) {
        settings.limits = new TokenBucketLimits(requests, requests * 1440, requestWindow.toMillis(), tokens,
                tokenWindow.toMillis());
        return this;
    }

    /** Enforces these limits: {@link RateLimits#tokenBuckets()} (Groq's way) or {@link RateLimits#fixedWindow()}. */
    public GroqEmulator rateLimits(RateLimits spec) {
        settings.limits = spec.isFixedWindow() ? FixedWindowLimits.of(spec) : TokenBucketLimits.of(spec);
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
        settings.promptCache = new PromptCache(Set.of(models), ttl.toMillis());
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
        settings.defaultDelay = delay;
        return this;
    }

    /** Starts serving; returns this for chaining. */
    public synchronized GroqEmulator start() {
        if (server != null) {
            return this;
        }
        EmulatorServer created = new EmulatorServer(settings.port, settings.tls);
        writer = created.writer();
        created.start(new EmulatorRoutes(mapper, settings, log, stubs, created));
        server = created;
        return this;
    }

    /** Stops serving and releases the port. */
    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** The port in use. */
    public int port() {
        return server.port();
    }

    /** The base URL to give the component, for example {@code http://127.0.0.1:41234/openai/v1}. */
    public String baseUrl() {
        return (settings.tls != null ? "https" : "http") + "://127.0.0.1:" + port() + EmulatorRoutes.BASE;
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
        return log.requests();
    }

    /** The last request received, or {@code null}. */
    public EmulatorRequest lastRequest() {
        return log.last();
    }

    /** How many requests arrived (recorded or not). */
    public int requestCount() {
        return log.count();
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
        return log.answeredWith(status);
    }

    /**
     * Forgets scripts, recorded requests, counters and rate-limit state (limits return to generous, the request check
     * to strict).
     */
    public void reset() {
        settings.reset();
        stubs.clear();
        log.clear();
        if (writer != null) {
            writer.resetHostileCounters();
        }
    }
}
