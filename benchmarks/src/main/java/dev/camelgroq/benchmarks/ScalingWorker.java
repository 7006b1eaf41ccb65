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

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.camelgroq.responses.GroqResponsesComponent;

/**
 * One instance of a pipeline in its own JVM, for {@link ScalingBenchmark}: a route {@code direct -> groq-responses},
 * optionally sharing its budget through PostgreSQL. Prints {@code READY}, waits for {@code go} on stdin, runs its calls
 * and prints {@code RESULT ok failed tokens inputTokens cachedTokens leastCachedHit} (the last three from the answers'
 * usage: input tokens, those served from the prompt cache, the fewest cached tokens of one cache hit).
 * Arguments: baseUrl calls inFlight jdbcUrl|- requestsPerMinute|- [inputChars] (text added to every call's input)
 * [instructionsChars] (the endpoint's {@code instructions}: the same text of that length on every call, an ETL step's
 * static prefix).
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

    /**
     * An ETL step's static instructions of {@code chars} characters: the same bytes on every call, as Groq's prompt
     * cache needs (no parentheses, so that the text fits in {@code RAW(...)}).
     */
    static String instructions(int chars) {
        String rules = "You extract one product review into the schema below. Read the whole record first."
                       + " Field product: the product's name as written, without brand prefixes."
                       + " Field rating: an integer from 1 to 5; when the record gives stars, use them, else infer"
                       + " it from the tone, 3 when unsure. Field sentiment: positive, negative or mixed."
                       + " Field issues: a list of short noun phrases naming defects, empty when none."
                       + " Example: The battery died after a week, sound is great -> product unknown, rating 3,"
                       + " sentiment mixed, issues battery life. Never invent facts that the record does not state. ";
        return rules.repeat(chars / rules.length() + 1).substring(0, chars);
    }

    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        int calls = Integer.parseInt(args[1]);
        int inFlight = Integer.parseInt(args[2]);
        GroqResponsesComponent component = new GroqResponsesComponent();
        if (!"-".equals(args[3])) {
            // pooled, as an application's DataSource is: without a pool every store call opens a connection (a new
            // PostgreSQL backend process), which on 2 cores costs more than the call
            HikariConfig pool = new HikariConfig();
            pool.setJdbcUrl(args[3]);
            pool.setMaximumPoolSize(4);
            component.setRateLimitDataSource(new HikariDataSource(pool));
        }
        if (!"-".equals(args[4])) {
            component.setRequestsPerMinute(Integer.parseInt(args[4]));
        }
        int instructionsChars = args.length > 6 ? Integer.parseInt(args[6]) : 0;
        String options = "maxRetries=20&retryMaxDelay=60000"
                         + (instructionsChars == 0 ? "" : "&instructions=RAW(" + instructions(instructionsChars) + ")");
        try (CamelRouteClient client = new CamelRouteClient(baseUrl, options, "worker", null, component)) {
            client.countPromptCache();
            System.out.println("READY");
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            while (!"go".equals(in.readLine())) {
                Thread.onSpinWait();
            }
            int inputChars = args.length > 5 ? Integer.parseInt(args[5]) : 0;
            LoadDriver.Result r = LoadDriver.run(inputChars == 0 ? client : padded(client, inputChars), calls,
                    inFlight, null);
            System.out.println("RESULT " + r.ok() + " " + r.failed() + " " + r.tokens() + " " + client.inputTokens() + " "
                               + client.cachedTokens() + " " + client.leastCachedHit());
        }
        System.exit(0);
    }
}
