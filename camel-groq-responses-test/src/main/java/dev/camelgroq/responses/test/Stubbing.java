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

import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * A scripted answer: requests that match the predicate get the reply, at most {@link #times(int)} times (unlimited by
 * default). Rules are tried in the order they were added; the first that matches and is not used up answers.
 */
public final class Stubbing {

    private final Predicate<EmulatorRequest> matcher;
    private final Runnable register;
    private final AtomicInteger remaining = new AtomicInteger(Integer.MAX_VALUE);
    private volatile Function<EmulatorRequest, Reply> reply;

    Stubbing(Predicate<EmulatorRequest> matcher, java.util.function.Consumer<Stubbing> registry) {
        this.matcher = matcher;
        this.register = () -> registry.accept(this);
    }

    /** Answers at most {@code count} matching requests, then lets later rules (or the default) answer. */
    public Stubbing times(int count) {
        remaining.set(count);
        return this;
    }

    /** Answers matching requests with this reply. */
    public void thenReply(Reply fixed) {
        thenReply(r -> fixed);
    }

    /** Answers matching requests with a reply computed from the request. */
    public void thenReply(Function<EmulatorRequest, Reply> replyFunction) {
        this.reply = replyFunction;
        register.run();
    }

    /** Returns the reply if this rule takes the request, else {@code null}. */
    Reply offer(EmulatorRequest request) {
        if (!matcher.test(request)) {
            return null;
        }
        while (true) {
            int left = remaining.get();
            if (left <= 0) {
                return null;
            }
            if (left == Integer.MAX_VALUE || remaining.compareAndSet(left, left - 1)) {
                return reply.apply(request);
            }
        }
    }
}
