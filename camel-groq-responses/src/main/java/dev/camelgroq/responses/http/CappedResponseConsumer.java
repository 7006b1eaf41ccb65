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
import java.util.List;

import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.nio.AsyncEntityConsumer;
import org.apache.hc.core5.http.nio.CapacityChannel;
import org.apache.hc.core5.http.nio.support.AbstractAsyncResponseConsumer;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.apache.hc.core5.util.ByteArrayBuffer;

/**
 * Reads an answer into memory up to a byte limit: an answer that declares more ({@code Content-Length}) fails at once,
 * one that grows past it fails while the body is still arriving (the rest is never read), both with
 * {@link AnswerTooLargeException}.
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

    /**
     * The body bytes, refused past the limit. A declared length sizes the buffer (up to {@link #MAX_PRESIZE}: a
     * length is a claim, not bytes), so a typical answer is read without growing or copying it.
     */
    private static final class CappedBody implements AsyncEntityConsumer<byte[]> {

        /** The largest buffer allocated on a declared length alone; a larger body grows as its bytes arrive. */
        static final int MAX_PRESIZE = 64 * 1024;
        /** The first buffer of a body of unknown length. */
        static final int UNKNOWN_LENGTH_BUFFER = 4096;

        private final long maxBytes;
        private ByteArrayBuffer buffer;
        private FutureCallback<byte[]> callback;
        private volatile byte[] content;

        CappedBody(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        public void streamStart(EntityDetails entity, FutureCallback<byte[]> resultCallback) throws IOException {
            long declared = entity.getContentLength();
            if (maxBytes > 0 && declared > maxBytes) {
                throw new AnswerTooLargeException(maxBytes);
            }
            callback = resultCallback;
            buffer = new ByteArrayBuffer(declared >= 0 && declared <= MAX_PRESIZE ? (int) Math.max(1, declared)
                    : UNKNOWN_LENGTH_BUFFER);
        }

        @Override
        public void updateCapacity(CapacityChannel capacityChannel) throws IOException {
            capacityChannel.update(Integer.MAX_VALUE);
        }

        @Override
        public void consume(ByteBuffer src) throws IOException {
            if (maxBytes > 0 && (long) buffer.length() + src.remaining() > maxBytes) {
                throw new AnswerTooLargeException(maxBytes);
            }
            buffer.append(src);
        }

        @Override
        public void streamEnd(List<? extends Header> trailers) {
            // a buffer sized by the declared length is the body itself
            byte[] body = buffer.length() == buffer.capacity() ? buffer.array() : buffer.toByteArray();
            content = body;
            callback.completed(body);
        }

        @Override
        public void failed(Exception cause) {
            if (callback != null) {
                callback.failed(cause);
            }
        }

        @Override
        public byte[] getContent() {
            return content;
        }

        @Override
        public void releaseResources() {
            // the buffer goes with this consumer; the body handed on is no longer written
        }
    }
}
