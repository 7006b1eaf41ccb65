package dev.camelgroq.benchmarks;

import java.util.concurrent.CompletableFuture;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;

/** The component: a route {@code direct:bench -> groq-responses:bench}, driven through Camel's async API. */
final class CamelRouteClient implements BenchClient {

    private final CamelContext context = new DefaultCamelContext();
    private final AsyncProducer producer;
    private final String label;

    CamelRouteClient(String baseUrl, String options, String label) throws Exception {
        this(baseUrl, options, label, null);
    }

    /** With this component as {@code groq-responses} (null: the default one). */
    CamelRouteClient(String baseUrl, String options, String label, GroqResponsesComponent component) throws Exception {
        this.label = label;
        if (component != null) {
            context.addComponent("groq-responses", component);
        }
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bench").to("groq-responses:bench?model=" + BenchmarkMain.MODEL + "&apiKey=bench&baseUrl="
                                        + baseUrl + (options.isEmpty() ? "" : "&" + options));
            }
        });
        context.start();
        Endpoint endpoint = context.getEndpoint("direct:bench");
        producer = endpoint.createAsyncProducer();
        producer.start();
    }

    @Override
    public String name() {
        return label;
    }

    @Override
    public CompletableFuture<Long> call(String input) {
        CompletableFuture<Long> result = new CompletableFuture<>();
        Exchange exchange = producer.getEndpoint().createExchange();
        exchange.getIn().setBody(input);
        producer.process(exchange, doneSync -> {
            if (exchange.getException() != null) {
                result.completeExceptionally(exchange.getException());
            } else {
                Long tokens = exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class);
                result.complete(tokens == null ? 0L : tokens);
            }
        });
        return result;
    }

    @Override
    public void close() throws Exception {
        producer.stop();
        context.close();
    }
}
