package dev.camelgroq.benchmarks;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import dev.camelgroq.responses.GroqResponsesComponent;
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
        GroqResponsesComponent component = new GroqResponsesComponent();
        if (!"-".equals(args[3])) {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(args[3]);
            component.setRateLimitDataSource(dataSource);
        }
        if (!"-".equals(args[4])) {
            component.setRequestsPerMinute(Integer.parseInt(args[4]));
        }
        try (CamelRouteClient client = new CamelRouteClient(baseUrl, "maxRetries=20&retryMaxDelay=60000", "worker",
                null, component)) {
            System.out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (!"go".equals(in.readLine())) {
                Thread.onSpinWait();
            }
            LoadDriver.Result r = LoadDriver.run(client, calls, inFlight, null);
            System.out.println("RESULT " + r.ok() + " " + r.failed() + " " + r.tokens());
        }
        System.exit(0);
    }
}
