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

import dev.camelgroq.responses.GroqResponsesException;

/**
 * A tool call could not be completed: its endpoint failed, or the model called a tool that is not declared. A
 * {@link GroqResponsesException}, so one {@code onException(GroqResponsesException.class)} catches it too; its
 * {@code errorType} is {@code tool_error}.
 */
public class GroqToolException extends GroqResponsesException {

    private static final long serialVersionUID = 1L;

    private final String toolName;
    private final String callId;

    public GroqToolException(String message, String toolName, String callId, Throwable cause) {
        this(message, "tool_failed", toolName, callId, cause);
    }

    protected GroqToolException(String message, String code, String toolName, String callId, Throwable cause) {
        super(message, cause, new Details().type("tool_error").code(code).message(message));
        this.toolName = toolName;
        this.callId = callId;
    }

    public String getToolName() {
        return toolName;
    }

    public String getCallId() {
        return callId;
    }
}
