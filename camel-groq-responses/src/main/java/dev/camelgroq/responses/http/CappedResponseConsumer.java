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
package dev.camelgroq.responses.http;

import java.io.IOException;
import java.nio.ByteBuffer;

import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.entity.AbstractBinAsyncEntityConsumer;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * Reads an answer into memory up to a byte limit; one byte more fails the exchange with
 * {@link AnswerTooLargeException} while the body is still arriving (the rest is never read).
 */
final class CappedResponseConsumer extends AbstractAsyncResponseConsumer<HttpAnswer, byte[]> {

    CappedResponseConsumer(long maxBytes) {
        super(() -> new CappedBody(maxBytes));
    }

    @Override
    public void informationResponse(HttpResponse response, HttpContext context) {
        // 1xx answers carry nothing the component needs
    }

    @Override
    protected HttpAnswer buildResult(HttpResponse response, byte[] body, ContentType contentType) {
        return HttpAnswer.of(response.getCode(), response.getHeaders(), body);
    }

    /** The body bytes, refused past the limit. */
    private static final class CappedBody extends AbstractBinAsyncEntityConsumer<byte[]> {

        private final long maxBytes;
        // a typical answer (output, usage, metadata) fits without growing the buffer
        private final ByteArrayBuffer buffer = new ByteArrayBuffer(4096);

        CappedBody(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void streamStart(ContentType contentType) {
            // the content type is read from the headers by the caller
        }

        @Override
        protected int capacityIncrement() {
            return Integer.MAX_VALUE;
        }

        @Override
        protected void data(ByteBuffer src, boolean endOfStream) throws IOException {
            if (maxBytes > 0 && (long) buffer.length() + src.remaining() > maxBytes) {
                throw new AnswerTooLargeException(maxBytes);
            }
            if (src.hasArray()) {
                buffer.append(src.array(), src.arrayOffset() + src.position(), src.remaining());
                src.position(src.limit());
            } else {
                while (src.hasRemaining()) {
                    buffer.append(src.get());
                }
            }
        }

        @Override
        protected byte[] generateContent() {
            return buffer.toByteArray();
        }

        @Override
        public void releaseResources() {
            buffer.clear();
        }
    }
}
