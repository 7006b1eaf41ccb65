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

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;

import javax.sql.DataSource;

import dev.camelgroq.responses.call.Bulkhead;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.memory.InMemoryConversationStore;
import dev.camelgroq.responses.observe.ObservedComponent;
import dev.camelgroq.responses.options.EnumOptionErrors;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import dev.camelgroq.responses.secrets.UriMasking;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.apache.camel.Endpoint;
import org.apache.camel.PropertyBindingException;
import org.apache.camel.SSLContextParametersAware;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.annotations.Component;
import org.apache.camel.support.HealthCheckComponent;
import org.apache.camel.support.jsse.SSLContextParameters;
import org.apache.camel.util.PropertiesHelper;

/**
 * The {@code groq-responses} component: holds defaults for every endpoint (API key, base URL and any other endpoint
 * option) and the one pooled, non-blocking HTTP client its endpoints share.
 */
@Component("groq-responses")
public class GroqResponsesComponent extends HealthCheckComponent
        implements SSLContextParametersAware, ObservedComponent {

    /** Defaults copied into every endpoint of this component. */
    @Metadata
    private GroqResponsesConfiguration configuration = new GroqResponsesConfiguration();

    /** How long to wait for a TCP connection to Groq. */
    @Metadata(label = "advanced", defaultValue = "10000", javaType = "java.time.Duration")
    private long connectTimeout = 10_000;

    /** The most HTTP connections the shared client keeps open (in-flight requests beyond it wait for one). */
    @Metadata(label = "advanced", defaultValue = "1024")
    private int maxConnections = 1024;

    /** I/O threads of the shared non-blocking client (0: one per CPU core). */
    @Metadata(label = "advanced", defaultValue = "0")
    private int ioThreads;

    /** An HTTP proxy host to reach Groq through. */
    @Metadata(label = "proxy")
    private String proxyHost;

    /** The HTTP proxy port. */
    @Metadata(label = "proxy")
    private Integer proxyPort;

    /** TLS settings (trust store, key store, protocols) for the HTTPS connection to Groq. */
    @Metadata(label = "security")
    private SSLContextParameters sslContextParameters;

    /** Uses the CamelContext's global SSLContextParameters when no sslContextParameters is set. */
    @Metadata(label = "security", defaultValue = "false")
    private boolean useGlobalSslContextParameters;

    /**
     * Your plan's requests-per-minute limit per (API key, model). Groq shows it only in a 429 of type requests (the
     * governor learns it from the first one); with this option the governor paces by it from the first request.
     */
    @Metadata(label = "resilience")
    private Integer requestsPerMinute;

    /** A tokens-per-minute cap per (API key, model) for the rate-limit governor while Groq sends no headers. */
    @Metadata(label = "resilience")
    private Integer tokensPerMinute;

    /**
     * The most requests that may wait for rate-limit budget per (API key, model); beyond it a request fails at once
     * with GroqRateLimitQueueFullException (backpressure instead of unbounded memory).
     */
    @Metadata(label = "resilience", defaultValue = "10000")
    private int maxPendingRequests = 10_000;

    /**
     * The Micrometer MeterRegistry (io.micrometer.core.instrument.MeterRegistry) to record gen_ai.* and groq.* meters
     * into. When not set, the single MeterRegistry of the Camel registry is used; without one nothing is recorded.
     */
    @Metadata(label = "advanced,observability", javaType = "io.micrometer.core.instrument.MeterRegistry")
    private Object meterRegistry;

    /** The health check asks Groq (GET {baseUrl}/models, no tokens spent) at most once per this interval. */
    @Metadata(label = "health", defaultValue = "60000", javaType = "java.time.Duration")
    private long healthCheckInterval = 60_000;

    /**
     * A DataSource of a PostgreSQL database that keeps the rate-limit budget shared by every instance that uses it
     * (Bucket4j's PostgreSQL backend); the table groq_rate_limit_bucket is created if missing (DDL in
     * docs/scaling.md). Without it (and without rateLimitProxyManager) each instance governs alone and adapts its share
     * on 429s.
     */
    @Metadata(label = "resilience")
    private DataSource rateLimitDataSource;

    /**
     * Any Bucket4j ProxyManager with String keys (Redis, Hazelcast, Infinispan, JDBC, ...) that keeps the rate-limit
     * budget shared by every instance that uses it; use its withMapper(...) for stores keyed otherwise. Exclusive
     * with rateLimitDataSource.
     */
    @Metadata(label = "resilience")
    private ProxyManager<String> rateLimitProxyManager;

    private final ComponentServices services = new ComponentServices(this);

    @Override
    protected Endpoint createEndpoint(String uri, String remaining, Map<String, Object> parameters) throws Exception {
        if (remaining == null || remaining.isBlank()) {
            throw new IllegalArgumentException("groq-responses needs a step name: groq-responses:<name>?model=..., for"
                                               + " example groq-responses:extract?model=openai/gpt-oss-20b");
        }
        GroqResponsesConfiguration config = configuration.copy();
        // the endpoint keeps only the URI with its secrets masked
        GroqResponsesEndpoint endpoint = new GroqResponsesEndpoint(UriMasking.mask(uri), this, config);
        endpoint.setName(remaining);
        Map<String, Object> metadata = PropertiesHelper.extractProperties(parameters, "metadata.");
        Map<String, Object> extra = PropertiesHelper.extractProperties(parameters, "additionalBodyProperty.");
        Map<String, Object> tools = PropertiesHelper.extractProperties(parameters, "tool.");
        Map<String, Object> mcp = PropertiesHelper.extractProperties(parameters, "mcp.");
        try {
            setProperties(endpoint, parameters);
        } catch (PropertyBindingException e) {
            // the option's type from the generated configurer (no reflection: also right in a native image)
            throw EnumOptionErrors.explain(e, e.getPropertyName() == null ? null
                    : new GroqResponsesEndpointConfigurer().getOptionType(e.getPropertyName(), true));
        }
        config.setMetadata(merge(config.getMetadata(), metadata));
        config.setAdditionalBodyProperty(merge(config.getAdditionalBodyProperty(), extra));
        config.setTool(merge(config.getTool(), tools));
        config.setMcp(merge(config.getMcp(), mcp));
        return endpoint;
    }

    private static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> more) {
        if (more.isEmpty()) {
            return base;
        }
        Map<String, Object> merged = new LinkedHashMap<>();
        if (base != null) {
            merged.putAll(base);
        }
        merged.putAll(more);
        return merged;
    }

    /** The shared HTTP client, created on first use. */
    GroqHttpTransport getTransport() throws Exception {
        return services.transport();
    }

    /** The scheduler that runs retries and rate-limit wake-ups (no thread ever sleeps). */
    ScheduledExecutorService getScheduler() {
        return services.scheduler();
    }

    /**
     * The bounded pool of one kind of work ({@link Bulkhead#TOOLS}: tool endpoints and approval hooks,
     * {@link Bulkhead#STREAMS}: deliveries to streamTo, {@link Bulkhead#STORE}: conversation store I/O,
     * {@link Bulkhead#ROUTE}: the calling route after the step); never the HTTP client's I/O threads.
     */
    Bulkhead getBulkhead(String name) throws Exception {
        return services.bulkhead(name);
    }

    @Override
    public Map<String, Map<String, Object>> bulkheadStates() {
        return services.bulkheadStates();
    }

    /** The component's rate-limit governor, shared by its endpoints. */
    public RateLimitGovernor getGovernor() throws Exception {
        return services.governor();
    }

    /**
     * The bounded in-memory conversation store that endpoints without conversationStore or conversationDataSource
     * share (created on first use; kept while the component lives).
     */
    public InMemoryConversationStore getInMemoryConversationStore() {
        return services.inMemoryConversationStore();
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        services.start();
    }

    @Override
    protected void doStop() throws Exception {
        services.stop();
        super.doStop();
    }

    public DataSource getRateLimitDataSource() {
        return rateLimitDataSource;
    }

    public void setRateLimitDataSource(DataSource rateLimitDataSource) {
        this.rateLimitDataSource = rateLimitDataSource;
    }

    public ProxyManager<String> getRateLimitProxyManager() {
        return rateLimitProxyManager;
    }

    public void setRateLimitProxyManager(ProxyManager<String> rateLimitProxyManager) {
        this.rateLimitProxyManager = rateLimitProxyManager;
    }

    public Object getMeterRegistry() {
        return meterRegistry;
    }

    public void setMeterRegistry(Object meterRegistry) {
        this.meterRegistry = meterRegistry;
    }

    public long getHealthCheckInterval() {
        return healthCheckInterval;
    }

    public void setHealthCheckInterval(long healthCheckInterval) {
        this.healthCheckInterval = healthCheckInterval;
    }

    public Integer getRequestsPerMinute() {
        return requestsPerMinute;
    }

    public void setRequestsPerMinute(Integer requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    public Integer getTokensPerMinute() {
        return tokensPerMinute;
    }

    public void setTokensPerMinute(Integer tokensPerMinute) {
        this.tokensPerMinute = tokensPerMinute;
    }

    public int getMaxPendingRequests() {
        return maxPendingRequests;
    }

    public void setMaxPendingRequests(int maxPendingRequests) {
        this.maxPendingRequests = maxPendingRequests;
    }

    public GroqResponsesConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(GroqResponsesConfiguration configuration) {
        this.configuration = configuration;
    }

    public long getConnectTimeout() {
        return connectTimeout;
    }

    public void setConnectTimeout(long connectTimeout) {
        this.connectTimeout = connectTimeout;
    }

    public int getMaxConnections() {
        return maxConnections;
    }

    public void setMaxConnections(int maxConnections) {
        this.maxConnections = maxConnections;
    }

    public int getIoThreads() {
        return ioThreads;
    }

    public void setIoThreads(int ioThreads) {
        this.ioThreads = ioThreads;
    }

    public String getProxyHost() {
        return proxyHost;
    }

    public void setProxyHost(String proxyHost) {
        this.proxyHost = proxyHost;
    }

    public Integer getProxyPort() {
        return proxyPort;
    }

    public void setProxyPort(Integer proxyPort) {
        this.proxyPort = proxyPort;
    }

    public SSLContextParameters getSslContextParameters() {
        return sslContextParameters;
    }

    public void setSslContextParameters(SSLContextParameters sslContextParameters) {
        this.sslContextParameters = sslContextParameters;
    }

    @Override
    public boolean isUseGlobalSslContextParameters() {
        return useGlobalSslContextParameters;
    }

    @Override
    public void setUseGlobalSslContextParameters(boolean useGlobalSslContextParameters) {
        this.useGlobalSslContextParameters = useGlobalSslContextParameters;
    }
}
