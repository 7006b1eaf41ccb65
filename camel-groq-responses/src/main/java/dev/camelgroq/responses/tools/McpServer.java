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

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.camelgroq.responses.secrets.UriMasking;

/**
 * A remote MCP server Groq may call during a response ({@code {type: "mcp", server_label, server_url, headers,
 * allowed_tools, require_approval}}). Its headers are secrets: declare servers as beans so they stay out of URIs.
 */
public class McpServer {

    private String label;
    private String url;
    private Map<String, String> headers = new LinkedHashMap<>();
    private List<String> allowedTools;
    private String requireApproval = "never";

    public McpServer() {
    }

    public McpServer(String label, String url) {
        this.label = label;
        this.url = url;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Map<String, String> getHeaders() {
        return headers;
    }

    public void setHeaders(Map<String, String> headers) {
        this.headers = headers;
    }

    public List<String> getAllowedTools() {
        return allowedTools;
    }

    public void setAllowedTools(List<String> allowedTools) {
        this.allowedTools = allowedTools;
    }

    /** Shows the label and URL; header values are secrets and never shown. */
    @Override
    public String toString() {
        return "McpServer[" + label + " " + UriMasking.sanitize(String.valueOf(url)) + " headers="
               + (headers == null ? "[]" : headers.keySet()) + "]";
    }

    /** always or never. */
    public String getRequireApproval() {
        return requireApproval;
    }

    public void setRequireApproval(String requireApproval) {
        this.requireApproval = requireApproval;
    }
}
