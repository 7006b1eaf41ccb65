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

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What the emulator has received and answered: the requests it was told to keep, how many arrived, and how many
 * answers had each HTTP status (also served as {@code GET /emulator/stats}).
 */
final class RequestLog {

    private final List<EmulatorRequest> recorded = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, AtomicInteger> statusCounts = new ConcurrentHashMap<>();
    private final AtomicInteger sequence = new AtomicInteger();

    /** Counts a request that arrived and returns its sequence number (1 for the first). */
    int arrived() {
        return sequence.incrementAndGet();
    }

    /** Keeps this request for {@link #requests()}. */
    void record(EmulatorRequest request) {
        recorded.add(request);
    }

    /** Counts an answer with this HTTP status. */
    void answered(int status) {
        statusCounts.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
    }

    List<EmulatorRequest> requests() {
        synchronized (recorded) {
            return List.copyOf(recorded);
        }
    }

    EmulatorRequest last() {
        synchronized (recorded) {
            return recorded.isEmpty() ? null : recorded.get(recorded.size() - 1);
        }
    }

    int count() {
        return sequence.get();
    }

    int answeredWith(int status) {
        AtomicInteger n = statusCounts.get(status);
        return n == null ? 0 : n.get();
    }

    /** {@code {"requests": n, "statuses": {"200": n, ...}}}. */
    ObjectNode stats(ObjectMapper mapper) {
        ObjectNode stats = mapper.createObjectNode().put("requests", sequence.get());
        ObjectNode statuses = stats.putObject("statuses");
        statusCounts.forEach((status, n) -> statuses.put(String.valueOf(status), n.get()));
        return stats;
    }

    /** Forgets every request and count. */
    void clear() {
        recorded.clear();
        statusCounts.clear();
        sequence.set(0);
    }
}
