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
package dev.camelgroq.responses.stream;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Property tests of the server-sent-event parser: random events in every accepted format, cut at random byte
 * boundaries (inside UTF-8 characters and between {@code \r} and {@code \n} included), parse to the same events.
 */
class SseParserTest {

    private static final String[] EOLS = { "\n", "\r\n", "\r" };
    private static final String ALPHABET = "ab c:é€😀\u00e4{}\"[]data event";

    @ParameterizedTest
    @ValueSource(longs = { 1, 2, 3, 4, 5, 6, 7, 8 })
    void randomStreamsCutAnywhereParseToTheSameEvents(long seed) {
        Random random = new Random(seed);
        for (int round = 0; round < 60; round++) {
            List<SseParser.Event> expected = new ArrayList<>();
            StringBuilder wire = new StringBuilder();
            int count = 1 + random.nextInt(12);
            for (int i = 0; i < count; i++) {
                String eol = EOLS[random.nextInt(EOLS.length)];
                if (random.nextInt(4) == 0) {
                    wire.append(": keep-alive").append(eol).append(eol);
                }
                String name = random.nextBoolean() ? "response.output_text.delta" : null;
                if (name != null) {
                    wire.append("event: ").append(name).append(eol);
                }
                if (random.nextInt(5) == 0) {
                    wire.append("id: ").append(i).append(eol).append(": a comment").append(eol);
                }
                List<String> lines = new ArrayList<>();
                int dataLines = 1 + random.nextInt(3);
                for (int l = 0; l < dataLines; l++) {
                    String line = randomText(random);
                    lines.add(line);
                    wire.append(random.nextBoolean() && !line.startsWith(" ") ? "data:" : "data: ").append(line).append(eol);
                }
                wire.append(eol);
                expected.add(new SseParser.Event(name, String.join("\n", lines)));
            }
            if (random.nextBoolean()) {
                wire.append("data: [DONE]\n\n");
                expected.add(new SseParser.Event(null, "[DONE]"));
            }
            assertThat(parseInRandomChunks(wire.toString().getBytes(StandardCharsets.UTF_8), random))
                    .as("seed %s round %s: %s", seed, round, wire).isEqualTo(expected);
        }
    }

    @Test
    void anUnterminatedEventAtTheEndIsDropped() {
        List<SseParser.Event> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        byte[] bytes = "data: one\n\ndata: two\n".getBytes(StandardCharsets.UTF_8);
        parser.feed(bytes, 0, bytes.length);
        assertThat(events).containsExactly(new SseParser.Event(null, "one"));
        assertThat(parser.pendingBytes()).isEqualTo(3);
    }

    @Test
    void aCrlfSplitBetweenChunksIsOneLineEnd() {
        List<SseParser.Event> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        byte[] a = "data: x\r".getBytes(StandardCharsets.UTF_8);
        byte[] b = "\n\r\ndata: y\r\n\r\n".getBytes(StandardCharsets.UTF_8);
        parser.feed(a, 0, a.length);
        parser.feed(b, 0, b.length);
        assertThat(events).containsExactly(new SseParser.Event(null, "x"), new SseParser.Event(null, "y"));
    }

    private static List<SseParser.Event> parseInRandomChunks(byte[] bytes, Random random) {
        List<SseParser.Event> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add);
        int at = 0;
        while (at < bytes.length) {
            int n = Math.min(bytes.length - at, 1 + random.nextInt(random.nextBoolean() ? 3 : 40));
            parser.feed(bytes, at, n);
            at += n;
        }
        return events;
    }

    private static String randomText(Random random) {
        StringBuilder text = new StringBuilder();
        int n = random.nextInt(30);
        int[] cps = ALPHABET.codePoints().toArray();
        for (int i = 0; i < n; i++) {
            text.appendCodePoint(cps[random.nextInt(cps.length)]);
        }
        return text.toString();
    }

    @Test
    void aLineOrAnEventOverTheCapIsRefusedWithoutGrowingFurther() {
        List<SseParser.Event> events = new ArrayList<>();
        SseParser parser = new SseParser(events::add, 1000);
        parser.feed(("data: " + "a".repeat(900) + "\n\n").getBytes(StandardCharsets.UTF_8), 0, 908);
        assertThat(events).hasSize(1);
        byte[] endless = ("data: " + "b".repeat(2000)).getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> parser.feed(endless, 0, endless.length))
                .isInstanceOf(java.io.UncheckedIOException.class).hasMessageContaining("a streamed line is longer than"
                                                                                       + " 1000 bytes (maxResponseSize)");
        assertThat(parser.pendingBytes()).isLessThanOrEqualTo(1000);

        SseParser lines = new SseParser(events::add, 1000);
        byte[] manyLines = ("data: " + "c".repeat(400) + "\n").repeat(3).getBytes(StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> lines.feed(manyLines, 0, manyLines.length))
                .hasMessageContaining("a streamed event is longer than 1000 bytes");
        assertThat(events).hasSize(1);
    }
}
