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
package dev.camelgroq.responses.stream;

/**
 * The caps of an endpoint's streamed attempts: {@code maxResponseBytes} (the maxResponseSize option: the whole stream,
 * and one line or event, 0: no limit for the stream) and {@code streamTimeoutMillis} (the streamTimeout option: the
 * longest one streamed attempt may take in all, 0: none).
 */
public record StreamLimits(long maxResponseBytes, long streamTimeoutMillis) {

    /** The most one line or event may hold when maxResponseSize is 0 (no limit for the stream as a whole). */
    public static final long MAX_EVENT_BYTES_WITHOUT_LIMIT = 64L * 1024 * 1024;

    /** The most one line, or the data of one event, may hold. */
    public long maxEventBytes() {
        return maxResponseBytes > 0 ? maxResponseBytes : MAX_EVENT_BYTES_WITHOUT_LIMIT;
    }
}
