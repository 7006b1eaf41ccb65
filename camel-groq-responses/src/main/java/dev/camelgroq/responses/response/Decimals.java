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
package dev.camelgroq.responses.response;

/**
 * Reads the plain decimals of every answer (timings such as {@code 0.037493756}, the numbers of reset durations) the
 * way {@link Double#parseDouble} does, without cutting a substring and without its general parser when the digits fit:
 * up to 15 significant digits and 22 after the point give {@code digits / 10^scale}, one correctly rounded division,
 * so the result is the same double. Anything else (a sign, an exponent, spaces, more digits) goes to
 * {@link Double#parseDouble}, which also decides what is not a number.
 */
final class Decimals {

    /** The largest value that can take one more digit and stay exact in a double (below 2^53). */
    private static final long EXACT_LIMIT = (1L << 53) / 10 - 1;
    private static final double[] POWERS_OF_TEN = powersOfTen();

    private Decimals() {
    }

    /** The value of {@code text} from {@code from} (inclusive) to {@code to} (exclusive), as Double.parseDouble. */
    static double parse(String text, int from, int to) {
        long digits = 0;
        int scale = 0;
        boolean point = false;
        boolean any = false;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9' && digits <= EXACT_LIMIT) {
                digits = digits * 10 + (c - '0');
                any = true;
                if (point) {
                    scale++;
                }
            } else if (c == '.' && !point) {
                point = true;
            } else {
                return Double.parseDouble(text.substring(from, to));
            }
        }
        if (!any || scale >= POWERS_OF_TEN.length) {
            return Double.parseDouble(text.substring(from, to));
        }
        return digits / POWERS_OF_TEN[scale];
    }

    /** The value of the whole {@code text}, as Double.parseDouble. */
    static double parse(String text) {
        return parse(text, 0, text.length());
    }

    private static double[] powersOfTen() {
        double[] powers = new double[23];
        double power = 1;
        for (int i = 0; i < powers.length; i++) {
            powers[i] = power;
            power *= 10;
        }
        return powers;
    }
}
