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

import java.util.regex.Pattern;

/**
 * The property function {@code groq-step-name}: {@code {{groq-step-name:stepName}}} is the value of the property
 * {@code stepName} for the path of a {@code groq-responses:} URI, where {@code RAW(...)} does not apply and Camel
 * decodes percent escapes. A step name is a label, so only letters, digits, {@code .}, {@code _} and {@code -} are
 * taken; anything else (a {@code ?} that would start options, a {@code /}, a space) is refused.
 */
public final class StepNameFunction extends KameletPropertyFunction {

    /** The function's name, as used in placeholders. */
    public static final String NAME = "groq-step-name";

    private static final Pattern LABEL = Pattern.compile("[A-Za-z0-9._-]{1,100}");

    public StepNameFunction() {
        super(NAME);
    }

    @Override
    String toUri(String property, String value) {
        if (value == null || !LABEL.matcher(value).matches()) {
            throw new IllegalArgumentException("Kamelet property " + property + " must be a label of 1 to 100 letters,"
                                               + " digits, '.', '_' or '-' (it names the step in logs and metrics)");
        }
        return value;
    }
}
