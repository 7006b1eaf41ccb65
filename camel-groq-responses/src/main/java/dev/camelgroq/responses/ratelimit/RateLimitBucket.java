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
 * The budget of one (API key, model) pair as Groq reports it. Every answer's {@code x-ratelimit-*} headers reset the
 * estimate, minus what was sent after that request left; each admission reserves one request and its estimated
 * tokens. Requests that do not fit wait in FIFO order until the budget resets; nothing blocks a thread.
 * <p>
 * Before the first answer only one request is let through (a probe), so a burst at start-up does not run into
 * 429s. Static caps ({@code requestsPerMinute}, {@code tokensPerMinute}) stand in while Groq sends no headers.
 */
public final class RateLimitBucket {

    private static final Logger LOG = LoggerFactory.getLogger(RateLimitBucket.class);

    private static final long MINUTE = 60_000;

    private final String name;
    private final ScheduledExecutorService scheduler;
    private final LongSupplier clock;
    private final Long staticRequests;
    private final Long staticTokens;
    private final int maxPending;

    private final Deque<Waiter> queue = new ArrayDeque<>();
    private Long limitRequests;
    private Long limitTokens;
    private Long remainingRequests;
    private Long remainingTokens;
    private long resetRequestsAt = Long.MAX_VALUE;
    private long resetTokensAt = Long.MAX_VALUE;
    private boolean fromHeaders;
    private boolean probing;
    private long sentSequence;
    private long sentTokens;
    private long appliedSequence = -1;
    private long refreshSequence;
    private long inFlight;
    private long inFlightTokens;
    private long outputTokensAverage = -1;
    private ScheduledFuture<?> wakeUp;
    private long wakeUpAt = Long.MAX_VALUE;

    private long admitted;
    private long delayed;
    private long waitedMillis;
    private long rateLimitedAnswers;
    private long rejected;

    /** A request waiting for budget; its output tokens are estimated when it is admitted, with what is known then. */
    private record Waiter(CompletableFuture<Permit> future, long inputTokens, Long outputCap, long outputFallback,
                          long since, long maxWait) {
    }

    RateLimitBucket(String name, ScheduledExecutorService scheduler, LongSupplier clock, Long requestsPerMinute,
                    Long tokensPerMinute, int maxPending) {
        this.name = name;
        this.scheduler = scheduler;
        this.clock = clock;
        this.staticRequests = requestsPerMinute;
        this.staticTokens = tokensPerMinute;
        this.maxPending = maxPending;
        if (requestsPerMinute != null || tokensPerMinute != null) {
            limitRequests = requestsPerMinute;
            limitTokens = tokensPerMinute;
            remainingRequests = requestsPerMinute;
            remainingTokens = tokensPerMinute;
            long now = clock.getAsLong();
            resetRequestsAt = requestsPerMinute == null ? Long.MAX_VALUE : now + MINUTE;
            resetTokensAt = tokensPerMinute == null ? Long.MAX_VALUE : now + MINUTE;
        }
    }

    /**
     * Admits a request now, or later when the budget has room; fails when the queue is full or the budget stays used
     * up for longer than {@code maxWaitMillis}. The request reserves its input tokens plus the output tokens the model
     * typically produces ({@code outputCap} bounds them; {@code outputFallback} stands in until an answer was seen).
     */
    public CompletableFuture<Permit> acquire(long inputTokens, Long outputCap, long outputFallback, long maxWaitMillis) {
        CompletableFuture<Permit> future = new CompletableFuture<>();
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            if (queue.size() >= maxPending) {
                rejected++;
                future.completeExceptionally(new GroqRateLimitQueueFullException("The rate-limit queue of " + name
                        + " is full (maxPendingRequests=" + maxPending + "): slow the producer down, for example with"
                        + " fewer concurrent consumers, or raise maxPendingRequests"));
                return future;
            }
            queue.addLast(new Waiter(future, inputTokens, outputCap, outputFallback, clock.getAsLong(), maxWaitMillis));
            drain(completions);
        }
        completions.forEach(Runnable::run);
        return future;
    }

    /**
     * Learns from an answer (any status) to the request admitted with {@code permit}; {@code outputTokens} and
     * {@code totalTokens} are the answer's usage, when it has one.
     */
    public void onAnswer(Permit permit, RateLimitHeaders headers, int status, Long outputTokens, Long totalTokens) {
        List<Runnable> completions = new ArrayList<>();
        synchronized (this) {
            long now = clock.getAsLong();
            probing = false;
            settle(permit);
            if (status == 429) {
                rateLimitedAnswers++;
            }
            if (outputTokens != null) {
                outputTokensAverage = outputTokensAverage < 0 ? outputTokens
                        : (outputTokensAverage * 7 + outputTokens + 7) / 8;
            }
            if (totalTokens != null && remainingTokens != null && permit.sequence() > refreshSequence) {
                // give back what the reservation over-estimated
                remainingTokens += Math.max(0, permit.tokens() - totalTokens);
            }
            // answers to requests sent before the last local reset describe the old window: ignore their counters
            if (headers != null && headers.present() && permit.sequence() > refreshSequence
                    && permit.sequence() >= appliedSequence) {
                appliedSequence = permit.sequence();
                fromHeaders = true;
                long sentAfter = sentSequence - permit.sequence();
                long tokensAfter = sentTokens - permit.tokensSentBefore() - permit.tokens();
                // answers overtake each other on the way, so a header can only lower the local estimate;
                // the estimate rises again only when the budget resets
                if (headers.remainingRequests() != null) {
                    remainingRequests = lower(remainingRequests, headers.remainingRequests() - sentAfter);
                    limitRequests = headers.limitRequests() != null ? headers.limitRequests() : limitRequests;
                    resetRequestsAt = now + nonNull(headers.resetRequestsMillis());
                }
                if (headers.remainingTokens() != null) {
                    remainingTokens = lower(remainingTokens, headers.remainingTokens() - tokensAfter);
                    limitTokens = headers.limitTokens() != null ? headers.limitTokens() : limitTokens;
                    resetTokensAt = now + nonNull(headers.resetTokensMillis());
                }
            }
            if (LOG.isDebugEnabled()) {
                LOG.debug("{}: answer {} to #{} (sent {}), headers {} -> remaining {} requests / {} tokens,"
                          + " reset in {} / {} ms, {} in flight, {} queued", name, status, permit.sequence(),
                        sentSequence, headers, remainingRequests, remainingTokens, resetRequestsAt - now,
                        resetTokensAt - now, inFlight, queue.size());
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

    private long tokensOf(Waiter waiter) {
        long output = outputTokensAverage < 0 ? waiter.outputFallback() : outputTokensAverage;
        if (waiter.outputCap() != null) {
            output = outputTokensAverage < 0 ? waiter.outputCap() : Math.min(output, waiter.outputCap());
        }
        return waiter.inputTokens() + output;
    }

    private void drain(List<Runnable> completions) {
        long now = clock.getAsLong();
        refresh(now);
        while (!queue.isEmpty()) {
            Waiter head = queue.peekFirst();
            long tokens = tokensOf(head);
            if (fits(tokens)) {
                queue.pollFirst();
                Permit permit = admit(head, tokens, now);
                completions.add(() -> head.future().complete(permit));
                continue;
            }
            long readyAt = readyAt(tokens);
            if (readyAt != Long.MAX_VALUE && readyAt - now > head.maxWait()) {
                queue.pollFirst();
                rejected++;
                GroqResponsesException.Details d = new GroqResponsesException.Details().status(429)
                        .type("rate_limit_budget").retryable(true).retryAfterMillis(readyAt - now);
                String message = "The rate-limit budget of " + name + " is used up for " + (readyAt - now)
                                 + " ms more, longer than retryMaxDelay=" + head.maxWait() + " ms";
                completions.add(() -> head.future().completeExceptionally(
                        new GroqResponsesException(message, null, d.message(message))));
                continue;
            }
            scheduleWakeUp(readyAt == Long.MAX_VALUE ? now + 1000 : readyAt, now);
            break;
        }
    }

    private void settle(Permit permit) {
        inFlight = Math.max(0, inFlight - 1);
        inFlightTokens = Math.max(0, inFlightTokens - permit.tokens());
    }

    private Permit admit(Waiter waiter, long tokens, long now) {
        if (!fromHeaders && staticRequests == null && staticTokens == null) {
            probing = true;
        }
        if (remainingRequests != null) {
            remainingRequests--;
        }
        if (remainingTokens != null) {
            remainingTokens -= tokens;
        }
        long waited = now - waiter.since();
        admitted++;
        if (waited > 0) {
            delayed++;
            waitedMillis += waited;
        }
        Permit permit = new Permit(this, ++sentSequence, tokens, sentTokens, waited);
        sentTokens += tokens;
        inFlight++;
        inFlightTokens += tokens;
        return permit;
    }

    private boolean fits(long tokens) {
        if (!fromHeaders && staticRequests == null && staticTokens == null) {
            return !probing;
        }
        boolean requestsOk = remainingRequests == null || remainingRequests >= 1;
        boolean tokensOk = remainingTokens == null || remainingTokens >= tokens
                           || (limitTokens != null && tokens > limitTokens && remainingTokens.equals(limitTokens));
        // nothing in flight and no reset time known: only an answer can tell, so let one request ask
        boolean blind = inFlight == 0 && resetRequestsAt == Long.MAX_VALUE && resetTokensAt == Long.MAX_VALUE;
        return (requestsOk && tokensOk) || blind;
    }

    private long readyAt(long tokens) {
        long at = 0;
        if (remainingRequests != null && remainingRequests < 1) {
            at = Math.max(at, resetRequestsAt);
        }
        if (remainingTokens != null && remainingTokens < tokens) {
            at = Math.max(at, resetTokensAt);
        }
        return at == 0 ? Long.MAX_VALUE : at;
    }

    /**
     * After a reset the whole limit is available again, less what is still in flight (it may land in the new window).
     */
    private void refresh(long now) {
        boolean reset = false;
        if (now >= resetRequestsAt && limitRequests != null) {
            remainingRequests = limitRequests - inFlight;
            resetRequestsAt = fromHeaders ? Long.MAX_VALUE : now + MINUTE;
            reset = true;
        }
        if (now >= resetTokensAt && limitTokens != null) {
            remainingTokens = limitTokens - inFlightTokens;
            resetTokensAt = fromHeaders ? Long.MAX_VALUE : now + MINUTE;
            reset = true;
        }
        if (reset) {
            refreshSequence = sentSequence;
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
            wakeUpAt = Long.MAX_VALUE;
            drain(completions);
        }
        completions.forEach(Runnable::run);
    }

    private static Long lower(Long current, long fromServer) {
        return current == null ? fromServer : Math.min(current, fromServer);
    }

    private static long nonNull(Long millis) {
        return millis == null ? 0 : millis;
    }

    public String name() {
        return name;
    }

    /** A snapshot for JMX and exchange headers. */
    public synchronized Snapshot snapshot() {
        return new Snapshot(name, remainingRequests, remainingTokens, queue.size(), admitted, delayed, waitedMillis,
                rateLimitedAnswers, rejected);
    }

    /** The bucket's state at one moment. */
    public record Snapshot(String name, Long remainingRequests, Long remainingTokens, int queued, long admitted,
                           long delayed, long waitedMillis, long rateLimitedAnswers, long rejected) {
    }
}
