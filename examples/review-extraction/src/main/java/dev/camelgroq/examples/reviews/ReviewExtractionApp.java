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
package dev.camelgroq.examples.reviews;

import java.io.File;
import java.util.Objects;

import dev.camelgroq.responses.GroqResponsesComponent;
import dev.camelgroq.responses.test.GroqEmulator;
import org.apache.camel.main.Main;

/**
 * Runs the review extraction job once over every file of the input folder, then stops.
 * <p>
 * With GROQ_API_KEY set it talks to Groq; without it, an in-process emulator of Groq's Responses API stands in. Input,
 * output and model come from the system properties {@code reviews.input}, {@code reviews.output} and
 * {@code groq.model} (defaults: data/reviews, target/extracted, openai/gpt-oss-20b).
 */
public final class ReviewExtractionApp {

    private ReviewExtractionApp() {
    }

    public static void main(String[] args) throws Exception {
        String input = System.getProperty("reviews.input", "data/reviews");
        String output = System.getProperty("reviews.output", "target/extracted");
        String model = System.getProperty("groq.model", "openai/gpt-oss-20b");
        run(input, output, model, System.getenv("GROQ_API_KEY"), System.getenv("GROQ_BASE_URL"));
    }

    /** Runs the job; returns when every review has been processed. */
    public static void run(String input, String output, String model, String apiKey, String baseUrl)
            throws Exception {
        File[] reviews = new File(input).listFiles((dir, name) -> name.endsWith(".txt"));
        if (reviews == null || reviews.length == 0) {
            throw new IllegalArgumentException("No *.txt reviews in " + new File(input).getAbsolutePath());
        }
        GroqEmulator emulator = apiKey == null || apiKey.isBlank() ? new GroqEmulator().start() : null;
        try {
            GroqResponsesComponent groq = new GroqResponsesComponent();
            if (emulator != null) {
                System.out.println("GROQ_API_KEY is not set: using the in-process emulator at " + emulator.baseUrl());
                groq.getConfiguration().setApiKey("emulator");
                groq.getConfiguration().setBaseUrl(emulator.baseUrl());
            } else {
                groq.getConfiguration().setApiKey(apiKey);
                groq.getConfiguration().setBaseUrl(Objects.requireNonNullElse(baseUrl,
                        "https://api.groq.com/openai/v1"));
            }
            Main main = new Main();
            main.bind("groq-responses", groq);
            main.configure().addRoutesBuilder(new ReviewRoutes());
            main.addInitialProperty("reviews.input", new File(input).getAbsolutePath());
            main.addInitialProperty("reviews.output", new File(output).getAbsolutePath());
            main.addInitialProperty("groq.model", model);
            main.configure().withDurationMaxMessages(reviews.length);
            main.configure().withDurationMaxSeconds(300);
            main.run();
            System.out.println("Extracted " + reviews.length + " reviews into " + new File(output).getAbsolutePath());
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }
}
