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
package dev.camelgroq.responses;

import java.util.Map;

import javax.sql.DataSource;

import dev.camelgroq.responses.memory.ConversationStore;
import dev.camelgroq.responses.options.RateLimiterMode;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriParams;

/**
 * The options of a {@code groq-responses} endpoint that shape how a call is carried out rather than what it asks:
 * streaming, memory, resilience, advanced (transport limits) and security. One part of
 * {@link GroqResponsesConfiguration}, which is the class to use. Fields first, grouped by label in that order, then
 * the accessors in the same order.
 */
@UriParams
public abstract class GroqResponsesCallOptions extends GroqResponsesToolOptions {
    /**
     * Reads the answer as server-sent events (request field stream: true) as it is generated, without a thread
     * waiting per stream; the exchange completes like a non-streamed call, plus the CamelGroqResponsesTimeToFirstToken header.
     * Setting streamTo turns it on too. Overridden per exchange by the CamelGroqResponsesStream header.
     */
    @UriParam(label = "streaming", defaultValue = "false")
    private boolean stream;

    /**
     * An endpoint URI (for example direct:deltas, seda:typing, kafka:tokens) that receives each text delta of a
     * streamed answer as its own exchange, in order and one at a time: body = the delta text, headers
     * CamelGroqResponsesStreamSequence and CamelGroqResponsesStreamItemId, property CamelCorrelationId = the original
     * exchange id. A slow endpoint slows the HTTP read (bounded buffer) rather than queueing without limit.
     */
    @UriParam(label = "streaming")
    private String streamTo;

    /**
     * The longest one streamed attempt may take in all, from sending the request to its final event, keep-alive
     * comments and pauses caused by a slow streamTo route included (requestTimeout is the longest silence between
     * events). Past it the read stops and the attempt fails with code stream_timeout (retried like a timeout while no
     * delta was forwarded). 0 means no limit.
     */
    @UriParam(label = "streaming", defaultValue = "600000", javaType = "java.time.Duration")
    private long streamTimeout = 600_000;

    /**
     * Coalesces the deltas sent to streamTo: a delta exchange is sent once at least this many characters of text are
     * buffered (its body is the buffered deltas joined, CamelGroqResponsesStreamSequence is the sequence number of its
     * last delta), instead of one exchange per delta. Text still buffered when the answer completes is sent before
     * the exchange completes; text of another output item starts a new delta exchange. 0 (the default) sends every
     * delta as it arrives. Needs streamTo; see also streamMaxDelay.
     */
    @UriParam(label = "streaming", defaultValue = "0")
    private int streamMinChars;

    /**
     * With coalescing (streamMinChars, or on its own): the longest buffered text waits before it is sent to streamTo
     * anyway, counted from the arrival of its first delta, so that a slow model still shows progress. 0 (the default)
     * means no time limit (text waits for streamMinChars or the end of the answer). Needs streamTo.
     */
    @UriParam(label = "streaming", defaultValue = "0", javaType = "java.time.Duration")
    private long streamMaxDelay;

    /**
     * Where the conversations selected by the CamelGroqResponsesConversationId header live: a bean implementing
     * dev.camelgroq.responses.memory.ConversationStore. When neither this nor conversationDataSource is set, the
     * component's bounded in-memory store is used (10000 conversations, each kept one hour after its last use).
     */
    @UriParam(label = "memory")
    private ConversationStore conversationStore;

    /**
     * Keeps conversations in a SQL database: a JDBC DataSource bean, shared by every instance that uses it; the table
     * camel_groq_conversation is created when missing. Do not combine with conversationStore.
     */
    @UriParam(label = "memory")
    private DataSource conversationDataSource;

    /**
     * The most items (messages, function calls and their outputs) a stored conversation keeps; the oldest turns go
     * first. 0: no limit.
     */
    @UriParam(label = "memory", defaultValue = "0")
    private int maxHistoryMessages;

    /**
     * The most tokens a stored conversation keeps, estimated as one token per four characters of each item's JSON; the
     * oldest turns go first. 0: no limit.
     */
    @UriParam(label = "memory", defaultValue = "0")
    private int maxHistoryTokens;

    /**
     * How many times to retry a retryable failure (429, 498, 500, 502, 503, connection refused or reset, read timeout)
     * before the exchange fails. A 429 that says when to try again does not count (see rateLimitMaxWait); 0 turns
     * every retry off, such 429s included. Waiting between attempts never blocks a thread.
     */
    @UriParam(label = "resilience", defaultValue = "2")
    private int maxRetries = 2;

    /** The first backoff delay when Groq does not say how long to wait; it doubles per attempt, with jitter. */
    @UriParam(label = "resilience", defaultValue = "1000", javaType = "java.time.Duration")
    private long retryInitialDelay = 1000;

    /**
     * The longest delay to wait before a retry. When Groq asks for a longer wait (retry-after or a reset time), the
     * exchange fails at once instead of being parked for hours. A 429's delay is bounded by rateLimitMaxWait instead,
     * unless that is 0.
     */
    @UriParam(label = "resilience", defaultValue = "60000", javaType = "java.time.Duration")
    private long retryMaxDelay = 60_000;

    /**
     * The longest one exchange may wait for rate limits in all: in the governor's queue and for the delays Groq's 429
     * answers ask for. A 429 that says when to try again is a wait, not a failure: it does not use up maxRetries, and
     * it is waited for while the exchange's waits stay within this; beyond it the exchange fails with a
     * GroqResponsesException that says so (a daily limit asking for hours fails at once). 0: a 429 counts as a retry
     * like any other failure, and its delay is bounded by retryMaxDelay. With maxRetries=0 nothing is retried.
     */
    @UriParam(label = "resilience", defaultValue = "600000", javaType = "java.time.Duration")
    private long rateLimitMaxWait = 600_000;

    /**
     * adaptive: requests wait in the component's rate-limit governor until the budget Groq reports in its x-ratelimit headers
     * has room for them; off: requests are sent at once.
     */
    @UriParam(label = "resilience", enums = "adaptive,off", defaultValue = "adaptive")
    private RateLimiterMode rateLimiter = RateLimiterMode.ADAPTIVE;

    /**
     * The output tokens the governor reserves for a request that sets no maxOutputTokens, until it has learned the
     * model's typical answer size.
     */
    @UriParam(label = "resilience", defaultValue = "256")
    private int outputTokensEstimate = 256;

    /**
     * Any other request field as additionalBodyProperty.field=value (multi-value); values that parse as JSON are sent
     * as JSON. The explicit escape hatch: a field that Groq's published request schema does not list (which is refused
     * anywhere else) is sent as set, your deliberate choice, and Groq (or the test kit's strict emulator) may answer
     * 400. The fields Groq says it does not support (previous_response_id, store, truncation, include,
     * safety_identifier, prompt_cache_key) are still refused.
     */
    @UriParam(label = "advanced", prefix = "additionalBodyProperty.", multiValue = true)
    private Map<String, Object> additionalBodyProperty;

    /**
     * The deadline of one HTTP attempt: the whole answer (headers and the full body) must be in by then, however
     * slowly it trickles; otherwise the attempt is cancelled and counts as a retryable timeout. A streamed call
     * (stream=true) has no whole-attempt deadline: this is then the longest silence allowed between two events, not
     * counting pauses while a slow streamTo route holds reading back. 0 means no deadline (an attempt may then wait
     * for ever on a server that never answers).
     */
    @UriParam(label = "advanced", defaultValue = "120000", javaType = "java.time.Duration")
    private long requestTimeout = 120_000;

    /**
     * The largest answer body read, in bytes; a larger answer fails the exchange (not retried) as soon as the limit is
     * passed, without reading the rest. 0 means no limit.
     */
    @UriParam(label = "advanced", defaultValue = "33554432")
    private long maxResponseSize = 32L * 1024 * 1024;

    /**
     * The largest request body sent, in bytes (the JSON of the input, instructions, tools and conversation); a larger
     * one is refused before any call with an IllegalArgumentException. 0 means no limit.
     */
    @UriParam(label = "advanced", defaultValue = "16777216")
    private long maxInputSize = 16L * 1024 * 1024;

    /**
     * Adds the prompt (body and instructions) and the output text to the span as gen_ai.input.messages,
     * gen_ai.system_instructions and gen_ai.output.messages (clipped to 8 KB). Off by default: prompts may hold
     * personal data.
     */
    @UriParam(label = "advanced,observability", defaultValue = "false")
    private boolean traceContent;

    /**
     * The Groq API key, sent as a bearer token. When not set, the GROQ_API_KEY environment variable is used. It never
     * appears in logs, exception messages or the endpoint URI as shown.
     */
    @UriParam(label = "security", secret = true)
    private String apiKey;

    /**
     * Allows a plain http:// baseUrl to a host that is not loopback (for example a corporate proxy that terminates
     * TLS). Without it such a baseUrl is refused at start, because the API key would travel in clear.
     */
    @UriParam(label = "security", defaultValue = "false")
    private boolean allowInsecureHttp;

    public boolean isStream() {
        return stream;
    }

    public void setStream(boolean stream) {
        this.stream = stream;
    }

    public String getStreamTo() {
        return streamTo;
    }

    public void setStreamTo(String streamTo) {
        this.streamTo = streamTo;
    }

    public long getStreamTimeout() {
        return streamTimeout;
    }

    public void setStreamTimeout(long streamTimeout) {
        this.streamTimeout = streamTimeout;
    }

    public int getStreamMinChars() {
        return streamMinChars;
    }

    public void setStreamMinChars(int streamMinChars) {
        this.streamMinChars = streamMinChars;
    }

    public long getStreamMaxDelay() {
        return streamMaxDelay;
    }

    public void setStreamMaxDelay(long streamMaxDelay) {
        this.streamMaxDelay = streamMaxDelay;
    }

    public ConversationStore getConversationStore() {
        return conversationStore;
    }

    public void setConversationStore(ConversationStore conversationStore) {
        this.conversationStore = conversationStore;
    }

    public DataSource getConversationDataSource() {
        return conversationDataSource;
    }

    public void setConversationDataSource(DataSource conversationDataSource) {
        this.conversationDataSource = conversationDataSource;
    }

    public int getMaxHistoryMessages() {
        return maxHistoryMessages;
    }

    public void setMaxHistoryMessages(int maxHistoryMessages) {
        this.maxHistoryMessages = maxHistoryMessages;
    }

    public int getMaxHistoryTokens() {
        return maxHistoryTokens;
    }

    public void setMaxHistoryTokens(int maxHistoryTokens) {
        this.maxHistoryTokens = maxHistoryTokens;
    }

    public int getMaxRetries() {
        return maxRetries;
    }

    public void setMaxRetries(int maxRetries) {
        this.maxRetries = maxRetries;
    }

    public long getRetryInitialDelay() {
        return retryInitialDelay;
    }

    public void setRetryInitialDelay(long retryInitialDelay) {
        this.retryInitialDelay = retryInitialDelay;
    }

    public long getRetryMaxDelay() {
        return retryMaxDelay;
    }

    public void setRetryMaxDelay(long retryMaxDelay) {
        this.retryMaxDelay = retryMaxDelay;
    }

    public long getRateLimitMaxWait() {
        return rateLimitMaxWait;
    }

    public void setRateLimitMaxWait(long rateLimitMaxWait) {
        this.rateLimitMaxWait = rateLimitMaxWait;
    }

    public RateLimiterMode getRateLimiter() {
        return rateLimiter;
    }

    public void setRateLimiter(RateLimiterMode rateLimiter) {
        this.rateLimiter = rateLimiter;
    }

    public int getOutputTokensEstimate() {
        return outputTokensEstimate;
    }

    public void setOutputTokensEstimate(int outputTokensEstimate) {
        this.outputTokensEstimate = outputTokensEstimate;
    }

    public Map<String, Object> getAdditionalBodyProperty() {
        return additionalBodyProperty;
    }

    public void setAdditionalBodyProperty(Map<String, Object> additionalBodyProperty) {
        this.additionalBodyProperty = additionalBodyProperty;
    }

    public long getRequestTimeout() {
        return requestTimeout;
    }

    public void setRequestTimeout(long requestTimeout) {
        this.requestTimeout = requestTimeout;
    }

    public long getMaxResponseSize() {
        return maxResponseSize;
    }

    public void setMaxResponseSize(long maxResponseSize) {
        this.maxResponseSize = maxResponseSize;
    }

    public long getMaxInputSize() {
        return maxInputSize;
    }

    public void setMaxInputSize(long maxInputSize) {
        this.maxInputSize = maxInputSize;
    }

    public boolean isTraceContent() {
        return traceContent;
    }

    public void setTraceContent(boolean traceContent) {
        this.traceContent = traceContent;
    }

    public String getApiKey() {
        return apiKey;
    }

    public void setApiKey(String apiKey) {
        this.apiKey = apiKey;
    }

    public boolean isAllowInsecureHttp() {
        return allowInsecureHttp;
    }

    public void setAllowInsecureHttp(boolean allowInsecureHttp) {
        this.allowInsecureHttp = allowInsecureHttp;
    }
}
