package dev.camelgroq.responses;

import java.util.concurrent.CompletionException;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.response.ResponseMapper;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Maps the exchange onto a Responses request, sends it without blocking the route thread, and maps the answer (or the
 * error) back onto the exchange.
 */
public class GroqResponsesProducer extends DefaultAsyncProducer {

    private final GroqResponsesEndpoint endpoint;

    public GroqResponsesProducer(GroqResponsesEndpoint endpoint) {
        super(endpoint);
        this.endpoint = endpoint;
    }

    @Override
    public boolean process(Exchange exchange, AsyncCallback callback) {
        ObjectNode request;
        try {
            request = endpoint.getRequestMapper().toRequest(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        endpoint.getCaller().call(request).whenComplete((result, failure) -> {
            try {
                if (failure != null) {
                    exchange.setException(failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure);
                } else {
                    ResponseMapper.apply(result.response(), result.answer(), exchange.getMessage());
                    exchange.getMessage().setHeader(GroqResponsesConstants.RETRIES, result.attempts() - 1);
                    exchange.getMessage().setHeader(GroqResponsesConstants.RATE_LIMIT_WAIT,
                            result.rateLimitWaitMillis());
                }
            } catch (RuntimeException e) {
                exchange.setException(e);
            } finally {
                callback.done(false);
            }
        });
        return false;
    }
}
