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
package dev.camelgroq.responses.test;

import java.util.function.Predicate;

/** Ready-made predicates for {@link GroqEmulator#when(Predicate)}. Combine them with {@link Predicate#and}. */
public final class RequestMatchers {

    private RequestMatchers() {
    }

    /** Every request. */
    public static Predicate<EmulatorRequest> any() {
        return r -> true;
    }

    /** The input text (string input or any item text) contains {@code fragment}. */
    public static Predicate<EmulatorRequest> inputContains(String fragment) {
        return r -> r.inputText().contains(fragment);
    }

    /** The instructions contain {@code fragment}. */
    public static Predicate<EmulatorRequest> instructionsContains(String fragment) {
        return r -> r.instructions() != null && r.instructions().contains(fragment);
    }

    /** The request names this model. */
    public static Predicate<EmulatorRequest> model(String model) {
        return r -> model.equals(r.model());
    }

    /** The request carries this header with this value (name case-insensitive). */
    public static Predicate<EmulatorRequest> header(String name, String value) {
        return r -> value.equals(r.header(name));
    }

    /** The input holds at least one item of this type, for example {@code function_call_output}. */
    public static Predicate<EmulatorRequest> hasInputItem(String type) {
        return r -> !r.inputItems(type).isEmpty();
    }

    /** The input holds no item of this type. */
    public static Predicate<EmulatorRequest> lacksInputItem(String type) {
        return r -> r.inputItems(type).isEmpty();
    }
}
