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
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import dev.camelgroq.responses.stream.StreamStats;
import dev.camelgroq.responses.stream.Streaming;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Streams from a hostile server (issue 15, defects 1 to 4), each against the emulator's hostile modes: a line that
 * never ends, a flood of terminal events while the route reads slowly, JSON to a streamed request (endless, large,
 * too large), keep-alives for ever. Each ends the exchange with a clear exception naming the cap or deadline, and the
 * component stops reading.
 */
class HostileStreamsTest extends EmulatorTestSupport {

    private static final long MB = 1024 * 1024;
    static volatile CountDownLatch gate;
    static volatile CountDownLatch entered;

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:gate").process(e -> {
                    entered.countDown();
                    gate.await(60, TimeUnit.SECONDS);
                });
            }
        });
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for %s (hang-ups seen: %s, bytes written: %s)", what,
                    emulator().clientAbortedStreams(), emulator().hostileBytesWritten()).isLessThan(deadline);
            Thread.sleep(10);
        }
    }

    private static GroqResponsesException failure(Exchange exchange) {
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).as("the exchange failed with a GroqResponsesException").isNotNull();
        return e;
    }

    // defect 1: one line, one event and the whole stream are capped

    @Test
    void aLineThatNeverEndsFailsAtMaxResponseSizeAndTheReadStops() throws Exception {
        emulator().enqueue(Reply.text("x").hugeStreamLine(300 * MB));
        GroqResponsesException e = failure(send("stream=true&maxResponseSize=1048576&maxRetries=2", "Hi", Map.of()));
        assertThat(e.getErrorType()).isEqualTo("response_too_large");
        assertThat(e.isRetryable()).isFalse();
        assertThat(e.getAttempts()).isEqualTo(1);
        assertThat(e.getMessage()).contains("maxResponseSize", "1048576");
        await(() -> emulator().clientAbortedStreams() >= 1, "the emulator to see the client hang up");
        assertThat(emulator().hostileBytesWritten()).as("bytes the server could write").isLessThan(100 * MB);
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    @Test
    void withoutAResponseLimitALineIsStillCapped() throws Exception {
        emulator().enqueue(Reply.text("x").hugeStreamLine(300 * MB));
        GroqResponsesException e = failure(send("stream=true&maxResponseSize=0&maxRetries=0", "Hi", Map.of()));
        assertThat(e.getErrorType()).isEqualTo("response_too_large");
        assertThat(e.getMessage()).contains("a streamed line is longer than 67108864 bytes");
        await(() -> emulator().clientAbortedStreams() >= 1, "the emulator to see the client hang up");
        assertThat(emulator().hostileBytesWritten()).isLessThan(200 * MB);
    }

    // defect 2: terminal events count in the bounded queue, which is bounded in events and characters

    @Test
    void aFloodOfTerminalEventsPausesTheReadWhileTheRouteIsSlow() throws Exception {
        gate = new CountDownLatch(1);
        entered = new CountDownLatch(1);
        int events = 5_000;
        int pad = 16 * 1024;
        emulator().enqueue(Reply.text("short answer").eventFlood(events, pad));
        String uri = namedUri("flood", "streamTo=direct:gate&maxRetries=0");
        Future<Exchange> pending = template.asyncSend(uri, x -> x.getIn().setBody("Hi"));
        assertThat(entered.await(60, TimeUnit.SECONDS)).as("the route got the first delta").isTrue();
        StreamStats stats = context.getEndpoint(uri, GroqResponsesEndpoint.class).getStreaming().stats();
        long flood = (long) events * pad;
        await(() -> stats.readPauses() > 0 || emulator().hostileBytesWritten() >= flood,
                "the read to pause (or the whole flood to be read)");
        gate.countDown();
        Exchange exchange = pending.get(60, TimeUnit.SECONDS);
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("short answer");
        assertThat(stats.readPauses()).isPositive();
        // the queue pauses the read at 64 K characters or 1,024 events; the HTTP client still hands over what the
        // socket had already received in that read (up to a few MB on loopback): far from the 80 MB sent
        assertThat(stats.peakQueuedEvents()).as("queued events, terminal ones included")
                .isLessThanOrEqualTo(Streaming.QUEUE_LIMIT_EVENTS);
        assertThat(stats.peakQueuedChars()).as("queued characters, terminal events included")
                .isLessThan(16 * 1024 * 1024);
        // after response.completed the rest is only counted, up to maxResponseSize (32 MB), then the read stops
        await(() -> emulator().clientAbortedStreams() >= 1, "the client to stop reading the flood");
        assertThat(emulator().hostileBytesWritten()).isLessThan(flood);
    }

    // defect 3: a streamed call answered with plain JSON is bounded like a plain call

    @Test
    void aStreamedCallAnsweredWithEndlessJsonEndsAtRequestTimeout() {
        emulator().when(r -> true).thenReply(Reply.text("slow ".repeat(3000)).notStreamed()
                .trickle(Duration.ofMillis(40)));
        GroqResponsesException e = failure(send("stream=true&requestTimeout=400&maxRetries=0", "Hi", Map.of()));
        assertThat(e.getMessage()).contains("requestTimeout=400", "headers and body");
        assertThat(e.getStatusCode()).isZero();
        assertThat(e.isRetryable()).isTrue();
    }

    @Test
    void aStreamedCallAnsweredWithTenMegabytesOfJsonReadsItWhole() {
        emulator().enqueue(Reply.oversized(10 * 1024 * 1024).notStreamed());
        Exchange exchange = sendOk("stream=true&maxRetries=0", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).hasSize(10 * 1024 * 1024);
    }

    @Test
    void aStreamedCallAnsweredWithJsonOverMaxResponseSizeFails() {
        emulator().enqueue(Reply.oversized(3 * 1024 * 1024).notStreamed());
        GroqResponsesException e = failure(send("stream=true&maxResponseSize=1048576&maxRetries=2", "Hi", Map.of()));
        assertThat(e.getErrorType()).isEqualTo("response_too_large");
        assertThat(e.getMessage()).contains("maxResponseSize=1048576");
        assertThat(e.isRetryable()).isFalse();
        assertThat(emulator().requestCount()).isEqualTo(1);
    }

    // defect 4: keep-alives do not hold a stream open past streamTimeout

    @Test
    void keepAlivesDoNotHoldAStreamPastStreamTimeout() throws Exception {
        emulator().enqueue(Reply.text("never").keepAliveForever(Duration.ofMillis(50)));
        GroqResponsesException e = failure(send("stream=true&requestTimeout=1000&streamTimeout=1500&maxRetries=0",
                "Hi", Map.of()));
        assertThat(e.getErrorCode()).isEqualTo("stream_timeout");
        assertThat(e.getMessage()).contains("streamTimeout=1500");
        await(() -> emulator().clientAbortedStreams() >= 1, "the emulator to see the client hang up");
    }

    @Test
    void aStreamWithinStreamTimeoutCompletes() {
        emulator().enqueue(Reply.text("in time").keepAlives().eventDelay(Duration.ofMillis(5)));
        Exchange exchange = sendOk("stream=true&streamTimeout=60000", "Hi", Map.of());
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("in time");
    }
}
