package dev.camelgroq.responses.call;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.http.HttpAnswer;
import dev.camelgroq.responses.request.Json;
import dev.camelgroq.responses.response.ErrorMapper;
import dev.camelgroq.responses.response.ParsedResponse;

/**
 * Performs one logical Responses call for an endpoint: serializes the request, posts it with the API key and beta
 * header, and turns the answer into a {@link CallResult} or a {@link GroqResponsesException}.
 */
public final class ResponsesCaller {

    private final GroqHttpTransport transport;
    private final URI uri;
    private final String apiKey;
    private final boolean inferenceMetrics;
    private final long timeoutMillis;
    private final String step;

    public ResponsesCaller(GroqHttpTransport transport, URI uri, String apiKey, boolean inferenceMetrics,
                           long timeoutMillis, String step) {
        this.transport = transport;
        this.uri = uri;
        this.apiKey = apiKey;
        this.inferenceMetrics = inferenceMetrics;
        this.timeoutMillis = timeoutMillis;
        this.step = step;
    }

    /** Sends the request; the future completes on an I/O thread. */
    public CompletableFuture<CallResult> call(ObjectNode request) {
        String model = request.path("model").asText();
        byte[] body;
        try {
            body = Json.MAPPER.writeValueAsBytes(request);
        } catch (JsonProcessingException e) {
            return CompletableFuture.failedFuture(new IllegalArgumentException("Cannot serialize the request", e));
        }
        return transport.postJson(uri, headers(), body, timeoutMillis)
                .handle((answer, failure) -> complete(answer, failure, model));
    }

    private CallResult complete(HttpAnswer answer, Throwable failure, String model) {
        if (failure != null) {
            Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                    ? failure.getCause() : failure;
            throw ErrorMapper.exception(ErrorMapper.details(cause), cause, step, model, apiKey);
        }
        if (!answer.isSuccess()) {
            throw ErrorMapper.exception(ErrorMapper.details(answer), null, step, model, apiKey);
        }
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(answer.body());
        } catch (IOException e) {
            root = null;
        }
        if (root == null || !root.isObject()) {
            GroqResponsesException.Details d = ErrorMapper.details(answer).retryable(true)
                    .message("the 2xx answer is not a JSON object (truncated or malformed body)");
            throw ErrorMapper.exception(d, null, step, model, apiKey);
        }
        return new CallResult(new ParsedResponse(root), answer, 1);
    }

    private Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Authorization", "Bearer " + apiKey);
        headers.put("Accept", "application/json");
        if (inferenceMetrics) {
            headers.put("Groq-Beta", "inference-metrics");
        }
        return headers;
    }
}
