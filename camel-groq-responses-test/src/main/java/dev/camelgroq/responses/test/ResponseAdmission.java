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
package dev.camelgroq.responses.test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;

/**
 * Answers a valid {@code POST /responses} with its scripted reply as Groq would: builds the response, reports what
 * the prompt cache holds of it, admits it against the rate limits (or refuses it with 413 or 429), and gives the
 * cached tokens back to the token limit once the request has been processed. Every answer carries the
 * {@code x-ratelimit-*} headers.
 */
final class ResponseAdmission {

    private final ObjectMapper mapper;
    private final ResponseFactory responses;
    private final EmulatorSettings settings;
    private final AnswerSender sender;
    private final ScheduledExecutorService scheduler;

    ResponseAdmission(ObjectMapper mapper, EmulatorSettings settings, AnswerSender sender,
                      ScheduledExecutorService scheduler) {
        this.mapper = mapper;
        this.responses = new ResponseFactory(mapper);
        this.settings = settings;
        this.sender = sender;
        this.scheduler = scheduler;
    }

    /** Answers {@code request} with {@code reply}: the scripted error, a refusal of the limits, or the response. */
    void answer(HttpExchange exchange, EmulatorRequest request, Reply reply) {
        long now = System.currentTimeMillis();
        Map<String, String> headers = AnswerSender.defaultHeaders();
        EmulatorRateLimits limits = settings.limits;
        if (reply.isError()) {
            byte[] body = reply.error.body(headers);
            headers.putAll(limits.headers(now));
            sender.send(exchange, reply.error.status, headers, body, reply, delayOf(reply));
            return;
        }
        PromptCache promptCache = settings.promptCache;
        ResponseFactory.Built built = responses.build(request, reply, reply.delivery.delay,
                promptCache.cachedTokens(request, now));
        long requested = built.inputTokens() + built.outputTokens();
        EmulatorRateLimits.Decision decision = limits.admit(requested, now);
        if (!decision.allowed()) {
            Reply refused = RateLimitErrors.refused(request, decision, requested);
            byte[] body = refused.error.body(headers);
            if (decision.status() == 429) {
                headers.put("retry-after", RateLimitErrors.retryAfterSeconds(decision.retryAfterMillis()));
            }
            headers.putAll(limits.headers(now));
            Reply plain = Reply.auto();
            sender.send(exchange, refused.error.status, headers, body, plain, delayOf(plain));
            return;
        }
        promptCache.remember(request, now);
        byte[] body = built.body().toString().getBytes(StandardCharsets.UTF_8);
        List<byte[]> events = null; // streaming (issue 10): the events of a "stream": true answer
        byte[] flood = null; // hostile streams (issue 15): the event a flood repeats
        if (request.json().path("stream").asBoolean(false) && !reply.hostile.notStreamed) {
            events = SseScript.events(mapper, built.body(), reply);
            flood = reply.hostile.floodEvents > 0 ? SseScript.floodEvent(mapper, built.body(), reply) : null;
            headers.put("Content-Type", "text/event-stream");
        }
        headers.putAll(limits.headers(now));
        Duration delay = delayOf(reply);
        if (built.cachedTokens() > 0) {
            giveBackLater(limits, built.cachedTokens(), delay);
        }
        if (events != null) {
            sender.stream(exchange, headers, events, flood, reply, delay);
        } else {
            sender.send(exchange, 200, headers, body, reply, delay);
        }
    }

    /** The reply's own delay, or the emulator's default when it has none. */
    private Duration delayOf(Reply reply) {
        Duration delay = reply.delivery.delay;
        return delay.isZero() ? settings.defaultDelay : delay;
    }

    /** Returns cached prompt tokens to the token limit once the request has been processed (its delay is over). */
    private void giveBackLater(EmulatorRateLimits limits, long tokens, Duration delay) {
        if (delay.isZero()) {
            limits.giveBack(tokens, System.currentTimeMillis());
            return;
        }
        try {
            scheduler.schedule(() -> limits.giveBack(tokens, System.currentTimeMillis()), delay.toMillis(),
                    TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the emulator is stopping: nothing is admitted any more
        }
    }
}
