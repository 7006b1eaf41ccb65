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
 * Each exchange is promised its place in the pool's queue when it starts ({@link Bulkhead#reserve}), so the queue
 * cannot be full when its call ends: an exchange beyond the queue's size (that many in flight on the component) is
 * refused at once, before its request is sent, with {@code bulkhead_full}. Only a pool that is shut down (the
 * component stopping) lets the route go on where the call ended, with one WARN, rather than drop an answer.
 */
public final class RouteContinuation {

    private static final Logger LOG = LoggerFactory.getLogger(RouteContinuation.class);

    private final Bulkhead pool;
    private final AtomicBoolean fullLogged = new AtomicBoolean();

    public RouteContinuation(Bulkhead pool) {
        this.pool = pool;
    }

    /**
     * {@code callback}, completed on the pool when the exchange ends asynchronously, at once when synchronously; the
     * returned callback must be called once. Throws {@link Bulkhead.FullException} when the component already has as
     * many exchanges in flight as the pool may queue (nothing was sent).
     */
    public AsyncCallback around(AsyncCallback callback) {
        pool.reserve("an exchange was refused before its request was sent (no tokens spent)");
        return doneSync -> {
            if (doneSync) {
                pool.release();
                callback.done(true);
                return;
            }
            try {
                pool.executeReserved(() -> callback.done(false));
            } catch (RejectedExecutionException stopped) {
                if (fullLogged.compareAndSet(false, true)) {
                    LOG.warn("The {} pool is stopped or cannot start a thread: the route goes on on the thread that"
                             + " ended the call ({})", Bulkhead.ROUTE, stopped.getMessage());
                }
                callback.done(false);
            }
        };
    }
}
