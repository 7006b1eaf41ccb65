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
 * The budget of one (API key, model) pair, modelled as Groq's continuously refilling token buckets:
 * <ul>
 * <li>tokens per minute from {@code x-ratelimit-*-tokens}: the limit is the capacity, and remaining and reset (the
 * time until the bucket is full) give the refill rate, so the length of Groq's minute is learned, not assumed;</li>
 * <li>requests per minute, which Groq shows only in a 429 of type {@code requests} ({@code Limit N}), or the
 * {@code requestsPerMinute} cap;</li>
 * <li>requests per day from {@code x-ratelimit-*-requests}.</li>
 * </ul>
 * Without a shared store this process paces at its {@link AimdShare share} of the refill rate and keeps a window on
 * what it has in flight ({@link CongestionControl}), so that instances that do not know of each other converge on the
 * budget together; the request limits are kept apart ({@link RequestLimits}). With a {@link SharedBudget} the buckets
 * live in the store and every instance draws on them. Requests that do not fit wait in FIFO order; nothing blocks a thread.
 * <p>
 * Hostile or broken headers cannot lock the bucket: values that are missing, negative or not numbers are ignored, and
 * no wait derived from headers outlasts {@link #MAX_HEADER_WAIT} after the last answer: then one request asks Groq
 * again. Before the first answer only one request is let through (a probe).
 */
public final class RateLimitBucket {

    /** After this long without an answer, a bucket that headers keep closed lets one request ask Groq again. */
    public static final long MAX_HEADER_WAIT = 60_000;

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitBucket.class);
    private static final long MINUTE = 60_000;
    private static final long MIN_PERIOD = 100;
    /** Groq's token limits are per minute: a bucket said to take longer than this to fill is not believed. */
    private static final long MAX_PERIOD = 2 * MINUTE;
    private static final long NEVER = Long.MAX_VALUE;

    private final String name;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final int maxPending;
    private final SharedBudget shared;

    private final Deque<Waiter> queue = new ArrayDeque<>();
    private final CongestionControl congestion = new CongestionControl();
    private RefillingBudget tokensSeen;
    private RefillingBudget tokensPaced;
    private final RequestLimits requests;
    private long minuteMillis = MINUTE;
    private boolean minuteLearned;
    /** Answers whose bucket was short of full, pooled until they show enough of it to time the minute. */
    private double pooledResetMillis;
    private double pooledDeficit;
    private long pooledLimit;
    private long blockedUntil;
    private long sharedReadyAt;
    private boolean headerless;
    private boolean seenAnswer;
    private boolean probing;
    private boolean storeBusy;
    private boolean storeFailureLogged;
    private long sentSequence;
    private long sentTokens;
    private long appliedSequence = -1;
    private long inFlight;
    private long inFlightTokens;
    private long lastAnswerAt;
    private long lastUsed;
    private final ReservationEstimate estimate = new ReservationEstimate();
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
        this.lastAnswerAt = now;
        this.lastUsed = now;
        this.requests = new RequestLimits(requestsPerMinute, MINUTE, now);
        if (tokensPerMinute != null) {
            tokensSeen = new RefillingBudget(tokensPerMinute, MINUTE, now);
            tokensPaced = new RefillingBudget(tokensPerMinute, MINUTE, now);
        }
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
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            long now = clock.getAsLong();
            lastAnswerAt = now;
            lastUsed = now;
            seenAnswer = true;
            probing = false;
            settle(permit);
            if (status == 429) {
                rateLimitedAnswers++;
                onRateLimited(permit, headers, errorMessage, now);
            } else {
                congestion.onSuccess();
            }
            estimate.onUsage(outputTokens, totalTokens, permit.tokens());
            boolean learned = headers != null && permit.sequence() > appliedSequence && learn(permit, headers, now);
            if (totalTokens != null && totalTokens >= 0) {
                // Groq's header already counts this answer's real size locally; the shared store needs it returned
                giveBack(permit.tokens() - totalTokens, !learned);
            }
            if (!learned && status != 429 && headers != null && !headers.present() && !informed()) {
                headerless = true;
            }
            reshapePaces(now);
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: answer {} to #{} (sent {}), headers {} -> tokens {} / {} of {} per {} ms, share {},"
                          + " {} in flight, {} queued", name, status, permit.sequence(), sentSequence, headers,
                        tokensSeen == null ? null : (long) tokensSeen.level(),
                        tokensPaced == null ? null : (long) tokensPaced.level(),
                        tokensSeen == null ? null : (long) tokensSeen.capacity(), minuteMillis, share(),
                        inFlight, queue.size());
            }
            drain(completions);
        }
        completions.forEach(Runnable::run);
    }

    /** The attempt got no answer (transport failure): let the next request probe. */
    public void onNoAnswer(Permit permit) {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            probing = false;
            settle(permit);
            drain(completions);
        }
        completions.forEach(Runnable::run);
    }

    /**
     * Reads Groq's counters; returns whether any was usable. A group of headers that is incomplete or inconsistent
     * (remaining above the limit, a reset longer than such a limit can last) is ignored as a whole.
     */
    private boolean learn(Permit permit, RateLimitHeaders headers, long now) {
        boolean learned = false;
        Long limit = positive(headers.limitTokens());
        Long remaining = notNegative(headers.remainingTokens());
        Long reset = notNegative(headers.resetTokensMillis());
        if (limit != null && remaining != null && reset != null && remaining <= limit && reset <= MAX_PERIOD
            && (remaining == (long) limit || reset > 0)) {
            if (pooledLimit != limit) {
                pooledLimit = limit;
                pooledResetMillis = 0;
                pooledDeficit = 0;
            }
            if (remaining < limit) {
                pooledResetMillis += reset;
                pooledDeficit += limit - remaining;
            }
            // a bucket kept nearly full (paced below the refill rate) shows little of itself in one answer: answers
            // are pooled until they show a hundredth of it, so that the minute is learned however slowly it is spent
            if (pooledDeficit >= Math.max(1, limit / 100)) {
                // the time until full, scaled to the whole capacity: how long Groq's minute is
                double period = Math.max(MIN_PERIOD, pooledResetMillis * limit / pooledDeficit);
                minuteMillis = Math.min(MAX_PERIOD,
                        minuteLearned ? (long) ((3.0 * minuteMillis + period) / 4) : (long) period);
                minuteLearned = true;
                pooledResetMillis = 0;
                pooledDeficit = 0;
            }
            boolean known = tokensSeen != null;
            if (!known) {
                tokensSeen = new RefillingBudget(limit, minuteMillis, now);
                tokensPaced = new RefillingBudget(limit, minuteMillis, now);
            }
            tokensSeen.reshape(limit, minuteMillis);
            long sentUpTo = permit.tokensSentBefore() + permit.tokens();
            long left = remaining - uncounted(sentTokens - sentUpTo);
            tokensSeen.advance(now);
            // what others took since the previous header: the server has less than this process alone explains.
            // Groq counted when the request arrived; the estimate has refilled since it was sent.
            double refillSinceSent = (now - permit.sentAt()) * tokensSeen.capacity() / minuteMillis;
            double othersTook = tokensSeen.level() - refillSinceSent - left;
            if (known && shared == null) {
                congestion.onCounters(othersTook, sentUpTo, limit, permit.sequence(), sentSequence, inFlightTokens);
            } else {
                congestion.markSent(sentUpTo);
            }
            // others' requests in flight are not in Groq's count yet either
            long usable = shared == null ? left - congestion.othersInFlight(inFlightTokens, limit) : left;
            tokensSeen.set(usable);
            tokensPaced.advance(now);
            // this process takes its share of what Groq says is left
            tokensPaced.set(share() * usable);
            if (shared != null) {
                shared.lowerTo(remaining + (long) refillSinceSent, tokenShape())
                        .whenComplete((ok, failure) -> storeFailed(failure));
                followShared();
            }
            learned = true;
        }
        if (requests.learnDay(headers.remainingRequests(), headers.limitRequests(),
                sentSequence - permit.sequence())) {
            learned = true;
        }
        if (learned) {
            appliedSequence = permit.sequence();
            headerless = false;
        }
        return learned;
    }

    /**
     * The tokens a header may not count yet, given {@code sentAfter} tokens sent after the answered request. Requests
     * do not reach Groq in the order they were sent (a new connection takes longer than a pooled one), so an earlier
     * request still unanswered may arrive after the answered one: every request in flight is taken as not counted.
     * That errs on the safe side (a request counted already is subtracted twice until the next header).
     */
    private long uncounted(long sentAfter) {
        return Math.max(sentAfter, inFlightTokens);
    }

    private double share() {
        return shared != null ? 1 : congestion.share();
    }

    /** A 429: the share shrinks, the RPM may become known, and Groq's delay is respected (within bounds). */
    private void onRateLimited(Permit permit, RateLimitHeaders headers, String errorMessage, long now) {
        RateLimitMessage message = RateLimitMessage.parse(errorMessage);
        boolean learnsLimit = message != null && message.isRequestsPerMinute() && requests.perMinute() == null;
        if (shared == null && learnsLimit) {
            congestion.onLimitLearned(sentSequence);
        } else if (shared == null) {
            congestion.onRateLimited(permit.sequence(), sentSequence, inFlightTokens);
        }
        if (message != null && message.isRequestsPerMinute()) {
            requests.onRequestsPerMinute(message, minuteMillis, minuteLearned, MAX_PERIOD, now);
        }
        Long wait = message != null && message.retryMillis() != null ? message.retryMillis()
                : headers == null ? null : notNegative(headers.retryAfterMillis());
        if (wait != null) {
            blockedUntil = Math.max(blockedUntil, now + Math.min(wait, MAX_HEADER_WAIT));
        }
    }

    private void reshapePaces(long now) {
        double s = share();
        if (tokensPaced != null) {
            tokensPaced.advance(now);
            tokensPaced.reshape(s * tokensSeen.capacity(), minuteMillis);
        }
        requests.reshape(s, minuteMillis, minuteLearned, now);
    }

    private void giveBack(long tokens, boolean locally) {
        if (tokens <= 0) {
            return;
        }
        if (tokensSeen != null) {
            if (locally) {
                tokensSeen.give(tokens);
                tokensPaced.give(tokens);
            }
            if (shared != null) {
                shared.give(tokens, tokenShape()).whenComplete((ok, failure) -> storeFailed(failure));
            }
        }
    }

    private boolean informed() {
        return tokensSeen != null || requests.known();
    }

    /** When a request of {@code tokens} may go: {@code now} or later, or {@link #NEVER} (an answer will tell). */
    private long readyAt(long tokens, long now) {
        if (probeMode()) {
            // nothing known yet: one request asks, the others wait for its answer
            return probing || inFlight > 0 ? NEVER : now;
        }
        long at = Math.max(now, blockedUntil);
        if (requests.dayUsedUp() && inFlight > 0) {
            return NEVER;
        }
        if (storeDecides()) {
            at = Math.max(at, sharedReadyAt);
        } else {
            if (tokensSeen != null && !congestion.admits(inFlightTokens, tokens, tokensSeen.capacity())) {
                return NEVER;
            }
            at = Math.max(at, now + requests.millisUntilNext(now));
            for (RefillingBudget budget : new RefillingBudget[] {tokensSeen, tokensPaced}) {
                if (budget != null) {
                    budget.advance(now);
                    at = Math.max(at, now + budget.millisUntil(tokens));
                }
            }
        }
        long stale = lastAnswerAt + MAX_HEADER_WAIT;
        if (at > stale) {
            // what the headers said is too old to keep the bucket closed: one request asks Groq again
            return inFlight == 0 ? Math.max(now, stale) : NEVER;
        }
        return at;
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
            long tokens = estimate.tokens(head.inputTokens(), head.outputCap(), head.outputFallback());
            long at = readyAt(tokens, now);
            if (at <= now) {
                if (storeDecides()) {
                    takeShared(head, tokens);
                    return;
                }
                queue.pollFirst();
                Permit permit = admit(head, tokens, now);
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
        shared.tryTake(tokens, tokenShape(), requestShape()).whenComplete((wait, failure) -> {
            List<Runnable> completions = new ArrayList<>();
            synchronized (this) {
                storeBusy = false;
                long now = clock.getAsLong();
                storeFailed(failure);
                if ((failure != null || wait == 0) && queue.peekFirst() == head) {
                    // a failing store must not stop the pipeline: the local estimate decides meanwhile
                    queue.pollFirst();
                    Permit permit = admit(head, tokens, now);
                    completions.add(() -> deliver(head, permit));
                } else if (failure == null) {
                    sharedReadyAt = now + wait;
                }
                drain(completions);
            }
            completions.forEach(Runnable::run);
        });
    }

    /**
     * Whether the shared store decides admissions: once the bucket's size is known, unless the store failed or was
     * slow a moment ago (then the local estimate decides, as when it is down).
     */
    private boolean storeDecides() {
        return shared != null && tokensSeen != null && shared.available();
    }

    private void storeFailed(Throwable failure) {
        if (failure != null && !storeFailureLogged) {
            storeFailureLogged = true;
            LOG.warn("{}: the shared rate-limit store failed ({}); admitting on the local estimate meanwhile", name,
                    failure.toString());
        }
    }

    private SharedBudget.Shape tokenShape() {
        return new SharedBudget.Shape((long) tokensSeen.capacity(), minuteMillis, (long) tokensSeen.level());
    }

    /** The shared requests-per-minute bucket's shape, once the RPM is known (else null). */
    private SharedBudget.Shape requestShape() {
        Long rpm = requests.perMinute();
        return rpm == null ? null : new SharedBudget.Shape(rpm, requests.period(minuteMillis, minuteLearned), rpm);
    }

    /**
     * Puts what the headers taught (the length of Groq's minute, the limits) into the shared buckets, which were
     * created with what was known then (perhaps a 60 s guess): the whole fleet paces at the learned rate. A guess is
     * never put: before the minute is learned the store keeps what it has.
     */
    private void followShared() {
        if (!minuteLearned) {
            return;
        }
        shared.follow(SharedBudget.TOKENS, tokenShape()).whenComplete((ok, failure) -> storeFailed(failure));
        SharedBudget.Shape requestShape = requestShape();
        if (requestShape != null) {
            shared.follow(SharedBudget.REQUESTS, requestShape).whenComplete((ok, failure) -> storeFailed(failure));
        }
    }

    private void settle(Permit permit) {
        inFlight = Math.max(0, inFlight - 1);
        inFlightTokens = Math.max(0, inFlightTokens - permit.tokens());
        congestion.onSettled(permit.tokens());
    }

    /**
     * Whether only a probe may go: before the first answer (unless a tokensPerMinute cap says what the bucket
     * holds), and while answers carried no usable counters yet.
     */
    private boolean probeMode() {
        return (!seenAnswer && tokensSeen == null) || (!informed() && !headerless);
    }

    private Permit admit(Waiter waiter, long tokens, long now) {
        if (probeMode()) {
            probing = true;
        }
        requests.take();
        if (tokensSeen != null) {
            tokensSeen.take(tokens);
            tokensPaced.take(tokens);
        }
        long waited = now - waiter.since();
        admitted++;
        if (waited > 0) {
            delayed++;
            waitedMillis += waited;
        }
        Permit permit = new Permit(this, ++sentSequence, tokens, sentTokens, waited, now);
        sentTokens += tokens;
        inFlight++;
        inFlightTokens += tokens;
        return permit;
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

    private static Long positive(Long value) {
        return value == null || value <= 0 ? null : value;
    }

    private static Long notNegative(Long value) {
        return value == null || value < 0 ? null : value;
    }

    /** Whether nothing waits or is in flight and the bucket was not used for {@code idleMillis}. */
    synchronized boolean isIdle(long now, long idleMillis) {
        return queue.isEmpty() && inFlight == 0 && !storeBusy && now - lastUsed >= idleMillis;
    }

    synchronized long lastUsed() {
        return lastUsed;
    }

    public String name() {
        return name;
    }

    /** A snapshot for JMX and exchange headers. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(name, requests.dayRemaining(),
                tokensSeen == null ? null : (long) Math.floor(tokensSeen.level()),
                requests.perMinute(), tokensSeen == null ? null : (long) tokensSeen.capacity(), minuteMillis,
                share(), queue.size(), admitted, delayed, waitedMillis, rateLimitedAnswers,
                rejected);
    }

    /**
     * The bucket's state at one moment: requests left today, tokens left this minute (estimate), the RPM and TPM
     * limits when known, the learned length of Groq's minute, this process's share of the budget.
     */
    public record Snapshot(String name, Long remainingRequests, Long remainingTokens, Long requestsPerMinute,
                           Long tokensPerMinute, long minuteMillis, double share, int queued, long admitted,
                           long delayed, long waitedMillis, long rateLimitedAnswers, long rejected) {
    }
}
