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
package dev.camelgroq.responses.response;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

import dev.camelgroq.responses.GroqResponsesConstants;
import org.apache.camel.CamelContext;
import org.apache.camel.Message;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.spi.HeadersMapFactory;
import org.apache.camel.support.DefaultMessage;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The component's headers written in one go: the same map as one setHeader call each, whatever was there before. */
class HeaderBatchTest {

    @Test
    void theBatchMergesWithTheMessagesHeadersAsSetHeaderWould() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Message batched = new DefaultMessage(context);
            Message oneByOne = new DefaultMessage(context);
            for (Message m : new Message[] { batched, oneByOne }) {
                m.setHeader("aaa", 1);
                m.setHeader("CamelGroqResponsesModelCalls", 7); // replaced below
                m.setHeader("camelgroqresponsesretries", 9); // the same name in another case: replaced
                m.setHeader("CamelGroqResponsesStatus", "kept"); // not in the batch: kept
                m.setHeader("zzz", 2);
            }
            new HeaderBatch().set(GroqResponsesConstants.MODEL_CALLS, 1).set(GroqResponsesConstants.RETRIES, 0)
                    .set(GroqResponsesConstants.OUTPUT_TEXT, "hi").set(GroqResponsesConstants.REASONING, null)
                    .set(GroqResponsesConstants.TOTAL_TOKENS, 42L).writeTo(batched);
            oneByOne.setHeader(GroqResponsesConstants.MODEL_CALLS, 1);
            oneByOne.setHeader(GroqResponsesConstants.RETRIES, 0);
            oneByOne.setHeader(GroqResponsesConstants.OUTPUT_TEXT, "hi");
            oneByOne.setHeader(GroqResponsesConstants.TOTAL_TOKENS, 42L);

            assertThat(batched.getHeaders()).isEqualTo(oneByOne.getHeaders()).hasSize(7)
                    .doesNotContainKey(GroqResponsesConstants.REASONING);
            assertThat(batched.getHeader("CAMELGROQRESPONSESOUTPUTTEXT")).isEqualTo("hi");
            assertThat(batched.getHeader(GroqResponsesConstants.RETRIES)).isEqualTo(0);
            // still Camel's case-insensitive map, in its order
            assertThat(batched.getHeaders()).isInstanceOf(TreeMap.class);
            assertThat(new java.util.ArrayList<>(batched.getHeaders().keySet())).isSortedAccordingTo(String.CASE_INSENSITIVE_ORDER);
        }
    }

    @Test
    void aMessageWithoutCamelsDefaultHeaderMapGetsTheHeadersOneByOne() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.getCamelContextExtension().setHeadersMapFactory(new PlainMaps());
            context.start();
            Message message = new DefaultMessage(context);
            message.setHeader("aaa", 1);
            new HeaderBatch().set(GroqResponsesConstants.OUTPUT_TEXT, "hi").writeTo(message);
            assertThat(message.getHeaders()).isInstanceOf(HashMap.class)
                    .containsEntry("aaa", 1).containsEntry(GroqResponsesConstants.OUTPUT_TEXT, "hi").hasSize(2);
        }
    }

    @Test
    void anEmptyBatchLeavesTheHeadersAsTheyAre() throws Exception {
        try (CamelContext context = new DefaultCamelContext()) {
            context.start();
            Message message = new DefaultMessage(context);
            message.setHeader("aaa", 1);
            Map<String, Object> before = message.getHeaders();
            new HeaderBatch().set(GroqResponsesConstants.REASONING, null).writeTo(message);
            assertThat(message.getHeaders()).isSameAs(before).hasSize(1);
        }
    }

    @Test
    void aNameThatIsNotAComponentHeaderIsRefused() {
        assertThatThrownBy(() -> new HeaderBatch().set("CamelGroqResponsesNoSuchHeader", 1))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("CamelGroqResponsesNoSuchHeader");
    }

    /** Header maps that are plain HashMaps (as a custom HeadersMapFactory may give). */
    private static final class PlainMaps implements HeadersMapFactory {
        @Override
        public Map<String, Object> newMap() {
            return new HashMap<>();
        }

        @Override
        public Map<String, Object> newMap(Map<String, Object> map) {
            return new HashMap<>(map);
        }

        @Override
        public boolean isInstanceOf(Map<String, Object> map) {
            return map instanceof HashMap;
        }

        @Override
        public boolean isCaseInsensitive() {
            return false;
        }
    }
}
