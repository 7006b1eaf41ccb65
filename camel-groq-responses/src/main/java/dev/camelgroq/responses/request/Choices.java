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
package dev.camelgroq.responses.request;

import java.util.List;

/** Checks that an option or header value is one of its allowed words. */
public final class Choices {

    private Choices() {
    }

    /** Returns {@code value} when allowed (or null), else throws naming {@code what}. */
    public static String require(String value, List<String> allowed, String what) {
        if (value == null || allowed.contains(value)) {
            return value;
        }
        throw new IllegalArgumentException(what + " must be one of " + String.join(", ", allowed) + ", but was '"
                                           + value + "'");
    }
}
