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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.camelgroq.responses.etl.GroqEnrichAggregationStrategy;
import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** enrich() around a groq-responses call against the emulator, with each record shape. */
class GroqEnrichAggregationStrategyTest extends EmulatorTestSupport {

    public record Insight(String product, int rating) {
    }

    /** A bean record with a writable property. */
    public static class Ticket {
        private String text;
        private Insight insight;

        public String getText() {
            return text;
        }

        public void setText(String text) {
            this.text = text;
        }

        public Insight getInsight() {
            return insight;
        }

        public void setInsight(Insight insight) {
            this.insight = insight;
        }
    }

    @BeforeAll
    static void routes() throws Exception {
        String extract = uri("maxRetries=0&outputClass=" + Insight.class.getName());
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:extract").setBody(simple("${body[text]}")).to(extract);
                from("direct:extractJson")
                        .process(e -> e.getMessage().setBody(
                                new ObjectMapper().readTree(e.getMessage().getBody(String.class)).path("text").asText("(no text field)")))
                        .to(extract);
                from("direct:extractBean").setBody(simple("${body.text}")).to(extract);
                from("direct:mapRecord").enrich("direct:extract", new GroqEnrichAggregationStrategy("insight"));
                from("direct:jsonRecord").enrich("direct:extractJson", new GroqEnrichAggregationStrategy("insight"));
                from("direct:beanRecord").enrich("direct:extractBean", new GroqEnrichAggregationStrategy("insight"));
                from("direct:mapRecordOnException")
                        .enrich("direct:extract", new GroqEnrichAggregationStrategy("insight"), true);
                from("direct:wrongProperty")
                        .enrich("direct:extractBean", new GroqEnrichAggregationStrategy("verdict"));
            }
        });
    }

    @Test
    void putsTheResultIntoAMapRecordAndKeepsTheUsageHeaders() {
        emulator().enqueue(Reply.json("{\"product\":\"kettle\",\"rating\":4}").usage(120, 30, 20));
        Map<String, Object> record = new HashMap<>(Map.of("id", "r1", "text", "Good kettle"));

        Exchange out = template.request("direct:mapRecord", e -> {
            e.getMessage().setBody(record);
            e.getMessage().setHeader("kafka.KEY", "r1");
        });

        assertThat(out.getException()).isNull();
        @SuppressWarnings("unchecked")
        Map<String, Object> body = out.getMessage().getBody(Map.class);
        assertThat(body).containsEntry("id", "r1").containsEntry("text", "Good kettle")
                .containsEntry("insight", new Insight("kettle", 4));
        assertThat(out.getMessage().getHeader("kafka.KEY")).isEqualTo("r1");
        assertThat(out.getMessage().getHeader(GroqResponsesConstants.INPUT_TOKENS, Long.class)).isEqualTo(120L);
        assertThat(out.getMessage().getHeader(GroqResponsesConstants.TOTAL_TOKENS, Long.class)).isEqualTo(150L);
        assertThat(out.getMessage().getHeader(GroqResponsesConstants.RESPONSE_ID, String.class)).isNotBlank();
        assertThat(emulator().lastRequest().inputText()).isEqualTo("Good kettle");
    }

    @Test
    void addsTheResultAsAFieldOfAJsonRecord() throws Exception {
        emulator().enqueue(Reply.json("{\"product\":\"lamp\",\"rating\":2}"));

        String out = template.requestBody("direct:jsonRecord",
                "{\"id\":\"r2\",\"text\":\"Dim lamp\",\"lang\":\"en\"}".getBytes(), String.class);

        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("id").asText()).isEqualTo("r2");
        assertThat(json.get("lang").asText()).isEqualTo("en");
        assertThat(json.at("/insight/product").asText()).isEqualTo("lamp");
        assertThat(json.at("/insight/rating").asInt()).isEqualTo(2);
    }

    @Test
    void setsTheResultOnABeanProperty() {
        emulator().enqueue(Reply.json("{\"product\":\"desk\",\"rating\":5}"));
        Ticket ticket = new Ticket();
        ticket.setText("Solid desk");

        Ticket out = template.requestBody("direct:beanRecord", ticket, Ticket.class);

        assertThat(out).isSameAs(ticket);
        assertThat(out.getInsight()).isEqualTo(new Insight("desk", 5));
    }

    @Test
    void aBeanWithoutThePropertyFailsNamingIt() {
        emulator().enqueue(Reply.json("{\"product\":\"desk\",\"rating\":5}"));
        Ticket ticket = new Ticket();
        ticket.setText("Solid desk");

        assertThatThrownBy(() -> template.requestBody("direct:wrongProperty", ticket))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'verdict'").hasMessageContaining(Ticket.class.getName());
    }

    @Test
    void aJsonArrayRecordIsRefusedWithAClearMessage() {
        emulator().enqueue(Reply.json("{\"product\":\"x\",\"rating\":1}"));

        assertThatThrownBy(() -> template.requestBody("direct:jsonRecord", "[1,2]"))
                .rootCause().isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not a JSON object").hasMessageContaining("'insight'");
    }

    @Test
    void aFailedCallIsNotMergedAndItsExceptionReachesTheRoute() {
        emulator().enqueue(Reply.error(400, "invalid_request_error", "bad_input", "The input is not valid"));
        Map<String, Object> record = new HashMap<>(Map.of("id", "r3", "text", "??"));

        Exchange out = template.request("direct:mapRecord", e -> e.getMessage().setBody(record));

        assertThat(out.getException()).isInstanceOf(GroqResponsesException.class);
        assertThat(record).doesNotContainKey("insight");
        assertThat(List.of(emulator().answeredWith(400))).containsExactly(1);
    }

    /** With aggregateOnException(true) Camel hands the failed call to the strategy: it must not merge it. */
    @Test
    void aFailedCallWithAggregateOnExceptionKeepsTheExceptionAndTheRecord() {
        emulator().enqueue(Reply.error(400, "invalid_request_error", "bad_input", "The input is not valid"));
        Map<String, Object> record = new HashMap<>(Map.of("id", "r4", "review", "??", "text", "??"));

        Exchange out = template.request("direct:mapRecordOnException", e -> e.getMessage().setBody(record));

        assertThat(out.getException()).isInstanceOf(GroqResponsesException.class)
                .hasMessageContaining("The input is not valid");
        assertThat(record).containsOnlyKeys("id", "review", "text");
        assertThat(out.getMessage().getBody()).isSameAs(record);
        assertThat(out.getMessage().getHeaders()).noneSatisfy((name, value) -> assertThat(name)
                .startsWith("CamelGroqResponses"));
        assertThat(emulator().answeredWith(400)).isEqualTo(1);
    }

    @Test
    void theFieldNameMustNotBeEmpty() {
        assertThatThrownBy(() -> new GroqEnrichAggregationStrategy(" "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("field");
    }
}
