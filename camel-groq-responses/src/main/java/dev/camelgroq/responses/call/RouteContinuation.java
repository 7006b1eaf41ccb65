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
package dev.camelgroq.responses.call;

import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.camel.AsyncCallback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the calling route goes on after a {@code groq-responses} step that ended asynchronously: on the
 * {@link Bulkhead#ROUTE} pool, never on the thread that ended the call, which is often one of the HTTP client's few
 * I/O threads. A step after ours (a {@code jdbc:} insert, a blocking bean) then cannot stall the answers of every other
 * call in flight.
 * <p>
 * The pool's queue holds one task per ended call, so it is bounded by the calls in flight; should it still be full,
 * the route goes on where the call ended (an answer that Groq gave is never dropped for want of a thread), with one
 * WARN per pool.
 */
public final class RouteContinuation {

    private static final Logger LOG = LoggerFactory.getLogger(RouteContinuation.class);

    private final Executor pool;
    private final AtomicBoolean fullLogged = new AtomicBoolean();

    public RouteContinuation(Executor pool) {
        this.pool = pool;
    }

    /** {@code callback}, completed on the pool when the exchange ends asynchronously, at once when synchronously. */
    public AsyncCallback around(AsyncCallback callback) {
        return doneSync -> {
            if (doneSync) {
                callback.done(true);
                return;
            }
            try {
                pool.execute(() -> callback.done(false));
            } catch (RejectedExecutionException full) {
                if (fullLogged.compareAndSet(false, true)) {
                    LOG.warn("The {} pool is full or stopped: the route goes on on the thread that ended the call ({});"
                             + " give it more room with a ThreadPoolProfile of that id", Bulkhead.ROUTE,
                            full.getMessage());
                }
                callback.done(false);
            }
        };
    }
}
