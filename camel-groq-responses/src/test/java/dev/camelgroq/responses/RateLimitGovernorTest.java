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

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.camelgroq.responses.ratelimit.GroqRateLimitQueueFullException;
import dev.camelgroq.responses.ratelimit.RateLimitBucket;
import dev.camelgroq.responses.test.RateLimits;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The governor keeps a burst within the emulator's limits, shares one budget, and pushes back when its queue fills. */
class RateLimitGovernorTest extends EmulatorTestSupport {

    private static final java.util.concurrent.atomic.AtomicInteger KEYS = new java.util.concurrent.atomic.AtomicInteger();

    /** Each burst uses its own API key, so it starts with a fresh budget like a new organization would. */
    private static List<Exchange> burst(String options, int count) {
        String uri = uri(options).replace(KEY, KEY + "-burst-" + KEYS.incrementAndGet());
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String body = "item " + i;
            futures.add(template.asyncSend(uri, x -> x.getIn().setBody(body)));
        }
        return futures.stream().map(CompletableFuture::join).toList();
    }

    /** A component of its own with these static caps, registered under {@code scheme}. */
    private static String component(String scheme, Integer requestsPerMinute, int maxPending) {
        GroqResponsesComponent component = new GroqResponsesComponent();
        component.setRequestsPerMinute(requestsPerMinute);
        component.setMaxPendingRequests(maxPending);
        context.addComponent(scheme, component);
        return scheme + ":queue?model=openai/gpt-oss-20b&apiKey=k&baseUrl=" + GROQ.baseUrl();
    }

    @Test
    void burstStaysWithinTheConfiguredRequestsPerMinute() {
        // Groq's RPM is visible only as a 429: the requestsPerMinute cap paces from the start. A minute lasts 1 s
        // here; the governor learns that from the token headers of the first answer.
        emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(15).tokensPerMinute(3_000)
                .minute(Duration.ofSeconds(1)));
        String uri = component("groq-rpm", 15, 10_000) + "&maxRetries=5&retryInitialDelay=50";
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 45; i++) {
            String body = "item " + i;
            futures.add(template.asyncSend(uri, x -> x.getIn().setBody(body)));
        }
        List<Exchange> results = futures.stream().map(CompletableFuture::join).toList();
        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(emulator().answeredWith(200)).isEqualTo(45);
        assertThat(emulator().answeredWith(429)).as("429s with the governor").isLessThanOrEqualTo(1);
        assertThat(results).anySatisfy(e -> assertThat(
                e.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_WAIT, Long.class)).isPositive());
    }

    @Test
    void requestsPerMinuteIsLearnedFromTheFirstRequests429() throws Exception {
        emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(5).tokensPerMinute(1_000_000)
                .minute(Duration.ofSeconds(1)));
        List<Exchange> results = burst("maxRetries=10&retryInitialDelay=50", 30);
        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        RateLimitBucket.Snapshot learned = ((GroqResponsesComponent) context.getComponent("groq-responses"))
                .getGovernor().snapshots().stream().filter(b -> Long.valueOf(5).equals(b.requestsPerMinute()))
                .findFirst().orElseThrow(() -> new AssertionError("RPM 5 not learned"));
        // once learned, the 429s stop: at most the first burst's worth hit the limit
        assertThat(learned.rateLimitedAnswers()).isLessThan(30);
        assertThat(emulator().answeredWith(200)).isEqualTo(30);
    }

    @Test
    void withoutTheGovernorTheSameBurstRunsIntoTheLimit() {
        // the bucket holds 15 and refills one request per 2 s: most of the 45 are refused
        emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(15).tokensPerMinute(1_000_000)
                .minute(Duration.ofSeconds(30)));
        List<Exchange> results = burst("rateLimiter=off&maxRetries=0", 45);
        assertThat(emulator().answeredWith(429)).isGreaterThanOrEqualTo(20);
        assertThat(results).filteredOn(e -> e.getException() != null).isNotEmpty();
    }

    @Test
    void tokenBudgetIsRespected() {
        // 1,000 tokens per second, 30 calls of about 60 tokens: the governor must pace
        emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(1000).tokensPerMinute(1_000)
                .minute(Duration.ofSeconds(1)));
        List<Exchange> results = burst("maxRetries=5&retryInitialDelay=50&maxOutputTokens=50", 30);
        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        // without pacing about 15 of the 30 are refused; with it 0 or 1 in the runs seen (estimates may miss by a few tokens)
        assertThat(emulator().answeredWith(429)).isLessThanOrEqualTo(2);
        assertThat(results).anySatisfy(e -> assertThat(
                e.getMessage().getHeader(GroqResponsesConstants.RATE_LIMIT_WAIT, Long.class)).isPositive());
    }

    @Test
    void cachedPrefixTokensGivenBackLetAnEtlStepRunOnABudgetItsWholeInputsWouldExhaust() throws Exception {
        // 5,000 tokens per minute, a minute of 60 s: whole inputs of about 1,000 tokens would let 5 calls go and then
        // one every 12 s; Groq gives the cached prefix back after processing, so about 50 tokens stay spent per call
        emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(10_000).tokensPerMinute(5_000)
                .minute(Duration.ofSeconds(60))).promptCaching(Duration.ofHours(2), "openai/gpt-oss-20b");
        String instructions = "Classify the product review that follows as positive, negative or neutral. ".repeat(53);
        String uri = uri("maxRetries=0&maxOutputTokens=50").replace(KEY, KEY + "-cache");
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String body = "review " + i;
            futures.add(template.asyncSend(uri, x -> {
                x.getIn().setHeader(GroqResponsesConstants.INSTRUCTIONS, instructions);
                x.getIn().setBody(body);
            }));
        }
        List<Exchange> results = futures.stream().map(CompletableFuture::join).toList();
        assertThat(results).allSatisfy(e -> assertThat(e.getException()).isNull());
        assertThat(emulator().answeredWith(200)).isEqualTo(20);
        assertThat(emulator().answeredWith(429)).isZero();
        long cached = results.stream()
                .mapToLong(e -> e.getMessage().getHeader(GroqResponsesConstants.CACHED_TOKENS, 0L, Long.class)).sum();
        assertThat(cached).as("every call after the first reuses the prefix").isGreaterThan(19 * 900L);
        RateLimitBucket.Snapshot bucket = ((GroqResponsesComponent) context.getComponent("groq-responses"))
                .getGovernor().snapshots().stream().filter(b -> b.cachedTokensGivenBack() > 0).findFirst()
                .orElseThrow(() -> new AssertionError("no cached tokens given back"));
        assertThat(bucket.cachedTokensGivenBack()).isEqualTo(cached);
        assertThat(bucket.cachedShare()).isGreaterThan(0.8);
    }

    @Test
    void fullQueueRejectsWithBackpressure() throws Exception {
        emulator().rateLimits(RateLimits.tokenBuckets().requestsPerMinute(2).tokensPerMinute(1_000)
                .minute(Duration.ofSeconds(1)));
        String uri = component("groq-small", 2, 5) + "&maxRetries=0";
        GroqResponsesComponent small = (GroqResponsesComponent) context.getComponent("groq-small");
        template.sendBody(uri, "probe");
        List<CompletableFuture<Exchange>> futures = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            futures.add(template.asyncSend(uri, x -> x.getIn().setBody("burst")));
        }
        List<Exchange> results = futures.stream().map(CompletableFuture::join).toList();
        long rejected = results.stream()
                .filter(e -> e.getException() instanceof GroqRateLimitQueueFullException).count();
        long succeeded = results.stream().filter(e -> e.getException() == null).count();
        assertThat(rejected).isGreaterThanOrEqualTo(10);
        assertThat(rejected + succeeded).isEqualTo(20);
        assertThat(results.stream().filter(e -> e.getException() instanceof GroqRateLimitQueueFullException)
                .findFirst().orElseThrow().getException().getMessage()).contains("maxPendingRequests=5");
        RateLimitBucket.Snapshot snapshot = small.getGovernor().snapshots().get(0);
        assertThat(snapshot.rejected()).isEqualTo(rejected);
        assertThat(snapshot.name()).doesNotContain("k/").contains("openai/gpt-oss-20b");
        assertThat(small.getGovernor().getAdmitted()).isEqualTo(succeeded + 1);

        javax.management.MBeanServer jmx = java.lang.management.ManagementFactory.getPlatformMBeanServer();
        java.util.Set<javax.management.ObjectName> names = jmx.queryNames(
                new javax.management.ObjectName("org.apache.camel:*"), null);
        javax.management.ObjectName governor = names.stream()
                .filter(n -> jmx.isRegistered(n) && n.toString().contains("RateLimitGovernor-"
                                                                            + System.identityHashCode(small)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no governor MBean among " + names));
        assertThat(((Number) jmx.getAttribute(governor, "Rejected")).longValue()).isGreaterThanOrEqualTo(rejected);
        assertThat(jmx.invoke(governor, "describe", null, null).toString()).contains("openai/gpt-oss-20b")
                .doesNotContain("apiKey");
    }
}
