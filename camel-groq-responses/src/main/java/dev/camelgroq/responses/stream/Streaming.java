package dev.camelgroq.responses.stream;

import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.camelgroq.responses.http.GroqHttpTransport;
import dev.camelgroq.responses.request.ExchangeOptions;
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
    private final boolean streamByDefault;
    private final String streamTo;
    private final GroqHttpTransport transport;
    private final Executor executor;
    private final ScheduledExecutorService scheduler;
    private final StreamLimits limits;
    private final StreamCoalescing coalescing;
    private final StreamStats stats = new StreamStats();
    private Endpoint targetEndpoint;
    private AsyncProducer target;

    /**
     * {@code stream} is the option's value; {@code streamTo} (may be null) receives the deltas and, when set, turns
     * streaming on unless an exchange's {@code CamelGroqResponsesStream} header says false. {@code executor}
     * delivers the deltas (the streams bulkhead); {@code scheduler} runs each stream's {@code requestTimeout} and
     * {@code streamTimeout} checks; {@code limits} caps what a stream may read and how long it may take;
     * {@code coalescing} says how deltas are joined before they are sent to streamTo.
     */
    public Streaming(CamelContext context, boolean stream, String streamTo, GroqHttpTransport transport,
                     Executor executor, ScheduledExecutorService scheduler, StreamLimits limits,
                     StreamCoalescing coalescing) {
        this.context = context;
        this.streamTo = streamTo == null || streamTo.isBlank() ? null : streamTo;
        this.streamByDefault = stream || this.streamTo != null;
        this.transport = transport;
        this.executor = executor;
        this.scheduler = scheduler;
        this.limits = limits;
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
     * The session for this exchange when it streams (the option, or the {@code CamelGroqResponsesStream} header, or
     * a {@code stream: true} request field), else null. Marks the request {@code stream: true}.
     */
    public StreamSession open(Exchange exchange, ObjectNode request) {
        boolean on = ExchangeOptions.stream(exchange.getIn(), streamByDefault)
                     || request.path("stream").asBoolean(false);
        if (!on) {
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

    GroqHttpTransport transport() {
        return transport;
    }

    Executor executor() {
        return executor;
    }

    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    StreamLimits limits() {
        return limits;
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
