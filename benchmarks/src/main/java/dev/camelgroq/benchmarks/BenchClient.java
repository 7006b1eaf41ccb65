package dev.camelgroq.benchmarks;

import java.util.concurrent.CompletableFuture;

/** One way of calling the Responses API: completes with the call's total tokens, or fails. */
interface BenchClient extends AutoCloseable {

    String name();

    CompletableFuture<Long> call(String input);

    /** A streamed call: runs {@code firstDelta} when the first text delta arrives; completes with total tokens. */
    default CompletableFuture<Long> stream(String input, Runnable firstDelta) {
        throw new UnsupportedOperationException(name() + " does not stream");
    }

    @Override
    default void close() throws Exception {
    }
}
