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

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

import dev.camelgroq.responses.GroqResponsesException;
import dev.camelgroq.responses.response.RateLimitHeaders;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The queue of one (API key, model) pair in front of its budget ({@link RateLimitBudget}, which knows when a request
 * may go and learns from the answers): requests that do not fit wait in FIFO order, bounded in number
 * ({@code maxPendingRequests}) and in time (their {@code maxWait}); a wake-up is scheduled for the moment the budget
 * names, and nothing blocks a thread. With a {@link SharedBudget} the head of the queue asks the store for its budget,
 * one question at a time; a failing store does not stop the queue (the local estimate decides meanwhile).
 */
public final class RateLimitBucket {

    /** After this long without an answer, a bucket that headers keep closed lets one request ask Groq again. */
    public static final long MAX_HEADER_WAIT = RateLimitBudget.MAX_HEADER_WAIT;

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitBucket.class);
    private static final long NEVER = RateLimitBudget.NEVER;

    private final String name;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final int maxPending;
    private final SharedBudget shared;
    private final RateLimitBudget budget;

    private final Deque<Waiter> queue = new ArrayDeque<>();
    private boolean storeBusy;
    private boolean storeFailureLogged;
    private long lastUsed;
    private ScheduledFuture<?> wakeUp;
    private long wakeUpAt = NEVER;

    private long admitted;
    private long delayed;
    private long waitedMillis;
    private long rateLimitedAnswers;
    private long rejected;

    /** A request waiting for budget; its output tokens are estimated when it is admitted, with what is known then. */
    private record Waiter(CompletableFuture<Permit> future, long inputTokens, Long outputCap, long outputFallback,
                          long since, long maxWait, String maxWaitOption) {
    }

    RateLimitBucket(String name, ScheduledExecutorService scheduler, LongSupplier clock, Long requestsPerMinute,
                    Long tokensPerMinute, int maxPending, SharedBudget shared) {
        this.name = name;
        this.scheduler = scheduler;
        this.clock = clock;
        this.maxPending = maxPending;
        this.shared = shared;
        long now = clock.getAsLong();
        this.lastUsed = now;
        this.budget = new RateLimitBudget(requestsPerMinute, tokensPerMinute, now,
                shared == null ? null : new StoreWrites());
    }

    /**
     * Admits a request now, or later when the budget has room; fails when the queue is full or the budget stays used
     * up for longer than {@code maxWaitMillis}. The request reserves its input tokens plus the output tokens the model
     * typically produces ({@code outputCap} bounds them; {@code outputFallback} stands in until an answer was seen).
     */
    public CompletableFuture<Permit> acquire(long inputTokens, Long outputCap, long outputFallback, long maxWaitMillis) {
        return acquire(inputTokens, outputCap, outputFallback, maxWaitMillis, "maxWait=" + maxWaitMillis + " ms");
    }

    /**
     * Like {@link #acquire(long, Long, long, long)}; {@code maxWaitOption} names the option that bounds the wait, for
     * the message of a refusal. The wait is bounded in all: a request refused when, at the head of the queue, the
     * time it waited plus the time until the budget has room exceeds {@code maxWaitMillis}.
     */
    public CompletableFuture<Permit> acquire(long inputTokens, Long outputCap, long outputFallback, long maxWaitMillis,
                                             String maxWaitOption) {
        CompletableFuture<Permit> future = new CompletableFuture<>();
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            lastUsed = clock.getAsLong();
            if (queue.size() >= maxPending) {
                rejected++;
                future.completeExceptionally(new GroqRateLimitQueueFullException("The rate-limit queue of " + name
                        + " is full (maxPendingRequests=" + maxPending + "): slow the producer down, for example with"
                        + " fewer concurrent consumers, or raise maxPendingRequests"));
                return future;
            }
            queue.addLast(new Waiter(future, inputTokens, outputCap, outputFallback, lastUsed, maxWaitMillis,
                    maxWaitOption));
            drain(completions);
        }
        completions.forEach(Runnable::run);
        return future;
    }

    /**
     * Learns from an answer (any status) to the request admitted with {@code permit}; {@code outputTokens} and
     * {@code totalTokens} are the answer's usage, when it has one; {@code errorMessage} Groq's error message, if any.
     */
    public void onAnswer(Permit permit, RateLimitHeaders headers, int status, Long outputTokens, Long totalTokens,
                         String errorMessage) {
        onAnswer(permit, headers, status, outputTokens, totalTokens, null, null, errorMessage);
    }

    /**
     * Like {@link #onAnswer(Permit, RateLimitHeaders, int, Long, Long, String)} with the answer's input tokens and
     * the part of them served from Groq's prompt cache ({@code usage.input_tokens_details.cached_tokens}), which is
     * given back to the budget as Groq gives it back once the request was processed.
     */
    public void onAnswer(Permit permit, RateLimitHeaders headers, int status, Long outputTokens, Long totalTokens,
                         Long inputTokens, Long cachedTokens, String errorMessage) {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            long now = clock.getAsLong();
            lastUsed = now;
            if (status == 429) {
                rateLimitedAnswers++;
            }
            budget.onAnswer(permit, headers, status, outputTokens, totalTokens, inputTokens, cachedTokens,
                    errorMessage, now);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: answer {} to #{}, headers {} -> {}, {} queued", name, status, permit.sequence(),
                        headers, budget, queue.size());
            }
            drain(completions);
        }
        completions.forEach(Runnable::run);
    }

    /** The attempt got no answer (transport failure): let the next request probe. */
    public void onNoAnswer(Permit permit) {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            budget.onNoAnswer(permit);
            drain(completions);
        }
        completions.forEach(Runnable::run);
    }

    private void drain(List<Runnable> completions) {
        long now = clock.getAsLong();
        while (!queue.isEmpty()) {
            Waiter head = queue.peekFirst();
            if (head.future().isDone()) {
                // withdrawn by its caller (cancelled on stop)
                queue.pollFirst();
                continue;
            }
            long tokens = budget.tokens(head.inputTokens(), head.outputCap(), head.outputFallback());
            long at = budget.readyAt(tokens, now);
            if (at <= now) {
                if (budget.storeDecides()) {
                    takeShared(head, tokens);
                    return;
                }
                queue.pollFirst();
                Permit permit = admit(head, tokens, now, -1);
                completions.add(() -> deliver(head, permit));
                continue;
            }
            if (at != NEVER && at - head.since() > head.maxWait()) {
                queue.pollFirst();
                rejected++;
                GroqResponsesException.Details d = new GroqResponsesException.Details().status(429)
                        .type("rate_limit_budget").retryable(true).retryAfterMillis(at - now);
                String message = "The rate-limit budget of " + name + " is used up for " + (at - now)
                                 + " ms more; this request has waited " + (now - head.since()) + " ms for it and may"
                                 + " wait " + head.maxWait() + " ms in all (" + head.maxWaitOption() + ")";
                completions.add(() -> head.future().completeExceptionally(
                        new GroqResponsesException(message, null, d.message(message))));
                continue;
            }
            if (at != NEVER) {
                scheduleWakeUp(at, now);
            }
            break;
        }
    }

    /** Asks the shared store for the head's budget; one question at a time per bucket. */
    private void takeShared(Waiter head, long tokens) {
        if (storeBusy) {
            return;
        }
        storeBusy = true;
        SharedBudget.Shape requests = budget.requestShape();
        boolean explicit = budget.requestsExplicit();
        long givesAtAsk = budget.storeGives();
        shared.tryTake(tokens, budget.tokenShape(), requests, explicit).whenComplete((take, failure) -> {
            List<Runnable> completions = new ArrayList<>();
            synchronized (this) {
                storeBusy = false;
                long now = clock.getAsLong();
                storeFailed(failure);
                long wait = failure == null ? take.waitMillis() : 0;
                if (failure == null && take.requests() != null) {
                    // another instance learned the RPM from Groq's 429: paced by it here too, without a 429 of its own
                    budget.adoptRequests(take.requests(), now);
                }
                if ((failure != null || wait == 0) && queue.peekFirst() == head) {
                    // a failing store must not stop the pipeline: the local estimate decides meanwhile
                    queue.pollFirst();
                    Permit permit = admit(head, tokens, now, failure == null ? take.mark() : -1);
                    completions.add(() -> deliver(head, permit));
                } else if (failure == null) {
                    budget.storeAnswered(wait, givesAtAsk, now);
                }
                drain(completions);
            }
            completions.forEach(Runnable::run);
        });
    }

    private void storeFailed(Throwable failure) {
        if (failure != null && !storeFailureLogged) {
            storeFailureLogged = true;
            LOG.warn("{}: the shared rate-limit store failed ({}); admitting on the local estimate meanwhile", name,
                    failure.toString());
        }
    }

    /** The budget's writes to the shared store, run by the store's lane; a failure is logged once. */
    private final class StoreWrites implements StoreSync.Store {

        @Override
        public boolean available() {
            return shared.available();
        }

        @Override
        public void lowerTo(long remaining, long counted, long storeMark, SharedBudget.Shape tokens) {
            shared.lowerTo(remaining, counted, storeMark, tokens).whenComplete((ok, failure) -> storeFailed(failure));
        }

        @Override
        public void give(long tokens, SharedBudget.Shape tokenShape) {
            shared.give(tokens, tokenShape).whenComplete((ok, failure) -> storeFailed(failure));
        }

        @Override
        public void follow(String suffix, SharedBudget.Shape shape) {
            shared.follow(suffix, shape).whenComplete((ok, failure) -> storeFailed(failure));
        }

        @Override
        public void limitLearned(SharedBudget.Shape requests) {
            shared.limitLearned(requests).whenComplete((ok, failure) -> storeFailed(failure));
        }
    }

    /** Admits {@code waiter}; {@code storeMark} the shared store's {@link SharedBudget.Take#mark()}, or -1. */
    private Permit admit(Waiter waiter, long tokens, long now, long storeMark) {
        long waited = now - waiter.since();
        admitted++;
        if (waited > 0) {
            delayed++;
            waitedMillis += waited;
        }
        return budget.admit(this, tokens, waited, now, storeMark);
    }

    /** Hands the permit to its waiter; a waiter withdrawn meanwhile gives it back unused. */
    private void deliver(Waiter waiter, Permit permit) {
        if (!waiter.future().complete(permit)) {
            onNoAnswer(permit);
        }
    }

    private void scheduleWakeUp(long at, long now) {
        if (wakeUp != null && !wakeUp.isDone() && wakeUpAt <= at) {
            return;
        }
        if (wakeUp != null) {
            wakeUp.cancel(false);
        }
        wakeUpAt = at;
        wakeUp = scheduler.schedule(this::wake, Math.max(1, at - now), TimeUnit.MILLISECONDS);
    }

    private void wake() {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            wakeUpAt = NEVER;
            drain(completions);
        }
        completions.forEach(Runnable::run);
    }

    /** Whether nothing waits or is in flight and the bucket was not used for {@code idleMillis}. */
    synchronized boolean isIdle(long now, long idleMillis) {
        return queue.isEmpty() && budget.nothingInFlight() && !storeBusy && now - lastUsed >= idleMillis;
    }

    synchronized long lastUsed() {
        return lastUsed;
    }

    public String name() {
        return name;
    }

    /** A snapshot for JMX and exchange headers. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(name, budget.remainingRequests(), budget.remainingTokens(), budget.requestsPerMinute(),
                budget.tokensPerMinute(), budget.minuteMillis(), budget.share(), queue.size(), admitted, delayed,
                waitedMillis, rateLimitedAnswers, rejected, budget.cachedShare(), budget.cachedTokensGivenBack());
    }

    /**
     * The bucket's state at one moment: requests left today, tokens left this minute (estimate), the RPM and TPM
     * limits when known, the learned length of Groq's minute, this process's share of the budget, the learned share of
     * input tokens served from Groq's prompt cache and the cached tokens given back to the budget in all.
     */
    public record Snapshot(String name, Long remainingRequests, Long remainingTokens, Long requestsPerMinute,
                           Long tokensPerMinute, long minuteMillis, double share, int queued, long admitted,
                           long delayed, long waitedMillis, long rateLimitedAnswers, long rejected,
                           double cachedShare, long cachedTokensGivenBack) {
    }
}
