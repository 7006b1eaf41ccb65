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

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.apache.camel.spi.CamelEvent;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.support.ResourceHelper;
import org.apache.camel.support.EventNotifierSupport;
import org.apache.camel.support.service.ServiceHelper;
import java.util.Map;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.test.RequestMatchers.hasInputItem;
import static dev.camelgroq.responses.test.RequestMatchers.lacksInputItem;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the YAML routes of the guides in docs/ exactly as written there, against the emulator. */
class DocsGuidesTest extends EmulatorTestSupport {

    @BeforeAll
    static void defaults() {
        GroqResponsesComponent component = context.getComponent("groq-responses", GroqResponsesComponent.class);
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setBaseUrl(GROQ.baseUrl());
    }

    private static void loadYamlOf(String guide) throws Exception {
        GuideYaml.load(context, guide, 0);
    }

    @Test
    void structuredExtractionGuide() throws Exception {
        loadYamlOf("structured-extraction.md");
        Exchange exchange = template.request("direct:review", x -> x.getIn().setBody(
                "I bought the UltraSound Headphones last week and I'm really impressed!"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(Map.class)).containsKeys("product_name", "rating", "sentiment");
        assertThat(exchange.getMessage().getHeader("sentiment")).isEqualTo("positive");
        assertThat(lastJson().at("/text/format/name").asText()).isEqualTo("product_review");
    }

    @Test
    void streamingGuide() throws Exception {
        List<String> typed = new CopyOnWriteArrayList<>();
        EventNotifierSupport deltas = new EventNotifierSupport() {
            @Override
            public void notify(CamelEvent event) {
                Exchange e = ((CamelEvent.ExchangeCompletedEvent) event).getExchange();
                if ("typing".equals(e.getFromRouteId())) {
                    typed.add(e.getIn().getBody(String.class));
                }
            }

            @Override
            public boolean isEnabled(CamelEvent event) {
                return event instanceof CamelEvent.ExchangeCompletedEvent;
            }
        };
        context.getManagementStrategy().addEventNotifier(deltas);
        ServiceHelper.startService(deltas);
        try {
            loadYamlOf("streaming.md");
            emulator().enqueue(Reply.text("Groq is fast. The first words arrive at once.").streamChunk(6));
            Exchange exchange = template.request("direct:chat", x -> x.getIn().setBody("Why stream?"));
            assertThat(exchange.getException()).isNull();
            assertThat(exchange.getMessage().getBody(String.class))
                    .isEqualTo("Groq is fast. The first words arrive at once.");
            assertThat(exchange.getMessage().getHeader(GroqResponsesConstants.TIME_TO_FIRST_TOKEN)).isNotNull();
            assertThat(typed).hasSizeGreaterThan(5);
            assertThat(String.join("", typed)).isEqualTo("Groq is fast. The first words arrive at once.");
        } finally {
            context.getManagementStrategy().removeEventNotifier(deltas);
        }
    }

    @Test
    void toolsGuide() throws Exception {
        loadYamlOf("tools.md");
        emulator().when(lacksInputItem("function_call_output"))
                .thenReply(Reply.functionCall("lookup_order", "{\"order\":\"A-17\"}"));
        emulator().when(hasInputItem("function_call_output")).thenReply(Reply.text("Order A-17 has shipped."));
        Exchange exchange = template.request("direct:support", x -> x.getIn().setBody("Where is my order A-17?"));
        assertThat(exchange.getException()).isNull();
        assertThat(exchange.getMessage().getBody(String.class)).isEqualTo("Order A-17 has shipped.");
        assertThat(emulator().lastRequest().inputItems("function_call_output").get(0).get("output").asText())
                .isEqualTo("{\"order\":\"A-17\",\"status\":\"shipped\"}");
    }
}
