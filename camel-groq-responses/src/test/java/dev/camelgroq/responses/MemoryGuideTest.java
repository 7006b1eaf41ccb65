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

import java.util.List;
import java.util.Map;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static dev.camelgroq.responses.ConversationMemoryTest.describe;
import static org.assertj.core.api.Assertions.assertThat;

/** Runs the chat routes of docs/memory.md exactly as written there, against the emulator. */
class MemoryGuideTest extends EmulatorTestSupport {

    @BeforeAll
    static void routes() throws Exception {
        GroqResponsesComponent component = context.getComponent("groq-responses", GroqResponsesComponent.class);
        component.getConfiguration().setApiKey(KEY);
        component.getConfiguration().setBaseUrl(GROQ.baseUrl());
        GuideYaml.load(context, "memory.md", 0);
    }

    private static Exchange call(String route, String userId, String text) {
        Exchange exchange = template.request(route, x -> {
            x.getIn().setHeader("userId", userId);
            x.getIn().setBody(text);
        });
        assertThat(exchange.getException()).isNull();
        return exchange;
    }

    @Test
    void chatRemembersReadsAndForgets() {
        emulator().enqueue(Reply.text("Hello Ada."), Reply.text("You are Ada."));
        call("direct:chat", "ada", "My name is Ada.");
        Exchange second = call("direct:chat", "ada", "What is my name?");
        assertThat(second.getMessage().getBody(String.class)).isEqualTo("You are Ada.");
        assertThat(describe(lastJson().get("input"))).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "user:What is my name?");
        assertThat(lastJson().get("instructions").asText()).startsWith("You are the support assistant of ACME.");

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> history = call("direct:chatHistory", "ada", null).getMessage().getBody(List.class);
        assertThat(describe(history)).containsExactly("user:My name is Ada.", "assistant:Hello Ada.",
                "user:What is my name?", "assistant:You are Ada.");

        int calls = emulator().requestCount();
        call("direct:chatForget", "ada", null);
        assertThat(emulator().requestCount()).as("history and clear call no model").isEqualTo(calls);
        emulator().enqueue(Reply.text("Nice to meet you."));
        call("direct:chat", "ada", "Hi again");
        assertThat(describe(lastJson().get("input"))).containsExactly("user:Hi again");
    }
}
