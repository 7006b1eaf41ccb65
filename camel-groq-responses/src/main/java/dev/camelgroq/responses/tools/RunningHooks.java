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
package dev.camelgroq.responses.tools;

import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The tool calls or approval hooks of one endpoint that run on the component's tools bulkhead. When the endpoint
 * stops, {@link #stop} ends each one still running with the given failure (so its exchange completes at once) and
 * interrupts the thread it holds, if any (a blocking tool route).
 */
final class RunningHooks {

    /** One hook: its outcome and, while its work runs on a pool thread, that thread. */
    private static final class Hook<T> {
        final CompletableFuture<T> result = new CompletableFuture<>();
        private Thread thread;

        synchronized boolean enter() {
            if (result.isDone()) {
                return false;
            }
            thread = Thread.currentThread();
            return true;
        }

        synchronized void leave() {
            thread = null;
            // an interrupt meant for this hook must not reach the pool's next task
            Thread.interrupted();
        }

        synchronized void interrupt() {
            if (thread != null) {
                thread.interrupt();
            }
        }
    }

    private final Set<Hook<?>> running = ConcurrentHashMap.newKeySet();
    private volatile Supplier<? extends Exception> stopped;

    /**
     * Runs {@code work} on {@code executor}; it completes the given future (now or later, from any thread). A hook
     * asked for after {@link #stop} fails at once.
     */
    <T> CompletableFuture<T> run(Executor executor, Consumer<CompletableFuture<T>> work) {
        Hook<T> hook = new Hook<>();
        running.add(hook);
        hook.result.whenComplete((r, t) -> running.remove(hook));
        Supplier<? extends Exception> failure = stopped;
        if (failure != null) {
            hook.result.completeExceptionally(failure.get());
            return hook.result;
        }
        try {
            executor.execute(() -> {
                if (!hook.enter()) {
                    return;
                }
                try {
                    work.accept(hook.result);
                } catch (Throwable e) {
                    hook.result.completeExceptionally(e);
                } finally {
                    hook.leave();
                }
            });
        } catch (RejectedExecutionException e) {
            hook.result.completeExceptionally(e);
        }
        return hook.result;
    }

    /** Fails every hook still running with a new exception from {@code failure}, and refuses new ones. */
    void stop(Supplier<? extends Exception> failure) {
        stopped = failure;
        for (Hook<?> hook : List.copyOf(running)) {
            if (hook.result.completeExceptionally(failure.get())) {
                hook.interrupt();
            }
        }
    }
}
