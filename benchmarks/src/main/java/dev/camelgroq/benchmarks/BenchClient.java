package dev.camelgroq.benchmarks;

import java.util.concurrent.CompletableFuture;

/** One way of calling the Responses API: completes with the call's total tokens, or fails. */
interface BenchClient extends AutoCloseable {

    String name();

    CompletableFuture<Long> call(String input);

    @Override
    default void close() throws Exception {
    }
}
