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
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * streamMinChars / streamMaxDelay: deltas joined before they reach streamTo, in order, nothing lost, fewer exchanges,
 * the final exchange as without coalescing.
 */
class StreamCoalescingTest extends EmulatorTestSupport {

    static final List<Exchange> DELTAS = new CopyOnWriteArrayList<>();
    static final String ANSWER = "Coalesced deltas arrive in fewer exchanges: Ünïcödé € and 😀 survive the joining too.";

    @BeforeAll
    static void routes() throws Exception {
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:coalesced").process(e -> DELTAS.add(e.copy()));
            }
        });
    }

    @BeforeEach
    void clear() {
        DELTAS.clear();
    }

    @Test
    void deltasAreJoinedUpToStreamMinCharsInOrderAndNothingIsLost() {
        emulator().enqueue(Reply.text(ANSWER).streamChunk(4), Reply.text(ANSWER).streamChunk(4));
        Exchange every = sendOk("streamTo=direct:coalesced", "Hi", Map.of());
        int perDelta = DELTAS.size();
        DELTAS.clear();

        Exchange exchange = sendOk("streamTo=direct:coalesced&streamMinChars=20", "Hi", Map.of());

        String body = exchange.getMessage().getBody(String.class);
        assertThat(body).isEqualTo(ANSWER).isEqualTo(every.getMessage().getBody(String.class));
        assertThat(joinedAndOrdered(exchange)).isEqualTo(body);
        assertThat(DELTAS.size()).isLessThan(perDelta).isLessThanOrEqualTo((ANSWER.length() + 19) / 20);
        List<String> texts = texts();
        for (String text : texts.subList(0, texts.size() - 1)) {
            assertThat(text.length()).as("every joined delta but the last holds streamMinChars").isGreaterThanOrEqualTo(20);
        }
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN)).isInstanceOf(Long.class);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS))
                .isEqualTo(every.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS));
    }

    @Test
    void aMinimumLargerThanTheAnswerSendsTheWholeTextOnceBeforeTheExchangeCompletes() {
        emulator().enqueue(Reply.text(ANSWER).streamChunk(3));
        Exchange exchange = sendOk("streamTo=direct:coalesced&streamMinChars=100000", "Hi", Map.of());

        assertThat(texts()).containsExactly(ANSWER);
        assertThat(joinedAndOrdered(exchange)).isEqualTo(exchange.getMessage().getBody(String.class));
    }

    @Test
    void theBufferIsBoundedWhateverStreamMinCharsSays() {
        String longAnswer = "0123456789".repeat(4_000);
        emulator().enqueue(Reply.text(longAnswer).streamChunk(1_000));
        Exchange exchange = sendOk("streamTo=direct:coalesced&streamMinChars=" + Integer.MAX_VALUE, "Hi", Map.of());

        assertThat(joinedAndOrdered(exchange)).isEqualTo(longAnswer);
        // 32,768 characters at most are joined: the first exchange is sent at 33 deltas, the rest at the end
        assertThat(texts()).extracting(String::length).containsExactly(33_000, 7_000);
    }

    @Test
    void streamMaxDelaySendsBufferedTextWithoutWaitingForTheMinimum() {
        // 22 deltas 20 ms apart take at least 420 ms: a 50 ms limit must send text before the answer ends
        emulator().enqueue(Reply.text(ANSWER).streamChunk(4).eventDelay(Duration.ofMillis(20)));
        Exchange exchange = sendOk("streamTo=direct:coalesced&streamMinChars=100000&streamMaxDelay=50", "Hi",
                Map.of());

        assertThat(joinedAndOrdered(exchange)).isEqualTo(ANSWER);
        assertThat(DELTAS).hasSizeGreaterThan(1);
        assertThat(DELTAS.size()).isLessThan((ANSWER.length() + 3) / 4);
    }

    @Test
    void deltasOfAnotherOutputItemStartAnotherExchange() {
        String second = "A second message item, streamed after the first one.";
        emulator().enqueue(Reply.text(ANSWER).streamChunk(5).withItem(Map.of("type", "message", "id", "msg_second",
                "role", "assistant", "status", "completed", "content",
                List.of(Map.of("type", "output_text", "text", second, "annotations", List.of())))));
        Exchange exchange = sendOk("streamTo=direct:coalesced&streamMinChars=100000", "Hi", Map.of());

        // one exchange per item, each with its own item id, in the order of the output
        assertThat(texts()).containsExactlyInAnyOrder(ANSWER, second);
        List<String> items = new ArrayList<>();
        for (Exchange delta : DELTAS) {
            String item = delta.getIn().getHeader(GroqResponsesConstants.STREAM_ITEM_ID, String.class);
            items.add(item);
            assertThat(delta.getIn().getBody(String.class)).isEqualTo("msg_second".equals(item) ? second : ANSWER);
        }
        assertThat(items).doesNotHaveDuplicates().contains("msg_second");
        assertThat(joinedAndOrdered(exchange)).isEqualTo(exchange.getMessage().getBody(String.class));
    }

    private static List<String> texts() {
        return DELTAS.stream().map(d -> d.getIn().getBody(String.class)).toList();
    }

    /** The delta texts joined, checking that sequence numbers grow and every delta names the exchange. */
    private static String joinedAndOrdered(Exchange exchange) {
        StringBuilder joined = new StringBuilder();
        long previous = -1;
        for (Exchange delta : DELTAS) {
            joined.append(delta.getIn().getBody(String.class));
            long sequence = delta.getIn().getHeader(GroqResponsesConstants.STREAM_SEQUENCE, Long.class);
            assertThat(sequence).isGreaterThan(previous);
            previous = sequence;
            assertThat(delta.getProperty(Exchange.CORRELATION_ID)).isEqualTo(exchange.getExchangeId());
        }
        return joined.toString();
    }
}
