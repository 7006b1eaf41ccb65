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
import java.util.List;

import dev.camelgroq.responses.etl.GroqUsageAggregationStrategy;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.apache.camel.component.mock.MockEndpoint;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.inputContains;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** split() and aggregate() with {@link GroqUsageAggregationStrategy} against the emulator. */
class GroqUsageAggregationStrategyTest extends EmulatorTestSupport {

    @BeforeAll
    static void routes() throws Exception {
        GroqUsageAggregationStrategy tolerant = new GroqUsageAggregationStrategy();
        tolerant.setContinueOnFailure(true);
        GroqUsageAggregationStrategy bySequence = new GroqUsageAggregationStrategy();
        bySequence.setPositionHeader("seq");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:split").split(body(), new GroqUsageAggregationStrategy()).parallelProcessing().streaming()
                        .to(uri("maxRetries=0"));
                from("direct:split-tolerant").split(body(), tolerant).parallelProcessing()
                        .to(uri("maxRetries=0"));
                from("direct:group").to(uri("maxRetries=0"))
                        .aggregate(constant(true), bySequence).completionSize(3)
                        .to("mock:group");
            }
        });
    }

    /** Part i is answered "answer-i" with 10*i input and i output tokens, the first parts slowest. */
    private static void scriptParts(int count) {
        for (int i = 1; i <= count; i++) {
            emulator().when(inputContains("part-" + i + "."))
                    .thenReply(Reply.text("answer-" + i).usage(10L * i, i, 1).delayed(Duration.ofMillis(40L * (count - i))));
        }
    }

    @Test
    void splitSumsUsageAndKeepsTheInputOrderWhateverTheCompletionOrder() {
        scriptParts(5);
        Exchange exchange = template.request("direct:split", x -> x.getIn()
                .setBody(List.of("part-1.", "part-2.", "part-3.", "part-4.", "part-5.")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class))
                .containsExactly("answer-1", "answer-2", "answer-3", "answer-4", "answer-5");
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.INPUT_TOKENS, Long.class)).isEqualTo(150L);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.OUTPUT_TOKENS, Long.class)).isEqualTo(15L);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class)).isEqualTo(165L);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.CACHED_TOKENS, Long.class)).isEqualTo(5L);
        assertThat(exchange.getMessage().getHeader(GroqUsageAggregationStrategy.AGGREGATED_PARTS)).isEqualTo(5);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.OUTPUT_TEXT))
                .as("a single call's header is not carried onto the sum").isNull();
        double completion = exchange.getMessage().getHeader(GroqResponsesConstants.COMPLETION_TIME, Double.class);
        assertThat(completion).isPositive();
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.OUTPUT_TOKENS_PER_SECOND, Double.class))
                .isCloseTo(15 / completion, within(1e-9));
    }

    @Test
    void splitFailsWithThePartsErrorByDefault() {
        scriptParts(2);
        emulator().when(inputContains("part-3.")).thenReply(Reply.error(400, "invalid_request_error", null, "bad part"));
        Exchange exchange = template.request("direct:split", x -> x.getIn()
                .setBody(List.of("part-1.", "part-2.", "part-3.")));

        assertThat(exchange.getException()).isInstanceOf(GroqResponsesException.class).hasMessageContaining("bad part");
    }

    @Test
    void continueOnFailureCountsFailedPartsAndKeepsTheirSlot() {
        emulator().when(inputContains("part-2.")).thenReply(Reply.error(400, "invalid_request_error", null, "bad"));
        scriptParts(3);
        Exchange exchange = template.request("direct:split-tolerant", x -> x.getIn()
                .setBody(List.of("part-1.", "part-2.", "part-3.")));

        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(List.class)).containsExactly("answer-1", null, "answer-3");
        assertThat(exchange.getMessage().getHeader(GroqUsageAggregationStrategy.FAILED_PARTS)).isEqualTo(1);
        assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.INPUT_TOKENS, Long.class)).isEqualTo(40L);
    }

    @Test
    void aggregateOrdersByThePositionHeader() throws Exception {
        scriptParts(3);
        MockEndpoint group = context.getEndpoint("mock:group", MockEndpoint.class);
        group.reset();
        group.expectedMessageCount(1);
        for (int i = 3; i >= 1; i--) {
            template.sendBodyAndHeader("direct:group", "part-" + i + ".", "seq", i);
        }
        group.assertIsSatisfied(10_000);

        Exchange result = group.getReceivedExchanges().get(0);
        assertThat(result.getMessage().getBody(List.class)).containsExactly("answer-1", "answer-2", "answer-3");
        assertThat(result.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class)).isEqualTo(66L);
    }

    @Test
    void aPositionThatIsNotANumberIsNamedInTheError() {
        GroqUsageAggregationStrategy strategy = new GroqUsageAggregationStrategy();
        strategy.setPositionHeader("seq");
        Exchange part = new DefaultExchange(context);
        part.getMessage().setHeader("seq", "first");
        assertThatThrownBy(() -> strategy.aggregate(null, part))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("positionHeader 'seq'")
                .hasMessageContaining("'first'");
    }

    /** A usage header a route overwrote with text is named in the error, whichever part carries it. */
    @Test
    void aUsageHeaderThatIsNotANumberIsNamedInTheError() {
        for (boolean first : List.of(true, false)) {
            GroqUsageAggregationStrategy strategy = new GroqUsageAggregationStrategy();
            Exchange good = new DefaultExchange(context);
            good.getMessage().setHeader(GroqResponsesConstants.INPUT_TOKENS, 10L);
            Exchange bad = new DefaultExchange(context);
            bad.getMessage().setHeader(GroqResponsesConstants.INPUT_TOKENS, "lots");
            assertThatThrownBy(() -> strategy.aggregate(strategy.aggregate(null, first ? bad : good), first ? good : bad))
                    .as("bad part first: %s", first).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining(GroqResponsesConstants.INPUT_TOKENS).hasMessageContaining("'lots'");
        }
    }

    @Test
    void tokenSumsSaturateInsteadOfOverflowing() {
        GroqUsageAggregationStrategy strategy = new GroqUsageAggregationStrategy();
        Exchange result = null;
        for (long tokens : new long[] {Long.MAX_VALUE - 5, 10, 7}) {
            Exchange part = new DefaultExchange(context);
            part.getMessage().setHeader(GroqResponsesConstants.TOTAL_TOKENS, tokens);
            part.getMessage().setHeader(GroqResponsesConstants.INPUT_TOKENS, String.valueOf(tokens));
            result = strategy.aggregate(result, part);
        }
        assertThat(result.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS)).isEqualTo(Long.MAX_VALUE);
        assertThat(result.getMessage().getHeader(GroqResponsesConstants.INPUT_TOKENS)).isEqualTo(Long.MAX_VALUE);
        assertThat(result.getMessage().getHeader(GroqUsageAggregationStrategy.AGGREGATED_PARTS)).isEqualTo(3);
    }

    @Test
    void bothExchangesNullIsNothingToAggregate() {
        GroqUsageAggregationStrategy strategy = new GroqUsageAggregationStrategy();
        assertThat(strategy.aggregate(null, null)).isNull();
        Exchange only = new DefaultExchange(context);
        assertThat(strategy.aggregate(only, null)).isSameAs(only);
    }
}
