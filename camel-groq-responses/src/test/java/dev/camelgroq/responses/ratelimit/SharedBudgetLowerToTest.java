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
package dev.camelgroq.responses.ratelimit;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@link SharedBudget#lowerTo} against a real PostgreSQL store: what Groq counted when a request arrived drains the
 * shared bucket only when the excess is real, not when cached tokens given back since, or requests reordered on their
 * way, make the store look fuller than Groq.
 */
class SharedBudgetLowerToTest {

    /** 10,000 tokens refilled over a day: what refills while a test runs is below one token. */
    private static final SharedBudget.Shape SHAPE = new SharedBudget.Shape(10_000, 86_400_000, 10_000);

    private static EmbeddedPostgres postgres;
    private static ProxyManager<String> store;
    private static ExecutorService pool;
    private static ScheduledExecutorService scheduler;

    @BeforeAll
    static void start() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        store = PostgresBudgetStore.create(postgres.getPostgresDatabase());
        pool = Executors.newFixedThreadPool(2);
        scheduler = Executors.newSingleThreadScheduledExecutor();
    }

    @AfterAll
    static void stop() throws Exception {
        pool.shutdownNow();
        scheduler.shutdownNow();
        postgres.close();
    }

    private static SharedBudget budget(String key) {
        return new SharedBudget(store, key, pool, scheduler, System::currentTimeMillis);
    }

    private static long stored(String key) {
        return store.builder().build(key + SharedBudget.TOKENS, SHAPE::configuration).getAvailableTokens();
    }

    private static SharedBudget.Take take(SharedBudget budget, long tokens) throws Exception {
        SharedBudget.Take take = budget.tryTake(tokens, SHAPE, null, false).get(10, TimeUnit.SECONDS);
        assertThat(take.waitMillis()).as("taken").isZero();
        return take;
    }

    @Test
    void anExcessThatTwoAnswersInARowShowIsDrainedOneAnswerIsNoProof() throws Exception {
        SharedBudget budget = budget("lower-to-real");
        SharedBudget.Take first = take(budget, 1_000);
        assertThat(first.mark()).as("the store's level after the take").isEqualTo(9_000);
        // 4,000 tokens were spent outside the store: Groq counts 5,000 left where the store holds 9,000
        budget.lowerTo(5_000, 5_000, first.mark(), SHAPE).get(10, TimeUnit.SECONDS);
        assertThat(stored("lower-to-real")).as("one answer is no proof").isEqualTo(9_000);
        SharedBudget.Take second = take(budget, 1_000);
        budget.lowerTo(4_000, 4_000, second.mark(), SHAPE).get(10, TimeUnit.SECONDS);
        assertThat(stored("lower-to-real")).as("the second answer shows the same excess: drained to Groq's count")
                .isEqualTo(4_000);
        SharedBudget.Take third = take(budget, 1_000);
        budget.lowerTo(3_000, 3_000, third.mark(), SHAPE).get(10, TimeUnit.SECONDS);
        assertThat(stored("lower-to-real")).as("nothing is drained twice").isEqualTo(3_000);
    }

    @Test
    void cachedTokensGivenBackAfterARequestWasTakenAreNotDrainedByItsAnswer() throws Exception {
        SharedBudget budget = budget("lower-to-cached");
        SharedBudget.Take earlier = take(budget, 1_000);
        SharedBudget.Take later = take(budget, 1_000);
        // Groq counted the earlier request alone when it arrived, and both when the later one arrived
        budget.lowerTo(9_000, 9_000, earlier.mark(), SHAPE).get(10, TimeUnit.SECONDS);
        // the earlier request's 900 cached tokens come back once it was processed, to Groq and to the store
        budget.give(900, SHAPE).get(10, TimeUnit.SECONDS);
        assertThat(stored("lower-to-cached")).isEqualTo(8_900);
        // the later answer's count (8,000) holds the earlier request's whole input: the store holds no excess
        budget.lowerTo(8_000, 8_000, later.mark(), SHAPE).get(10, TimeUnit.SECONDS);
        assertThat(stored("lower-to-cached")).as("the cached tokens given back stay in the store").isEqualTo(8_900);
    }

    @Test
    void anAnswerLargerThanItsReservationChargesTheStoreTheRest() throws Exception {
        SharedBudget budget = budget("give-negative");
        take(budget, 1_000);
        budget.give(-300, SHAPE).get(10, TimeUnit.SECONDS);
        assertThat(stored("give-negative")).isEqualTo(8_700);
    }
}
