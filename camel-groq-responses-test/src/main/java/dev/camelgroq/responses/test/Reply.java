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
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the emulator answers to one request: a successful response (text, JSON, function calls, reasoning, any raw
 * output items), a Groq error, or a fault (delay, malformed JSON, connection closed mid-body, slow trickle).
 * <p>
 * Build one with the static factories and refine it with the fluent methods, for example
 * {@code Reply.text("hi").withReasoning("short").delayed(Duration.ofMillis(200))}.
 */
public final class Reply {

    /** How the bytes of the answer reach the client. */
    public enum Fault {
        /** A normal answer. */
        NONE,
        /** Headers promise the full length, half the body is written, then the connection is closed. */
        CLOSE_MID_BODY,
        /** The body is cut JSON. */
        MALFORMED_JSON,
        /** The body arrives in small pieces with a pause between each. */
        TRICKLE,
        // --- hostile answers (issue 7) ---
        /** The request is read and never answered; the connection stays open until the client gives up. */
        NEVER_ANSWER,
        /** The body is sent chunked, without a Content-Length, so the client cannot know its size in advance. */
        CHUNKED
    }

    private String text;
    private String reasoning;
    private final List<Map<String, Object>> extraItems = new ArrayList<>();
    private final List<Map<String, Object>> functionCalls = new ArrayList<>();
    private String incompleteReason;
    private String responseStatus = "completed";

    private int errorStatus;
    private String errorType;
    private String errorCode;
    private String errorMessage;
    private String errorParam;
    private String failedGeneration;
    private String rawContentType;
    private String rawBody;

    private Duration delay = Duration.ZERO;
    private Duration trickleInterval = Duration.ZERO;
    private Fault fault = Fault.NONE;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private Long usageInputTokens;
    private Long usageOutputTokens;
    private Long cachedTokens;
    private String failureCode;
    private String failureMessage;

    // --- streaming (issue 10) ---
    private int chunkChars = 8;
    private Duration eventDelay = Duration.ZERO;
    private Integer cutAfterEvents;
    private Integer errorAfterDeltas;
    private String streamErrorCode;
    private String streamErrorMessage;
    private String failedCode;
    private String failedMessage;
    private boolean dataOnly;
    private boolean crlf;
    private boolean keepAlives;
    // --- end streaming (issue 10) ---

    // --- hostile streams (issue 15) ---
    private long hugeLineBytes;
    private Duration keepAliveInterval;
    private int floodEvents;
    private int floodPadChars;
    private boolean notStreamed;
    // --- end hostile streams (issue 15) ---

    private Reply() {
    }

    // --- hostile answers (issue 7) ---
    /**
     * A 200 answer that reports a failure: {@code status: failed}, no output, and
     * {@code error: {code, message}} (as an OpenAI-compatible server may send).
     */
    public static Reply failed(String code, String message) {
        Reply r = text("");
        r.responseStatus = "failed";
        r.failureCode = code;
        r.failureMessage = message;
        return r;
    }

    /** A 200 answer whose output text is {@code bytes} characters long, sent chunked (no Content-Length). */
    public static Reply oversized(int bytes) {
        Reply r = text("x".repeat(bytes));
        r.fault = Fault.CHUNKED;
        return r;
    }

    /** Reads the request and never answers (for deadlines and shutdown). */
    public Reply neverAnswer() {
        this.fault = Fault.NEVER_ANSWER;
        return this;
    }

    String failureCode() {
        return failureCode;
    }

    String failureMessage() {
        return failureMessage;
    }
    // --- end hostile answers ---

    /** The deterministic default answer for the request (text derived from the input, schema-conforming JSON). */
    public static Reply auto() {
        return new Reply();
    }

    /** An assistant message with this output text. */
    public static Reply text(String text) {
        Reply r = new Reply();
        r.text = text;
        return r;
    }

    /** An assistant message whose output text is this JSON document (for structured outputs). */
    public static Reply json(String json) {
        return text(json);
    }

    /** A response whose output holds one {@code function_call} item; chain {@link #andFunctionCall} for more. */
    public static Reply functionCall(String name, String argumentsJson) {
        Reply r = new Reply();
        r.text = "";
        return r.andFunctionCall(name, argumentsJson);
    }

    /** A Groq error answer: {@code {"error":{"message","type","code","param"}}} with this HTTP status. */
    public static Reply error(int status, String type, String code, String message) {
        Reply r = new Reply();
        r.errorStatus = status;
        r.errorType = type;
        r.errorCode = code;
        r.errorMessage = message;
        return r;
    }

    /** A non-JSON answer, for example an HTML 502 page from a proxy. */
    public static Reply raw(int status, String contentType, String body) {
        Reply r = new Reply();
        r.errorStatus = status;
        r.rawContentType = contentType;
        r.rawBody = body;
        return r;
    }

    /** Adds one more {@code function_call} item (call ids are generated). */
    public Reply andFunctionCall(String name, String argumentsJson) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("type", "function_call");
        call.put("name", name);
        call.put("arguments", argumentsJson);
        functionCalls.add(call);
        return this;
    }

    /** Adds a reasoning item with this reasoning text before the message. */
    public Reply withReasoning(String reasoningText) {
        this.reasoning = reasoningText;
        return this;
    }

    /** Adds any raw output item as is (for built-in tool, MCP or unknown item types). */
    public Reply withItem(Map<String, Object> item) {
        extraItems.add(new LinkedHashMap<>(item));
        return this;
    }

    /** Marks the response {@code incomplete} with this {@code incomplete_details.reason}. */
    public Reply incomplete(String reason) {
        this.responseStatus = "incomplete";
        this.incompleteReason = reason;
        return this;
    }

    /** Sets the error's {@code param}. */
    public Reply param(String param) {
        this.errorParam = param;
        return this;
    }

    /** Sets the error's {@code failed_generation}. */
    public Reply failedGeneration(String generation) {
        this.failedGeneration = generation;
        return this;
    }

    /** Waits this long before answering (no thread is held while waiting). */
    public Reply delayed(Duration delay) {
        this.delay = delay;
        return this;
    }

    /** Adds a response header (it replaces an emulator default of the same name). */
    public Reply header(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** Overrides the token usage figures. */
    public Reply usage(long inputTokens, long outputTokens, long cached) {
        this.usageInputTokens = inputTokens;
        this.usageOutputTokens = outputTokens;
        this.cachedTokens = cached;
        return this;
    }

    /** Closes the connection after half of the body. */
    public Reply closeMidBody() {
        this.fault = Fault.CLOSE_MID_BODY;
        return this;
    }

    /** Cuts the JSON body short. */
    public Reply malformedJson() {
        this.fault = Fault.MALFORMED_JSON;
        return this;
    }

    /** Writes the body in small pieces, pausing {@code interval} between pieces. */
    public Reply trickle(Duration interval) {
        this.fault = Fault.TRICKLE;
        this.trickleInterval = interval;
        return this;
    }

    // --- streaming (issue 10): how a request with "stream": true is answered ---

    /** Streams the text in deltas of at most this many characters (default 8; a character is never split). */
    public Reply streamChunk(int chars) {
        this.chunkChars = Math.max(1, chars);
        return this;
    }

    /** Pauses this long between streamed events (scheduled: no thread waits). */
    public Reply eventDelay(Duration delay) {
        this.eventDelay = delay;
        return this;
    }

    /** Drops the connection after this many streamed events (the declared length is never reached). */
    public Reply cutAfterEvents(int events) {
        this.cutAfterEvents = events;
        return this;
    }

    /** Sends an {@code error} event instead of the delta that would follow {@code deltas} deltas, then ends. */
    public Reply streamErrorAfter(int deltas, String code, String message) {
        this.errorAfterDeltas = deltas;
        this.streamErrorCode = code;
        this.streamErrorMessage = message;
        return this;
    }

    /** Ends the stream with {@code response.failed} carrying this error instead of {@code response.completed}. */
    public Reply streamFailed(String code, String message) {
        this.failedCode = code;
        this.failedMessage = message;
        return this;
    }

    /** Sends no {@code event:} lines, only {@code data:}, and a final {@code data: [DONE]}. */
    public Reply dataOnly() {
        this.dataOnly = true;
        return this;
    }

    /** Ends lines with {@code \r\n}. */
    public Reply crlf() {
        this.crlf = true;
        return this;
    }

    /** Puts a {@code : keep-alive} comment before every event but the first. */
    public Reply keepAlives() {
        this.keepAlives = true;
        return this;
    }

    // --- hostile streams (issue 15): servers a streamed call must survive ---

    /**
     * Answers a streamed request with 200 {@code text/event-stream} and one {@code data:} line of {@code bytes} bytes
     * that never ends (no newline), then closes: a client must cap the line instead of growing it until the heap is
     * gone. The bytes are written as fast as the client reads them; {@link GroqEmulator#clientAbortedStreams()}
     * counts the client hanging up.
     */
    public Reply hugeStreamLine(long bytes) {
        this.hugeLineBytes = bytes;
        return this;
    }

    /**
     * Answers a streamed request with 200 {@code text/event-stream} and nothing but a {@code : keep-alive} comment
     * every {@code interval}, for as long as the client keeps the connection open: only a total deadline ends it.
     */
    public Reply keepAliveForever(Duration interval) {
        this.keepAliveInterval = interval;
        return this;
    }

    /**
     * After the normal events, sends the final event ({@code response.completed} or its replacement) {@code events}
     * more times, each padded with a {@code padding} field of {@code padChars} characters: a server that floods a
     * client whose route reads slowly. Written as fast as the client reads.
     */
    public Reply eventFlood(int events, int padChars) {
        this.floodEvents = events;
        this.floodPadChars = padChars;
        return this;
    }

    /**
     * Answers a streamed request ({@code stream: true}) with the plain JSON response ({@code application/json}), as a
     * server or proxy that ignores {@code stream} does; the body faults ({@link #trickle}, {@link #neverAnswer},
     * {@link #oversized}) apply to it.
     */
    public Reply notStreamed() {
        this.notStreamed = true;
        return this;
    }

    /** A response whose output holds {@code count} {@code function_call} items of the same tool. */
    public static Reply functionCalls(String name, String argumentsJson, int count) {
        Reply r = functionCall(name, argumentsJson);
        for (int i = 1; i < count; i++) {
            r.andFunctionCall(name, argumentsJson);
        }
        return r;
    }

    long hugeLineBytes() {
        return hugeLineBytes;
    }

    Duration keepAliveInterval() {
        return keepAliveInterval;
    }

    int floodEvents() {
        return floodEvents;
    }

    int floodPadChars() {
        return floodPadChars;
    }

    boolean notStreamedAnswer() {
        return notStreamed;
    }

    // --- end hostile streams (issue 15) ---

    int chunkChars() {
        return chunkChars;
    }

    Duration eventDelay() {
        return eventDelay;
    }

    Integer cutAfterEvents() {
        return cutAfterEvents;
    }

    Integer errorAfterDeltas() {
        return errorAfterDeltas;
    }

    String errorCodeOfStream() {
        return streamErrorCode;
    }

    String errorMessageOfStream() {
        return streamErrorMessage;
    }

    String failedCode() {
        return failedCode;
    }

    String failedMessage() {
        return failedMessage;
    }

    boolean dataOnlyStream() {
        return dataOnly;
    }

    boolean crlfStream() {
        return crlf;
    }

    boolean keepAlivesStream() {
        return keepAlives;
    }

    // --- end streaming (issue 10) ---

    boolean isError() {
        return errorStatus != 0;
    }

    boolean isAuto() {
        return text == null && !isError();
    }

    String text() {
        return text;
    }

    String reasoning() {
        return reasoning;
    }

    List<Map<String, Object>> extraItems() {
        return Collections.unmodifiableList(extraItems);
    }

    List<Map<String, Object>> functionCalls() {
        return Collections.unmodifiableList(functionCalls);
    }

    String responseStatus() {
        return responseStatus;
    }

    String incompleteReason() {
        return incompleteReason;
    }

    int errorStatus() {
        return errorStatus;
    }

    String errorType() {
        return errorType;
    }

    String errorCode() {
        return errorCode;
    }

    String errorMessage() {
        return errorMessage;
    }

    String errorParam() {
        return errorParam;
    }

    String failedGenerationText() {
        return failedGeneration;
    }

    String rawContentType() {
        return rawContentType;
    }

    String rawBody() {
        return rawBody;
    }

    Duration delay() {
        return delay;
    }

    Duration trickleInterval() {
        return trickleInterval;
    }

    Fault fault() {
        return fault;
    }

    Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }

    Long usageInputTokens() {
        return usageInputTokens;
    }

    Long usageOutputTokens() {
        return usageOutputTokens;
    }

    Long cachedTokens() {
        return cachedTokens;
    }
}
