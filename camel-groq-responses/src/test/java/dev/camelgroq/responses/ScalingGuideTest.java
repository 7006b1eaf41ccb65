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

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelgroq.responses.ratelimit.PostgresBudgetStore;
import dev.camelgroq.responses.test.GroqEmulatorExtension;
import dev.camelgroq.responses.test.RateLimits;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.main.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the route and the {@code application.properties} of docs/scaling.md as written there, in two Camel Main
 * instances that share one budget through an embedded PostgreSQL, against the emulator with Groq's token-bucket
 * limits. Only the source, the sink, the database URL and Groq's address are overridden.
 */
class ScalingGuideTest {

    private static final String KEY = "gsk_scaling_guide";

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();
    @RegisterExtension
    static final GroqEmulatorExtension GROQ = new GroqEmulatorExtension();

    private static String block(String language, String guide) throws Exception {
        Matcher m = Pattern.compile("```" + language + "\\n(.*?)```", Pattern.DOTALL)
                .matcher(Files.readString(Path.of("../docs", guide)));
        assertThat(m.find()).as(language + " block in " + guide).isTrue();
        return m.group(1);
    }

    private static Main instance(Path routes, Properties properties) throws Exception {
        Main main = new Main();
        main.configure().withRoutesIncludePattern("file:" + routes);
        main.setInitialProperties(properties);
        main.addOverrideProperty("reviews.source", "direct:reviews");
        main.addOverrideProperty("reviews.sink", "mock:classified");
        main.addOverrideProperty("camel.beans.budgetDb.url", POSTGRES.jdbcUrl());
        main.addOverrideProperty("camel.component.groq-responses.api-key", KEY);
        main.addOverrideProperty("camel.component.groq-responses.base-url", GROQ.baseUrl());
        main.start();
        return main;
    }

    @Test
    void twoInstancesOfTheGuidesRouteShareOneBudgetThroughPostgresql(@TempDir Path dir) throws Exception {
        // 2,000 tokens refilled per 2 s: 60 calls of about 45 tokens need pacing, and each instance alone would
        // believe the whole bucket is its own
        GROQ.emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(10_000).tokensPerMinute(2_000)
                .minute(Duration.ofSeconds(2)));
        Path routes = Files.writeString(dir.resolve("classify.camel.yaml"), block("yaml", "scaling.md"));
        Properties properties = new Properties();
        properties.load(new StringReader(block("properties", "scaling.md")));
        assertThat(properties).containsEntry("camel.component.groq-responses.rate-limit-data-source", "#budgetDb");

        Main one = instance(routes, properties);
        Main two = instance(routes, properties);
        try {
            List<CompletableFuture<Exchange>> sends = new ArrayList<>();
            for (Main main : List.of(one, two)) {
                ProducerTemplate template = main.getCamelContext().createProducerTemplate();
                for (int i = 0; i < 30; i++) {
                    String review = "review " + i + ": the battery lasts two days";
                    sends.add(template.asyncSend("direct:reviews", x -> x.getIn().setBody(review)));
                }
            }
            List<Exchange> results = sends.stream().map(CompletableFuture::join).toList();
            assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
            for (Main main : List.of(one, two)) {
                MockEndpoint classified = main.getCamelContext().getEndpoint("mock:classified", MockEndpoint.class);
                assertThat(classified.getReceivedCounter()).isEqualTo(30);
            }
            assertThat(GROQ.emulator().answeredWith(200)).isEqualTo(60);
            // as in SharedBudgetTest: a request or two larger than its reservation, never each instance's whole bucket
            assertThat(GROQ.emulator().answeredWith(429)).as("429s with the budget shared as the guide says")
                    .isLessThanOrEqualTo(2);
            assertThat(results).anySatisfy(e -> assertThat(
                    e.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_WAIT, Long.class)).isPositive());
            assertThat(GROQ.emulator().requests()).allSatisfy(r -> {
                assertThat(r.model()).isEqualTo("llama-3.1-8b-instant");
                assertThat(r.header("Authorization")).isEqualTo("Bearer " + KEY);
            });
        } finally {
            one.stop();
            two.stop();
        }
        try (Connection c = POSTGRES.dataSource().getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery("SELECT id FROM " + PostgresBudgetStore.TABLE + " ORDER BY id")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            // the requests-per-minute cap of the guide is shared too
            assertThat(ids).hasSize(2).allSatisfy(id -> assertThat(id).startsWith("groq:")
                    .contains(":llama-3.1-8b-instant:").doesNotContain(KEY));
        }
    }
}
