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
package dev.camelgroq.responses.options;

import java.util.Locale;

/** An option enum whose URI and wire value is its constant's name in lower case (json_schema, on_demand, ...). */
public interface WireValue {

    /** The constant's name, as Java gives it to every enum. */
    String name();

    /** The value as written in URIs and sent on the wire. */
    default String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether the option's documentation lists this value (false for a value kept only to refuse it clearly). */
    default boolean listed() {
        return true;
    }
}
