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
package dev.camelgroq.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The issue-16 figures of one run, each beside its target, printed together at the end: every section that measures
 * one of them adds a row, so a single run ({@code -Dbench.args=issue16}) prints every ratio side by side.
 */
final class BenchSummary {

    private record Row(String figure, String value, String target, boolean met) {
    }

    private static final List<Row> ROWS = new ArrayList<>();

    private BenchSummary() {
    }

    /** A figure of this run: its value as printed, the target as text, and whether the value meets it. */
    static synchronized void add(String figure, String value, String target, boolean met) {
        ROWS.add(new Row(figure, value, target, met));
    }

    /** Prints the rows added so far (nothing when no section added one). */
    static synchronized void print() {
        if (ROWS.isEmpty()) {
            return;
        }
        System.out.printf(Locale.ROOT, "%nSummary of this run (load average at the end: %s)%n| figure | this run | target"
                                       + " | met |%n|---|---|---|---|%n", loadAverage());
        for (Row r : ROWS) {
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s |%n", r.figure(), r.value(), r.target(),
                    r.met() ? "yes" : "**no**");
        }
    }

    private static String loadAverage() {
        double load = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return load < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", load);
    }
}
