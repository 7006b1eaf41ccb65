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

/**
 * How a streamed answer ({@code "stream": true}) is chunked, paced, formatted and broken off. {@link Reply}'s
 * streaming methods fill it, {@link SseScript} and {@link ResponseWriter} follow it.
 */
final class StreamShape {

    /** The most characters of one text delta. */
    int chunkChars = 8;
    /** The pause between two events. */
    Duration eventDelay = Duration.ZERO;
    /** After how many events the connection is dropped; {@code null}: never. */
    Integer cutAfterEvents;
    /** After how many deltas an {@code error} event ends the stream; {@code null}: never. */
    Integer errorAfterDeltas;
    String errorCode;
    String errorMessage;
    /** The error of a final {@code response.failed}; {@code null}: the stream ends normally. */
    String failedCode;
    String failedMessage;
    boolean dataOnly;
    boolean crlf;
    boolean keepAlives;
}
