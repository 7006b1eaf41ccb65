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

import java.net.SocketTimeoutException;

/** A streamed attempt was still going when its {@code streamTimeout} (the longest it may take in all) ran out. */
final class StreamTimeoutException extends SocketTimeoutException {

    private static final long serialVersionUID = 1L;

    StreamTimeoutException(long streamTimeoutMillis) {
        super("the streamed answer took longer than streamTimeout=" + streamTimeoutMillis + " ms in all (keep-alive"
              + " comments and pauses included): reading stopped there (raise streamTimeout for longer answers)");
    }
}
