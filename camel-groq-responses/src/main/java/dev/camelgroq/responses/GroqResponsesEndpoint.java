package dev.camelgroq.responses;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;

import dev.camelgroq.responses.call.ResponsesCaller;
import dev.camelgroq.responses.call.RetryPolicy;
import dev.camelgroq.responses.ratelimit.RateLimitGovernor;
import dev.camelgroq.responses.request.Choices;
import dev.camelgroq.responses.request.RequestDefaults;
import dev.camelgroq.responses.request.RequestMapper;
import org.apache.camel.Category;
import org.apache.camel.Consumer;
import org.apache.camel.Processor;
import org.apache.camel.Producer;
import org.apache.camel.spi.EndpointServiceLocation;
import org.apache.camel.spi.Metadata;
import org.apache.camel.spi.UriEndpoint;
import org.apache.camel.spi.UriParam;
import org.apache.camel.spi.UriPath;
import org.apache.camel.support.DefaultEndpoint;

/**
 * Calls Groq's OpenAI-compatible Responses API: the exchange becomes the request (model, instructions, input, text
 * format and JSON schema, reasoning, tools) and the answer becomes the body and headers (output text, output items,
 * usage, timing, rate-limit state).
 */
@UriEndpoint(firstVersion = "0.1.0", scheme = "groq-responses", title = "Groq Responses",
             syntax = "groq-responses:name", producerOnly = true, category = { Category.AI },
             headersClass = GroqResponsesConstants.class)
public class GroqResponsesEndpoint extends DefaultEndpoint implements EndpointServiceLocation {

    /** The step's logical name (for example extract or classify); it labels logs, errors and metrics. */
    @UriPath
    @Metadata(required = true)
    private String name;

    @UriParam
    private GroqResponsesConfiguration configuration;

    private RequestMapper requestMapper;
    private ResponsesCaller caller;

    public GroqResponsesEndpoint(String uri, GroqResponsesComponent component, GroqResponsesConfiguration configuration) {
        super(uri, component);
        this.configuration = configuration;
    }

    @Override
    public GroqResponsesComponent getComponent() {
        return (GroqResponsesComponent) super.getComponent();
    }

    @Override
    public Producer createProducer() {
        return new GroqResponsesProducer(this);
    }

    @Override
    public Consumer createConsumer(Processor processor) {
        throw new UnsupportedOperationException("groq-responses is a producer only: use it in to(...), not from(...)");
    }

    @Override
    protected void doStart() throws Exception {
        super.doStart();
        String apiKey = ApiKeys.resolve(configuration.getApiKey(), name);
        URI uri = responsesUri(configuration.getBaseUrl());
        RequestDefaults defaults = RequestDefaults.prepare(getCamelContext(), configuration, null);
        requestMapper = new RequestMapper(getCamelContext(), defaults);
        Choices.require(configuration.getRateLimiter(), List.of("adaptive", "off"), "Option rateLimiter");
        RetryPolicy retry = new RetryPolicy(configuration.getMaxRetries(), configuration.getRetryInitialDelay(),
                configuration.getRetryMaxDelay());
        RateLimitGovernor governor = "off".equals(configuration.getRateLimiter()) ? null
                : getComponent().getGovernor();
        caller = new ResponsesCaller(getComponent().getTransport(), getComponent().getScheduler(),
                new ResponsesCaller.Settings(name, uri, apiKey, configuration.isInferenceMetrics(),
                        configuration.getRequestTimeout(), retry, governor, configuration.getOutputTokensEstimate()));
    }

    private static URI responsesUri(String baseUrl) {
        if (baseUrl == null || baseUrl.isBlank()) {
            throw new IllegalArgumentException("Option baseUrl is empty: leave it unset for "
                                               + GroqResponsesConfiguration.DEFAULT_BASE_URL
                                               + " or give the emulator's URL");
        }
        try {
            URI uri = new URI(baseUrl.endsWith("/") ? baseUrl + "responses" : baseUrl + "/responses");
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
                throw new URISyntaxException(baseUrl, "the scheme must be http or https");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("Option baseUrl '" + baseUrl + "' is not a valid http(s) URL: "
                                               + e.getReason(),
                    e);
        }
    }

    RequestMapper getRequestMapper() {
        return requestMapper;
    }

    ResponsesCaller getCaller() {
        return caller;
    }

    @Override
    public String getServiceUrl() {
        return configuration.getBaseUrl();
    }

    @Override
    public String getServiceProtocol() {
        return "http";
    }

    public String getName() {
        return name;
    }

    /** The step's logical name. */
    public void setName(String name) {
        this.name = name;
    }

    public GroqResponsesConfiguration getConfiguration() {
        return configuration;
    }

    public void setConfiguration(GroqResponsesConfiguration configuration) {
        this.configuration = configuration;
    }
}
