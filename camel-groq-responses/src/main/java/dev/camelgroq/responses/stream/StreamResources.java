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
