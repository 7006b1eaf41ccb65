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

import dev.camelgroq.responses.call.Bulkhead;
import dev.camelgroq.responses.call.Failures;
import dev.camelgroq.responses.flow.ResponseFlow;
import dev.camelgroq.responses.memory.ConversationTurn;
import dev.camelgroq.responses.request.MappedCall;
import dev.camelgroq.responses.stream.StreamSession;
import org.apache.camel.AsyncCallback;
import org.apache.camel.Exchange;
import org.apache.camel.support.DefaultAsyncProducer;

/**
 * Resolves the exchange's call once ({@link MappedCall}: the call spec and the request built from it) and hands it to
 * a {@link ResponseFlow}, which calls Groq (and, as the
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
        AsyncCallback callback;
        try {
            callback = endpoint.getContinuation().around(done);
        } catch (Bulkhead.FullException tooManyInFlight) {
            exchange.setException(Failures.asGroqException(endpoint.getName(), tooManyInFlight));
            done.done(true);
            return true;
        }
        if (endpoint.getMemory().handles(exchange)) {
            return endpoint.getMemory().process(exchange, callback, endpoint.getRequestMapper()::map,
                    (request, turn) -> startFlow(exchange, request, turn, callback));
        }
        MappedCall call;
        try {
            call = endpoint.getRequestMapper().map(exchange);
        } catch (Exception e) {
            exchange.setException(e);
            callback.done(true);
            return true;
        }
        startFlow(exchange, call, null, callback);
        return false;
    }

    /** Starts the exchange's flow, streamed when the endpoint or the exchange asks for it. */
    private void startFlow(Exchange exchange, MappedCall call, ConversationTurn turn, AsyncCallback callback) {
        StreamSession stream = endpoint.getStreaming().open(exchange, call.spec(), call.request());
        if (stream != null) {
            ResponseFlow.start(endpoint.getFlow(), exchange, call, turn, stream.completion(
                    endpoint.getObserver().streamed(exchange, call.spec().model(), callback)), stream);
        } else {
            ResponseFlow.start(endpoint.getFlow(), exchange, call, turn, callback, null);
        }
    }
}
