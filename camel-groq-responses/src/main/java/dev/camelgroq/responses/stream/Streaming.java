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
package dev.camelgroq.responses.stream;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.request.CallSpec;
import dev.camelgroq.responses.response.OutboundHeaders;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.support.service.ServiceHelper;

/**
 * An endpoint's streaming setup: whether its calls stream by default, the {@code streamTo} endpoint that receives the
 * deltas (its producer is started with the endpoint), the executor that delivers them, and the bounds of each
 * stream's buffer.
 */
public final class Streaming {

    /** The most event data (characters) a stream queues for its route before it pauses the HTTP read. */
    public static final int QUEUE_LIMIT_CHARS = 64 * 1024;
    /** The most events a stream queues for its route before it pauses the HTTP read (terminal events count too). */
    public static final int QUEUE_LIMIT_EVENTS = 1024;

    private final CamelContext context;
    private final String streamTo;
    private final StreamResources resources;
    private final StreamCoalescing coalescing;
    private final StreamStats stats = new StreamStats();
    private Endpoint targetEndpoint;
    private AsyncProducer target;

    /**
     * {@code streamTo} (may be null) receives the deltas (whether an exchange streams is resolved in its
     * {@link CallSpec}: a streamTo endpoint turns streaming on unless the header says false); the streams run on
     * {@code resources}; {@code coalescing} says how deltas are joined before they are sent to streamTo.
     */
    public Streaming(CamelContext context, String streamTo, StreamResources resources, StreamCoalescing coalescing) {
        this.context = context;
        this.streamTo = streamTo == null || streamTo.isBlank() ? null : streamTo;
        this.resources = resources;
        this.coalescing = coalescing;
    }

    public void start() {
        if (streamTo == null) {
            return;
        }
        try {
            targetEndpoint = context.getEndpoint(streamTo);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("Option streamTo '" + streamTo + "' is not a usable endpoint URI: "
                                               + e.getMessage(),
                    e);
        }
        if (targetEndpoint == null) {
            throw new IllegalArgumentException("Option streamTo '" + streamTo + "': no component for this URI; give"
                                               + " an endpoint URI such as direct:deltas or seda:typing");
        }
        try {
            target = targetEndpoint.createAsyncProducer();
            ServiceHelper.startService(target);
        } catch (Exception e) {
            throw new IllegalArgumentException("Option streamTo '" + streamTo + "': cannot create a producer: "
                                               + e.getMessage(),
                    e);
        }
    }

    public void stop() {
        ServiceHelper.stopService(target);
        target = null;
    }

    /**
     * The session for this exchange when its call streams ({@link CallSpec#stream()}), else null. Marks the request
     * {@code stream: true} (or removes a {@code stream} field that would say otherwise).
     */
    public StreamSession open(Exchange exchange, CallSpec spec, ObjectNode request) {
        if (!spec.stream()) {
            request.remove("stream");
            return null;
        }
        request.put("stream", true);
        return new StreamSession(this, exchange);
    }

    /** What this endpoint's streams held at most (for monitoring and tests). */
    public StreamStats stats() {
        return stats;
    }

    Exchange deltaExchange(Exchange original, StreamEvent event) {
        Exchange delta = targetEndpoint.createExchange();
        delta.getIn().setBody(event.text());
        OutboundHeaders.delta(delta.getIn(), event.sequence(), event.itemId());
        delta.setProperty(Exchange.CORRELATION_ID, original.getExchangeId());
        return delta;
    }

    StreamResources resources() {
        return resources;
    }

    StreamCoalescing coalescing() {
        return coalescing;
    }

    AsyncProducer target() {
        return target;
    }

    String streamTo() {
        return streamTo;
    }
}
