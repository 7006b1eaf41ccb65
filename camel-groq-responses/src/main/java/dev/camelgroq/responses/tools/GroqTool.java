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

import dev.camelgroq.responses.secrets.UriMasking;

/**
 * A function tool whose calls run a Camel endpoint. Bind it in the registry and name it in the {@code functionTools}
 * option, or declare it in the URI with {@code tool.NAME.endpoint=...}.
 *
 * <pre>
 * new GroqTool("lookup_customer", "Finds a customer by e-mail", "direct:lookupCustomer")
 *         .parameters("classpath:schemas/lookup-customer.json");
 * </pre>
 *
 * The endpoint receives the call's arguments as a {@code Map} body with the headers
 * {@code CamelGroqResponsesToolName} and {@code CamelGroqResponsesToolCallId}; its answer body (text, or any object
 * written as JSON) goes back to the model as the call's output.
 */
public class GroqTool {

    private String name;
    private String description;
    private Object parameters;
    private Class<?> parametersClass;
    private String endpointUri;
    private boolean strict;

    public GroqTool() {
    }

    public GroqTool(String name, String description, String endpointUri) {
        this.name = name;
        this.description = description;
        this.endpointUri = endpointUri;
    }

    /** The JSON schema of the arguments: inline JSON, a resource (classpath:, file:, http:) or a Map. */
    public GroqTool parameters(Object schema) {
        this.parameters = schema;
        return this;
    }

    /** Generates the arguments' JSON schema from this class. */
    public GroqTool parametersClass(Class<?> type) {
        this.parametersClass = type;
        return this;
    }

    /** Sends {@code strict: true} for this tool (arguments decoded against the schema; gpt-oss models). */
    public GroqTool strict(boolean value) {
        this.strict = value;
        return this;
    }

    /** Shows the name and the endpoint with its credentials masked. */
    @Override
    public String toString() {
        return "GroqTool[" + name + " -> " + UriMasking.sanitize(String.valueOf(endpointUri)) + "]";
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public Object getParameters() {
        return parameters;
    }

    public void setParameters(Object parameters) {
        this.parameters = parameters;
    }

    public Class<?> getParametersClass() {
        return parametersClass;
    }

    public void setParametersClass(Class<?> parametersClass) {
        this.parametersClass = parametersClass;
    }

    public String getEndpointUri() {
        return endpointUri;
    }

    public void setEndpointUri(String endpointUri) {
        this.endpointUri = endpointUri;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }
}
