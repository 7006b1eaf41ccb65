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

import dev.camelgroq.responses.test.EmulatorRequest;
import dev.camelgroq.responses.test.Reply;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Groq caches prompt prefixes that match exactly: two calls of one endpoint that differ only in their input must send
 * the same bytes up to the input (instructions, schema, tools), so that the static part of an ETL prompt is cached.
 */
class PromptPrefixTest extends EmulatorTestSupport {

    private static final String OPTIONS = "instructions=RAW(Classify the review. Answer with the schema.)"
                                          + "&jsonSchema=classpath:schemas/review.json&temperature=0.2"
                                          + "&maxOutputTokens=300&tools=RAW([{\"type\":\"function\",\"name\":\"lookup\","
                                          + "\"description\":\"Looks a product up\",\"parameters\":{\"type\":\"object\","
                                          + "\"properties\":{\"sku\":{\"type\":\"string\"}}}}])";

    @Test
    void twoCallsDifferingOnlyInTheirInputShareTheirBodyUpToTheInputByteForByte() {
        String json = "{\"product_name\":\"blender\",\"rating\":4,\"sentiment\":\"positive\",\"key_features\":[]}";
        String first = bodyOf("Great blender, loud but fast.", json);
        String prefix = first.substring(0, first.indexOf("\"input\""));
        assertThat(prefix).contains("Classify the review", "\"schema\"", "\"lookup\"", "\"temperature\"");
        for (Object input : List.of("Arrived broken; the seller refunded me within a day.",
                List.of(Map.of("role", "user", "content", "A third, as a message list.")))) {
            String body = bodyOf(input, json);
            assertThat(body.substring(0, body.indexOf("\"input\""))).isEqualTo(prefix);
        }
    }

    /** The raw body of the request that a call with this input sent. */
    private static String bodyOf(Object input, String answer) {
        int before = emulator().requests().size();
        emulator().enqueue(Reply.json(answer));
        sendOk(OPTIONS, input, Map.of());
        return emulator().requests().get(before).rawBody();
    }
}
