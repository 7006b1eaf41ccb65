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

import java.io.ByteArrayOutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

import dev.camelgroq.responses.http.AnswerTooLargeException;

/**
 * An incremental parser of server-sent events (the {@code text/event-stream} format). Bytes arrive in chunks cut
 * anywhere, even inside a UTF-8 character: a line is decoded only when complete. Accepts {@code \n}, {@code \r\n} and
 * {@code \r} line ends, {@code event:} lines or none, comment and keep-alive lines (starting with {@code :}),
 * {@code id:} and {@code retry:} (ignored) and multi-line {@code data:} (joined with {@code \n}). An event is
 * dispatched at the blank line that ends it; an unterminated event at the end of the stream is dropped, as the
 * format requires. A line, and the data of an event, may hold at most {@code maxEventBytes}: one byte more throws an
 * {@link UncheckedIOException} whose cause is an {@link AnswerTooLargeException}, so a line that never ends cannot
 * exhaust the heap.
 */
public final class SseParser {

    /** One event: its {@code event:} name (null when none was sent) and its data. */
    public record Event(String name, String data) {
    }

    private final Consumer<Event> sink;
    /** A buffer that grew past this is dropped after use rather than kept for the rest of the stream. */
    private static final int KEEP_BUFFER = 64 * 1024;

    private ByteArrayOutputStream line = new ByteArrayOutputStream(256);
    private StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String name;
    private boolean afterCr;
    private final long maxEventBytes;
    private long eventBytes;

    /** A parser without a size limit (for trusted input such as tests). */
    public SseParser(Consumer<Event> sink) {
        this(sink, 0);
    }

    /** A parser that refuses a line or an event's data longer than {@code maxEventBytes} (0: no limit). */
    public SseParser(Consumer<Event> sink, long maxEventBytes) {
        this.sink = sink;
        this.maxEventBytes = maxEventBytes;
    }

    /** Consumes every remaining byte of {@code chunk}. */
    public void feed(ByteBuffer chunk) {
        while (chunk.hasRemaining()) {
            byte b = chunk.get();
            if (afterCr) {
                afterCr = false;
                if (b == '\n') {
                    continue;
                }
            }
            if (b == '\r') {
                afterCr = true;
                endOfLine();
            } else if (b == '\n') {
                endOfLine();
            } else {
                append(chunk, b);
            }
        }
    }

    /** Adds {@code first} and the bytes after it up to the next line end (or the chunk's end) to the line. */
    private void append(ByteBuffer chunk, byte first) {
        int start = chunk.position() - 1;
        int end = chunk.position();
        while (end < chunk.limit() && chunk.get(end) != '\n' && chunk.get(end) != '\r') {
            end++;
        }
        int length = end - start;
        if (maxEventBytes > 0 && (long) line.size() + length > maxEventBytes) {
            throw tooLarge("a streamed line");
        }
        if (chunk.hasArray()) {
            line.write(chunk.array(), chunk.arrayOffset() + start, length);
        } else {
            line.write(first);
            for (int i = start + 1; i < end; i++) {
                line.write(chunk.get(i));
            }
        }
        chunk.position(end);
    }

    private UncheckedIOException tooLarge(String what) {
        return new UncheckedIOException(new AnswerTooLargeException(what + " is longer than " + maxEventBytes
                                                                    + " bytes (maxResponseSize): reading stopped there"
                                                                    + " (raise maxResponseSize if such events are"
                                                                    + " expected)"));
    }

    /** Consumes a whole byte array (a convenience for tests and callers holding arrays). */
    public void feed(byte[] bytes, int offset, int length) {
        feed(ByteBuffer.wrap(bytes, offset, length));
    }

    /** How many bytes of an unfinished line are held. */
    public int pendingBytes() {
        return line.size() + data.length();
    }

    private void endOfLine() {
        String text = line.toString(StandardCharsets.UTF_8);
        if (line.size() > KEEP_BUFFER) {
            line = new ByteArrayOutputStream(256);
        } else {
            line.reset();
        }
        if (text.isEmpty()) {
            dispatch();
            return;
        }
        if (text.charAt(0) == ':') {
            return;
        }
        int colon = text.indexOf(':');
        String field = colon < 0 ? text : text.substring(0, colon);
        String value = colon < 0 ? "" : text.substring(colon + 1);
        if (value.startsWith(" ")) {
            value = value.substring(1);
        }
        if ("data".equals(field)) {
            eventBytes += value.length() + 1;
            if (maxEventBytes > 0 && eventBytes > maxEventBytes) {
                throw tooLarge("a streamed event");
            }
            if (hasData) {
                data.append('\n');
            }
            data.append(value);
            hasData = true;
        } else if ("event".equals(field)) {
            name = value;
        }
    }

    private void dispatch() {
        if (hasData) {
            Event event = new Event(name, data.toString());
            if (data.length() > KEEP_BUFFER) {
                data = new StringBuilder();
            } else {
                data.setLength(0);
            }
            eventBytes = 0;
            hasData = false;
            name = null;
            sink.accept(event);
        } else {
            name = null;
        }
    }
}
