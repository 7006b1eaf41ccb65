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
package dev.camelgroq.responses.kamelet;

/**
 * The property function {@code groq-uri-value}: {@code {{?groq-uri-value:model}}} is the value of the property
 * {@code model} wrapped in {@code RAW(...)} (or {@code RAW{...}} when it contains {@code )&}), so that it reaches the
 * endpoint as one option value whatever it contains ({@code &}, {@code ?}, {@code #}, {@code %}, {@code =}, spaces):
 * never as URI syntax that could add or replace options. A value that fits neither (it holds {@code )&} and also
 * <code>}&amp;</code>, or starts with <code>{</code> or ends with <code>}</code>, which would read as a placeholder) is
 * refused. With the {@code ?} prefix it is optional: an unset property leaves the option out. The
 * groq-responses-action Kamelet passes every option through it.
 * <p>
 * Camel resolves property placeholders inside a property's value before this function sees it, so a value holding
 * {@code {{env:NAME}}} arrives resolved, and a value whose {@code {{...}}} cannot be resolved is refused.
 */
public final class UriValueFunction extends KameletPropertyFunction {

    /** The function's name, as used in placeholders. */
    public static final String NAME = "groq-uri-value";

    public UriValueFunction() {
        super(NAME);
    }

    /** An unset property leaves its option out of the URI, as {@code {{?name}}} does. */
    @Override
    public boolean optional(String remainder) {
        return true;
    }

    /** The value of the property named {@code property}, percent-encoded; null when it is not set. */
    @Override
    String toUri(String property, String value) {
        if (value == null) {
            return null;
        }
        if (!value.contains(")&")) {
            return "RAW(" + value + ")";
        }
        if (!value.contains("}&") && !value.startsWith("{") && !value.endsWith("}")) {
            return "RAW{" + value + "}";
        }
        throw new IllegalArgumentException("Kamelet property " + property + " contains ')&', so it cannot be passed as"
                                           + " RAW(...), and '}&' or a leading '{' or trailing '}', so not as RAW{...}"
                                           + " either: it cannot be passed to the endpoint as one value");
    }
}
