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
import java.util.List;
import java.util.Map;

/**
 * What the body of a successful scripted answer holds: output text, reasoning, raw items, function calls, the
 * response status and any usage figures that replace the estimated ones. {@link Reply}'s fluent methods fill it,
 * {@link ResponseFactory} turns it into Groq's response object.
 */
final class ScriptedOutput {

    /** The output text; {@code null} for the deterministic default answer. */
    String text;
    String reasoning;
    final List<Map<String, Object>> extraItems = new ArrayList<>();
    final List<Map<String, Object>> functionCalls = new ArrayList<>();
    String responseStatus = "completed";
    String incompleteReason;
    /** The {@code error} of a 200 answer with {@code status: failed}. */
    String failureCode;
    String failureMessage;
    /** Usage figures that replace the estimated ones; {@code null} where the estimate stands. */
    Long usageInputTokens;
    Long usageOutputTokens;
    Long cachedTokens;
}
