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

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.camel.PropertyBindingException;

/** Turns Camel's "No enum constant" binding failure into a message that names the option and its allowed values. */
public final class EnumOptionErrors {

    private EnumOptionErrors() {
    }

    /**
     * The clearer error for {@code e}, or {@code e} itself when it is not about an enum option. {@code optionType} is
     * the option's type as the component knows it (its generated configurer), or null.
     */
    public static RuntimeException explain(PropertyBindingException e, Class<?> optionType) {
        Class<?> type = optionType != null && optionType.isEnum() ? optionType : null;
        if (type == null) {
            return e;
        }
        String listed = listedValues(type);
        String allowed = listed != null ? listed : Arrays.stream(type.getEnumConstants())
                .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
        return new IllegalArgumentException("Option " + e.getPropertyName() + " must be one of " + allowed + ", but was '"
                                            + e.getValue() + "'",
                e);
    }

    /** The values the option documents: every constant that is {@link WireValue#listed()}, null for other enums. */
    private static String listedValues(Class<?> type) {
        if (!WireValue.class.isAssignableFrom(type)) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants()).map(WireValue.class::cast).filter(WireValue::listed)
                .map(c -> c.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
