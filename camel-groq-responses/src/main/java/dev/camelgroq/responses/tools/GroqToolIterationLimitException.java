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
package dev.camelgroq.responses.tools;

/**
 * The model still called tools (or asked approvals) after {@code maxToolIterations} rounds. Error code
 * {@code max_tool_iterations}.
 */
public class GroqToolIterationLimitException extends GroqToolException {

    private static final long serialVersionUID = 1L;

    public GroqToolIterationLimitException(String message) {
        super(message, "max_tool_iterations", null, null, null);
    }
}
