package dev.camelgroq.responses;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.flow.ResponseFlow;
import dev.camelgroq.responses.memory.ConversationTurn;
import dev.camelgroq.responses.stream.StreamSession;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Maps the exchange onto a Responses request and hands it to a {@link ResponseFlow}, which calls Groq (and, as the
 * answer requires, tools, approvals and repairs) without blocking the route thread.
 */
public class GroqResponsesProducer extends DefaultAsyncProducer {

    private final GroqResponsesEndpoint endpoint;

    public GroqResponsesProducer(GroqResponsesEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback done) {
        // the route goes on off the HTTP client's I/O threads once the exchange has ended asynchronously
        AsyncCallback callback = endpoint.getContinuation().around(done);
        if (endpoint.getMemory().handles(exchange)) {
            return endpoint.getMemory().process(exchange, callback, endpoint.getRequestMapper()::toRequest,
                    (request, turn) -> startFlow(exchange, request, turn, callback));
        }
        ObjectNode request;
        try {
            request = endpoint.getRequestMapper().toRequest(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        startFlow(exchange, request, null, callback);
        return false;
    }

    /** Starts the exchange's flow, streamed when the endpoint or the exchange asks for it. */
    private void startFlow(Exchange exchange, ObjectNode request, ConversationTurn turn, AsyncCallback callback) {
        StreamSession stream = endpoint.getStreaming().open(exchange, request);
        if (stream != null) {
            ResponseFlow.start(endpoint.getFlow(), exchange, request, turn, stream.completion(
                    endpoint.getObserver().streamed(exchange, request.path("model").asText(), callback)), stream);
        } else {
            ResponseFlow.start(endpoint.getFlow(), exchange, request, turn, callback, null);
        }
    }
}
