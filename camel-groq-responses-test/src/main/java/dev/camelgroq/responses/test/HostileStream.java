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
 * The hostile ways to answer a streamed request that a client must survive: an endless line, keep-alives forever, a
 * flood of events, or a plain JSON answer that ignores {@code stream}. {@link Reply}'s methods fill it,
 * {@link ResponseWriter} writes it.
 */
final class HostileStream {

    /** The length of the one {@code data:} line that never ends; 0: none. */
    long hugeLineBytes;
    /** The pause between keep-alive comments sent forever; {@code null}: none. */
    Duration keepAliveInterval;
    /** How many times the final event is repeated, and how long its padding is. */
    int floodEvents;
    int floodPadChars;
    /** Answers a streamed request with the plain JSON response. */
    boolean notStreamed;
}
