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
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the emulator answers to one request: a successful response (text, JSON, function calls, reasoning, any raw
 * output items), a Groq error, or a fault (delay, malformed JSON, connection closed mid-body, slow trickle).
 * <p>
 * Build one with the static factories and refine it with the fluent methods, for example
 * {@code Reply.text("hi").withReasoning("short").delayed(Duration.ofMillis(200))}. What a reply says is kept in
 * parts: the body of a success ({@link ScriptedOutput}), an error ({@link ErrorAnswer}), how it is delivered
 * ({@link Delivery}), how a stream is shaped ({@link StreamShape}) and any hostile stream ({@link HostileStream}).
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

    // the parts of what this reply says, read by the emulator's writers
    final ScriptedOutput output = new ScriptedOutput();
    final ErrorAnswer error = new ErrorAnswer();
    final Delivery delivery = new Delivery();
    final StreamShape stream = new StreamShape();
    final HostileStream hostile = new HostileStream();

    private Reply() {
    }

    // --- hostile answers (issue 7) ---
    /**
     * A 200 answer that reports a failure: {@code status: failed}, no output, and
     * {@code error: {code, message}} (as an OpenAI-compatible server may send).
     */
    public static Reply failed(String code, String message) {
        Reply r = text("");
        r.output.responseStatus = "failed";
        r.output.failureCode = code;
        r.output.failureMessage = message;
        return r;
    }

    /** A 200 answer whose output text is {@code bytes} characters long, sent chunked (no Content-Length). */
    public static Reply oversized(int bytes) {
        Reply r = text("x".repeat(bytes));
        r.delivery.fault = Fault.CHUNKED;
        return r;
    }

    /** Reads the request and never answers (for deadlines and shutdown). */
    public Reply neverAnswer() {
        delivery.fault = Fault.NEVER_ANSWER;
        return this;
    }
    // --- end hostile answers ---

    /** The deterministic default answer for the request (text derived from the input, schema-conforming JSON). */
    public static Reply auto() {
        return new Reply();
    }

    /** An assistant message with this output text. */
    public static Reply text(String text) {
        Reply r = new Reply();
        r.output.text = text;
        return r;
    }

    /** An assistant message whose output text is this JSON document (for structured outputs). */
    public static Reply json(String json) {
        return text(json);
    }

    /** A response whose output holds one {@code function_call} item; chain {@link #andFunctionCall} for more. */
    public static Reply functionCall(String name, String argumentsJson) {
        return text("").andFunctionCall(name, argumentsJson);
    }

    /** A Groq error answer: {@code {"error":{"message","type","code","param"}}} with this HTTP status. */
    public static Reply error(int status, String type, String code, String message) {
        Reply r = new Reply();
        r.error.status = status;
        r.error.type = type;
        r.error.code = code;
        r.error.message = message;
        return r;
    }

    /** A non-JSON answer, for example an HTML 502 page from a proxy. */
    public static Reply raw(int status, String contentType, String body) {
        Reply r = new Reply();
        r.error.status = status;
        r.error.rawContentType = contentType;
        r.error.rawBody = body;
        return r;
    }

    /** Adds one more {@code function_call} item (call ids are generated). */
    public Reply andFunctionCall(String name, String argumentsJson) {
        Map<String, Object> call = new LinkedHashMap<>();
        call.put("type", "function_call");
        call.put("name", name);
        call.put("arguments", argumentsJson);
        output.functionCalls.add(call);
        return this;
    }

    /** Adds a reasoning item with this reasoning text before the message. */
    public Reply withReasoning(String reasoningText) {
        output.reasoning = reasoningText;
        return this;
    }

    /** Adds any raw output item as is (for built-in tool, MCP or unknown item types). */
    public Reply withItem(Map<String, Object> item) {
        output.extraItems.add(new LinkedHashMap<>(item));
        return this;
    }

    /** Marks the response {@code incomplete} with this {@code incomplete_details.reason}. */
    public Reply incomplete(String reason) {
        output.responseStatus = "incomplete";
        output.incompleteReason = reason;
        return this;
    }

    /** Sets the error's {@code param}. */
    public Reply param(String param) {
        error.param = param;
        return this;
    }

    /** Sets the error's {@code failed_generation}. */
    public Reply failedGeneration(String generation) {
        error.failedGeneration = generation;
        return this;
    }

    /** Waits this long before answering (no thread is held while waiting). */
    public Reply delayed(Duration delay) {
        delivery.delay = delay;
        return this;
    }

    /** Adds a response header (it replaces an emulator default of the same name). */
    public Reply header(String name, String value) {
        delivery.headers.put(name, value);
        return this;
    }

    /** Overrides the token usage figures. */
    public Reply usage(long inputTokens, long outputTokens, long cached) {
        output.usageInputTokens = inputTokens;
        output.usageOutputTokens = outputTokens;
        output.cachedTokens = cached;
        return this;
    }

    /** Closes the connection after half of the body. */
    public Reply closeMidBody() {
        delivery.fault = Fault.CLOSE_MID_BODY;
        return this;
    }

    /** Cuts the JSON body short. */
    public Reply malformedJson() {
        delivery.fault = Fault.MALFORMED_JSON;
        return this;
    }

    /** Writes the body in small pieces, pausing {@code interval} between pieces. */
    public Reply trickle(Duration interval) {
        delivery.fault = Fault.TRICKLE;
        delivery.trickleInterval = interval;
        return this;
    }

    // --- streaming (issue 10): how a request with "stream": true is answered ---

    /** Streams the text in deltas of at most this many characters (default 8; a character is never split). */
    public Reply streamChunk(int chars) {
        stream.chunkChars = Math.max(1, chars);
        return this;
    }

    /** Pauses this long between streamed events (scheduled: no thread waits). */
    public Reply eventDelay(Duration delay) {
        stream.eventDelay = delay;
        return this;
    }

    /** Drops the connection after this many streamed events (the declared length is never reached). */
    public Reply cutAfterEvents(int events) {
        stream.cutAfterEvents = events;
        return this;
    }

    /** Sends an {@code error} event instead of the delta that would follow {@code deltas} deltas, then ends. */
    public Reply streamErrorAfter(int deltas, String code, String message) {
        stream.errorAfterDeltas = deltas;
        stream.errorCode = code;
        stream.errorMessage = message;
        return this;
    }

    /** Ends the stream with {@code response.failed} carrying this error instead of {@code response.completed}. */
    public Reply streamFailed(String code, String message) {
        stream.failedCode = code;
        stream.failedMessage = message;
        return this;
    }

    /** Sends no {@code event:} lines, only {@code data:}, and a final {@code data: [DONE]}. */
    public Reply dataOnly() {
        stream.dataOnly = true;
        return this;
    }

    /** Ends lines with {@code \r\n}. */
    public Reply crlf() {
        stream.crlf = true;
        return this;
    }

    /** Puts a {@code : keep-alive} comment before every event but the first. */
    public Reply keepAlives() {
        stream.keepAlives = true;
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
        hostile.hugeLineBytes = bytes;
        return this;
    }

    /**
     * Answers a streamed request with 200 {@code text/event-stream} and nothing but a {@code : keep-alive} comment
     * every {@code interval}, for as long as the client keeps the connection open: only a total deadline ends it.
     */
    public Reply keepAliveForever(Duration interval) {
        hostile.keepAliveInterval = interval;
        return this;
    }

    /**
     * After the normal events, sends the final event ({@code response.completed} or its replacement) {@code events}
     * more times, each padded with a {@code padding} field of {@code padChars} characters: a server that floods a
     * client whose route reads slowly. Written as fast as the client reads.
     */
    public Reply eventFlood(int events, int padChars) {
        hostile.floodEvents = events;
        hostile.floodPadChars = padChars;
        return this;
    }

    /**
     * Answers a streamed request ({@code stream: true}) with the plain JSON response ({@code application/json}), as a
     * server or proxy that ignores {@code stream} does; the body faults ({@link #trickle}, {@link #neverAnswer},
     * {@link #oversized}) apply to it.
     */
    public Reply notStreamed() {
        hostile.notStreamed = true;
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

    boolean isError() {
        return error.status != 0;
    }

    boolean isAuto() {
        return output.text == null && !isError();
    }
}
