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
 * How the bytes of a scripted answer reach the client: after which delay, with which transport fault, and with which
 * extra response headers. {@link Reply}'s fluent methods fill it, {@link ResponseWriter} acts on it.
 */
final class Delivery {

    Duration delay = Duration.ZERO;
    Reply.Fault fault = Reply.Fault.NONE;
    /** The pause between two pieces of a {@link Reply.Fault#TRICKLE} body. */
    Duration trickleInterval = Duration.ZERO;
    /** Headers that replace the emulator's defaults of the same name. */
    final Map<String, String> headers = new LinkedHashMap<>();
}
