package dev.camelgroq.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.AsyncProducer;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * One instance of a pipeline in its own JVM, for {@link ScalingBenchmark}: a route {@code direct -> groq-responses},
 * optionally sharing its budget through PostgreSQL. Prints {@code READY}, waits for {@code go} on stdin, runs its calls
 * and prints {@code RESULT ok failed tokens}.
 * Arguments: baseUrl calls inFlight jdbcUrl|- requestsPerMinute|-.
 */
public final class ScalingWorker {

    private ScalingWorker() {
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        int calls = Integer.parseInt(args[1]);
        int inFlight = Integer.parseInt(args[2]);
        CamelContext context = new DefaultCamelContext();
        GroqResponsesComponent component = new GroqResponsesComponent();
        if (!"-".equals(args[3])) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(args[3]);
            component.setRateLimitDataSource(dataSource);
        }
        if (!"-".equals(args[4])) {
            component.setRequestsPerMinute(Integer.parseInt(args[4]));
        }
        context.addComponent("groq-responses", component);
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:bench").to("groq-responses:bench?model=" + BenchmarkMain.MODEL + "&apiKey=bench&baseUrl="
                                        + baseUrl + "&maxRetries=50&retryMaxDelay=60000");
            }
        });
        context.start();
        AsyncProducer producer = context.getEndpoint("direct:bench").createAsyncProducer();
        producer.start();
        System.out.println("READY");
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        while (!"go".equals(in.readLine())) {
            Thread.onSpinWait();
        }
        Semaphore window = new Semaphore(inFlight);
        CountDownLatch done = new CountDownLatch(calls);
        AtomicInteger ok = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        AtomicLong tokens = new AtomicLong();
        for (int i = 0; i < calls; i++) {
            window.acquire();
            Exchange exchange = producer.getEndpoint().createExchange();
            exchange.getIn().setBody("Summarize record " + i + " of the nightly batch in one sentence.");
            producer.process(exchange, doneSync -> {
                if (exchange.getException() == null) {
                    ok.incrementAndGet();
                    Long t = exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class);
                    tokens.addAndGet(t == null ? 0 : t);
                } else {
                    failed.incrementAndGet();
                    System.err.println("failed: " + exchange.getException().getMessage());
                }
                window.release();
                done.countDown();
            });
        }
        done.await();
        System.out.println("RESULT " + ok.get() + " " + failed.get() + " " + tokens.get());
        context.close();
        System.exit(0);
    }
}
