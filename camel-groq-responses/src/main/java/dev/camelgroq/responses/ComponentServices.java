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
package dev.camelgroq.responses;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;

import javax.management.ObjectName;

import dev.camelgroq.responses.call.Bulkhead;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.memory.InMemoryConversationStore;
import dev.camelgroq.responses.observe.GroqResponsesStats;
import dev.camelgroq.responses.observe.Managed;
import dev.camelgroq.responses.ratelimit.PostgresBudgetStore;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.camel.CamelContext;
import org.apache.camel.spi.ExecutorServiceManager;
import org.apache.camel.spi.ThreadPoolProfile;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.concurrent.SizedScheduledExecutorService;
import org.apache.camel.util.concurrent.ThreadPoolRejectedPolicy;

/**
 * The runtime resources a {@link GroqResponsesComponent} shares between its endpoints: the HTTP client, the scheduler,
 * one bounded pool per kind of work ({@link Bulkhead}s: tools and approval hooks, stream deliveries, conversation store
 * I/O), the rate-limit governor (and its store's pool) and their JMX beans.
 * Each is built from the component's options on first use and closed when the component stops; the in-memory
 * conversation store alone lives as long as the component.
 */
final class ComponentServices {

    /** Threads that talk to the shared rate-limit store (rateLimitDataSource, rateLimitProxyManager). */
    static final int RATE_LIMIT_STORE_THREADS = 4;

    private final GroqResponsesComponent component;

    private GroqHttpTransport transport;
    private ScheduledExecutorService scheduler;
    private final Map<String, Bulkhead> bulkheads = new HashMap<>();
    /** The bulkheads' MBeans (Camel's thread-pool MBeans list only the pools Camel made). */
    private final Map<String, ObjectName> bulkheadNames = new HashMap<>();
    private ExecutorService rateLimitStoreExecutor;
    private RateLimitGovernor governor;
    private ObjectName governorName;
    private ObjectName statsName;
    private InMemoryConversationStore inMemoryConversationStore;

    ComponentServices(GroqResponsesComponent component) {
        this.component = component;
    }

    private CamelContext context() {
        return component.getCamelContext();
    }

    private ExecutorServiceManager executors() {
        return context().getExecutorServiceManager();
    }

    /** JMX names carry the component's identity, so two components of one CamelContext do not clash. */
    private String managedName(String prefix) {
        return prefix + System.identityHashCode(component);
    }

    synchronized void start() throws Exception {
        statsName = Managed.register(context(), new GroqResponsesStats(context()), managedName("GroqResponsesStats-"));
    }

    synchronized GroqHttpTransport transport() throws Exception {
        if (transport == null) {
            SSLContextParameters ssl = component.getSslContextParameters() != null
                    ? component.getSslContextParameters()
                    : component.isUseGlobalSslContextParameters() ? component.retrieveGlobalSslContextParameters() : null;
            int threads = component.getIoThreads() > 0 ? component.getIoThreads()
                    : Runtime.getRuntime().availableProcessors();
            transport = new GroqHttpTransport(new GroqHttpTransport.Settings(component.getConnectTimeout(),
                    component.getMaxConnections(), threads, component.getProxyHost(), component.getProxyPort(),
                    ssl == null ? null : ssl.createSSLContext(context())));
        }
        return transport;
    }

    synchronized ScheduledExecutorService scheduler() {
        if (scheduler == null) {
            // every attempt in flight has a deadline task here, so the queue is not capped (Camel's default profile
            // rejects beyond 1000 tasks), and cancelled deadlines leave the queue at once
            ThreadPoolProfile profile = new ThreadPoolProfile("GroqResponsesScheduler");
            profile.setPoolSize(1);
            profile.setMaxQueueSize(-1);
            scheduler = executors().newScheduledThreadPool(component, "GroqResponsesScheduler", profile);
            ScheduledThreadPoolExecutor pool = scheduler instanceof SizedScheduledExecutorService
                    ? ((SizedScheduledExecutorService) scheduler).getScheduledThreadPoolExecutor()
                    : scheduler instanceof ScheduledThreadPoolExecutor ? (ScheduledThreadPoolExecutor) scheduler : null;
            if (pool != null) {
                pool.setRemoveOnCancelPolicy(true);
            }
        }
        return scheduler;
    }

    /** The bulkhead named {@code name} ({@link Bulkhead#TOOLS}, {@link Bulkhead#STREAMS}, {@link Bulkhead#STORE}). */
    synchronized Bulkhead bulkhead(String name) throws Exception {
        Bulkhead bulkhead = bulkheads.get(name);
        if (bulkhead == null) {
            bulkhead = Bulkhead.create(executors(), name);
            bulkheads.put(name, bulkhead);
            bulkheadNames.put(name, Managed.register(context(), bulkhead, managedName(name + "-")));
        }
        return bulkhead;
    }

    /** Each bulkhead made so far, by name: what it holds now and its bounds ({@link Bulkhead#state()}). */
    synchronized Map<String, Map<String, Object>> bulkheadStates() {
        Map<String, Map<String, Object>> states = new TreeMap<>();
        bulkheads.forEach((name, bulkhead) -> states.put(name, bulkhead.state()));
        return states;
    }

    synchronized RateLimitGovernor governor() throws Exception {
        if (governor == null) {
            ProxyManager<String> store = rateLimitStore();
            if (store != null) {
                // a few threads, each running one model's store call at a time (StoreLane): a locked row holds one
                // thread at most until its query timeout, never the other models; nothing runs on the caller's thread
                ThreadPoolProfile profile = new ThreadPoolProfile("GroqResponsesRateLimitStore");
                profile.setPoolSize(RATE_LIMIT_STORE_THREADS);
                profile.setMaxPoolSize(RATE_LIMIT_STORE_THREADS);
                profile.setMaxQueueSize(RateLimitGovernor.MAX_BUCKETS);
                profile.setRejectedPolicy(ThreadPoolRejectedPolicy.Abort);
                rateLimitStoreExecutor = executors().newThreadPool(component, "GroqResponsesRateLimitStore", profile);
            }
            governor = new RateLimitGovernor(scheduler(), component.getRequestsPerMinute(),
                    component.getTokensPerMinute(), component.getMaxPendingRequests(), store, rateLimitStoreExecutor,
                    System::currentTimeMillis);
            governorName = Managed.register(context(), governor, managedName("GroqResponsesRateLimitGovernor-"));
        }
        return governor;
    }

    /** The Bucket4j store of the shared budget, or null when each instance governs alone. */
    private ProxyManager<String> rateLimitStore() {
        ProxyManager<String> proxyManager = component.getRateLimitProxyManager();
        if (proxyManager != null && component.getRateLimitDataSource() != null) {
            throw new IllegalArgumentException("Options rateLimitDataSource and rateLimitProxyManager are exclusive:"
                                               + " set only one (rateLimitDataSource is the PostgreSQL backend)");
        }
        if (proxyManager != null) {
            return proxyManager;
        }
        return component.getRateLimitDataSource() == null ? null
                : PostgresBudgetStore.create(component.getRateLimitDataSource());
    }

    synchronized InMemoryConversationStore inMemoryConversationStore() {
        if (inMemoryConversationStore == null) {
            inMemoryConversationStore = new InMemoryConversationStore();
        }
        return inMemoryConversationStore;
    }

    /**
     * Closes what {@link #start()} and first use created (without waiting for tasks); used again, each is built anew.
     * The bulkheads are shut down, not emptied: their queued tasks (conversation writes, stream deliveries) still run
     * and complete their exchanges. Tool calls and approval hooks in flight were ended when their endpoints stopped.
     */
    synchronized void stop() throws Exception {
        Managed.unregister(context(), statsName);
        statsName = null;
        if (transport != null) {
            transport.close();
            transport = null;
        }
        if (scheduler != null) {
            executors().shutdown(scheduler);
            scheduler = null;
        }
        bulkheads.values().forEach(b -> executors().shutdown(b.pool()));
        bulkheads.clear();
        for (ObjectName name : bulkheadNames.values()) {
            Managed.unregister(context(), name);
        }
        bulkheadNames.clear();
        if (rateLimitStoreExecutor != null) {
            executors().shutdown(rateLimitStoreExecutor);
            rateLimitStoreExecutor = null;
        }
        Managed.unregister(context(), governorName);
        governorName = null;
        governor = null;
    }
}
