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
package dev.camelgroq.responses.memory;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.camelgroq.responses.request.Json;

/**
 * Trims a history to {@code maxHistoryMessages} items and {@code maxHistoryTokens} estimated tokens: whole turns go,
 * oldest first; a cut never falls between a {@code function_call} and its {@code function_call_output} (they may sit in
 * different turns when the route answers the calls itself); the newest turn always stays, even alone over the limits.
 * Tokens are estimated as one per four characters of an item's JSON text, the rate-limit governor's estimate.
 */
final class HistoryTrimmer {

    private final int maxMessages;
    private final int maxTokens;

    /** Limits of 0 mean no limit. */
    HistoryTrimmer(int maxMessages, int maxTokens) {
        this.maxMessages = maxMessages;
        this.maxTokens = maxTokens;
    }

    /** The index of the first turn to keep. */
    int firstKept(List<List<Map<String, Object>>> turns) {
        int n = turns.size();
        if (n == 0 || (maxMessages <= 0 && maxTokens <= 0)) {
            return 0;
        }
        int[] reach = earliestTurnNeeded(turns);
        long messages = 0;
        long tokens = 0;
        int minReach = n;
        int largestCut = -1;
        int best = -1;
        for (int k = n - 1; k >= 0; k--) {
            messages += turns.get(k).size();
            tokens += tokens(turns.get(k));
            minReach = Math.min(minReach, reach[k]);
            if (minReach < k) {
                continue; // a kept turn answers a call made before k: no cut here
            }
            if (largestCut < 0) {
                largestCut = k;
            }
            if ((maxMessages > 0 && messages > maxMessages) || (maxTokens > 0 && tokens > maxTokens)) {
                break;
            }
            best = k;
        }
        return best >= 0 ? best : largestCut;
    }

    /** For each turn, the earliest turn holding a function_call that one of its function_call_outputs answers. */
    private static int[] earliestTurnNeeded(List<List<Map<String, Object>>> turns) {
        Map<Object, Integer> callTurn = new HashMap<>();
        int[] reach = new int[turns.size()];
        for (int i = 0; i < turns.size(); i++) {
            reach[i] = i;
            for (Map<String, Object> item : turns.get(i)) {
                Object type = item.get("type");
                if ("function_call".equals(type)) {
                    callTurn.putIfAbsent(item.get("call_id"), i);
                } else if ("function_call_output".equals(type)) {
                    reach[i] = Math.min(reach[i], callTurn.getOrDefault(item.get("call_id"), i));
                }
            }
        }
        return reach;
    }

    /** The token estimate of some items: one token per four characters of each item's JSON. */
    static long tokens(List<Map<String, Object>> items) {
        long total = 0;
        for (Map<String, Object> item : items) {
            try {
                total += (Json.MAPPER.writeValueAsString(item).length() + 3) / 4;
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("A conversation item cannot be written as JSON", e);
            }
        }
        return total;
    }
}
