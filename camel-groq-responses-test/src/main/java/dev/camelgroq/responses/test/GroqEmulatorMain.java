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

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/** Runs a {@link GroqEmulator} as a standalone process, for examples, benchmarks and people. */
public final class GroqEmulatorMain {

    private GroqEmulatorMain() {
    }

    /**
     * Serves until stopped. Flags: {@code --port N} (default 8089), {@code --api-key KEY} (default: accept any),
     * {@code --delay-ms N} (latency of every answer), {@code --no-recording}. Rate limits (default generous), as token
     * buckets like Groq's: {@code --rpm N --tpm N [--rpd N] [--minute-ms N]} ({@code --minute-ms} scales time: 6000
     * makes every bucket refill ten times as fast); {@code --fixed-window} uses fixed windows instead. The older
     * {@code --requests N --tokens N --window-ms N} are the same as {@code --rpm --tpm --minute-ms}. For streamed
     * answers: {@code --answer-chars N} (every answer is a text of N characters), {@code --stream-chunk N} (characters
     * per delta, default 8) and {@code --event-delay-ms N} (pause between events).
     * {@code GET /emulator/stats} reports request and status counts. {@code --lenient} turns off the check of every
     * request against Groq's published schema ({@link GroqEmulator#strict(boolean)}). {@code --prompt-cache MODEL,...}
     * models Groq's prompt cache for these models ({@link GroqEmulator#promptCaching}), prefixes expiring after
     * {@code --prompt-cache-ttl-ms N} (default two hours).
     */
    public static void main(String[] args) throws InterruptedException {
        Map<String, String> opts = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            boolean hasValue = i + 1 < args.length && !args[i + 1].startsWith("--");
            opts.put(name, hasValue ? args[++i] : "true");
        }
        GroqEmulator emulator = new GroqEmulator().port(Integer.parseInt(opts.getOrDefault("port", "8089")))
                .recording(!opts.containsKey("no-recording")).strict(!opts.containsKey("lenient"))
                .defaultDelay(Duration.ofMillis(Long.parseLong(opts.getOrDefault("delay-ms", "0"))));
        if (opts.containsKey("api-key")) {
            emulator.apiKey(opts.get("api-key"));
        }
        String rpm = opts.getOrDefault("rpm", opts.get("requests"));
        String tpm = opts.getOrDefault("tpm", opts.get("tokens"));
        if (rpm != null || tpm != null) {
            RateLimits limits = opts.containsKey("fixed-window") ? RateLimits.fixedWindow() : RateLimits.tokenBuckets();
            limits.requestsPerMinute(Long.parseLong(rpm == null ? "1000000" : rpm))
                    .tokensPerMinute(Long.parseLong(tpm == null ? "1000000000" : tpm))
                    .minute(Duration.ofMillis(Long.parseLong(opts.getOrDefault("minute-ms",
                            opts.getOrDefault("window-ms", "60000")))));
            if (opts.containsKey("rpd")) {
                limits.requestsPerDay(Long.parseLong(opts.get("rpd")));
            }
            emulator.rateLimits(limits);
        }
        if (opts.containsKey("prompt-cache")) {
            emulator.promptCaching(Duration.ofMillis(Long.parseLong(opts.getOrDefault("prompt-cache-ttl-ms",
                    "7200000"))), opts.get("prompt-cache").split(","));
        }
        // --- streaming (issue 10) ---
        if (opts.containsKey("answer-chars")) {
            int chars = Integer.parseInt(opts.get("answer-chars"));
            String text = "Streaming answers arrive token by token, so the first words show up at once. "
                    .repeat(chars / 78 + 1).substring(0, chars);
            emulator.when(RequestMatchers.any()).thenReply(Reply.text(text)
                    .streamChunk(Integer.parseInt(opts.getOrDefault("stream-chunk", "8")))
                    .eventDelay(Duration.ofMillis(Long.parseLong(opts.getOrDefault("event-delay-ms", "0")))));
        }
        // --- end streaming (issue 10) ---
        emulator.start();
        System.out.println("Groq Responses emulator serving " + emulator.baseUrl());
        Runtime.getRuntime().addShutdownHook(new Thread(emulator::close));
        Thread.currentThread().join();
    }
}
