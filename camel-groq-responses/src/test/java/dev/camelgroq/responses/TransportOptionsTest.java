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

import java.util.Map;

import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Client-wide options of the component's shared HTTP client. */
class TransportOptionsTest extends EmulatorTestSupport {

    @Test
    void requestsGoThroughTheConfiguredProxy() {
        GroqResponsesComponent proxied = new GroqResponsesComponent();
        proxied.setProxyHost("127.0.0.1");
        proxied.setProxyPort(GROQ.emulator().port());
        context.addComponent("groq-proxied", proxied);
        // the host does not resolve: only the proxy (the emulator, which accepts absolute request URIs) can answer
        Exchange exchange = template.request("groq-proxied:p?model=openai/gpt-oss-20b&apiKey=k&maxRetries=0"
                                             + "&allowInsecureHttp=true&baseUrl=http://api.groq.invalid/openai/v1",
                x -> x.getIn().setBody("Hi through the proxy"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).contains("Hi through the proxy");
        assertThat(emulator().lastRequest().header("Host")).isEqualTo("api.groq.invalid");
    }

    @Test
    void requestTimeoutBoundsTheWaitForAnAnswer() {
        emulator().when(r -> true).thenReply(dev.camelgroq.responses.test.Reply.text("late")
                .delayed(java.time.Duration.ofSeconds(3)));
        GroqResponsesException e = send("requestTimeout=300&maxRetries=0", "Hi", Map.of())
                .getException(GroqResponsesException.class);
        assertThat(e.getStatusCode()).isZero();
        assertThat(e.isRetryable()).isTrue();
        assertThat(e.getMessage()).contains("Timeout");
    }

    @Test
    void theSchedulerHoldsADeadlinePerCallInFlightAndDropsCancelledOnes() {
        // issue 7: one deadline task per attempt in flight; Camel's default profile would reject past 1000
        java.util.concurrent.ScheduledExecutorService scheduler = context.getComponent("groq-responses",
                GroqResponsesComponent.class).getScheduler();
        java.util.List<java.util.concurrent.ScheduledFuture<?>> pending = new java.util.ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            scheduler.schedule(() -> { }, 1, java.util.concurrent.TimeUnit.HOURS).cancel(false);
            pending.add(scheduler.schedule(() -> { }, 1, java.util.concurrent.TimeUnit.HOURS));
        }
        java.util.concurrent.ScheduledThreadPoolExecutor pool
                = ((org.apache.camel.util.concurrent.SizedScheduledExecutorService) scheduler)
                        .getScheduledThreadPoolExecutor();
        assertThat(pool.getQueue()).hasSize(3000);
        pending.forEach(f -> f.cancel(false));
        assertThat(pool.getQueue()).isEmpty();
    }
}
