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

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import dev.camelgroq.responses.http.GroqHttpTransport;

/**
 * What an endpoint's streams run on: the {@code transport} that reads the events, the {@code executor} that delivers
 * the deltas (the streams bulkhead), the {@code scheduler} that runs each stream's {@code requestTimeout} and
 * {@code streamTimeout} checks, and the {@code limits} on what a stream may read and how long it may take.
 */
public record StreamResources(GroqHttpTransport transport, Executor executor, ScheduledExecutorService scheduler,
                              StreamLimits limits) {
}
