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
 * Arguments: baseUrl calls inFlight jdbcUrl|- requestsPerMinute|- [inputChars] (text added to every call's input).
 */
public final class ScalingWorker {

    private ScalingWorker() {
    }

    /** {@code client}, every call's input followed by {@code chars} characters of a review-like text. */
    private static BenchClient padded(BenchClient client, int chars) {
        String padding = " The battery lasts for days and the sound is crisp.".repeat(chars / 51 + 1)
                .substring(0, chars);
        return new BenchClient() {
            @Override
            public String name() {
                return client.name();
            }

            @Override
            public java.util.concurrent.CompletableFuture<Long> call(String input) {
                return client.call(input + padding);
            }
        };
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
            int inputChars = args.length > 5 ? Integer.parseInt(args[5]) : 0;
            LoadDriver.Result r = LoadDriver.run(inputChars == 0 ? client : padded(client, inputChars), calls,
                    inFlight, null);
            System.out.println("RESULT " + r.ok() + " " + r.failed() + " " + r.tokens());
        }
        System.exit(0);
    }
}
