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
package dev.camelgroq.responses;

import java.lang.management.ManagementFactory;
import java.util.Set;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.camelgroq.responses.test.Reply;
import dev.camelgroq.responses.tools.GroqTool;
import dev.camelgroq.responses.tools.McpServer;
import org.apache.camel.Endpoint;
import org.apache.camel.Exchange;
import org.apache.camel.builder.RouteBuilder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every secret is masked like apiKey: MCP headers and tool endpoint credentials given in the URI never show in the
 * endpoint URI, toString(), JMX or error messages, and exception getters are redacted like the message.
 */
class SecretMaskingTest extends EmulatorTestSupport {

    private static final String MCP_TOKEN = "ghp_MCPSECRET_0123456789";
    private static final String MCP_JSON_TOKEN = "jsonHeaderSecret_987654";
    private static final String TOOL_PASSWORD = "toolPassw0rd_55555";

    @Test
    void uriSecretsAreMaskedEverywhere() throws Exception {
        emulator().when(r -> true).thenReply(Reply.error(424, "invalid_request_error", "mcp_error",
                "MCP server refused Authorization: Bearer " + MCP_TOKEN + " and " + KEY).param("headers " + MCP_TOKEN));
        String options = "maxRetries=0&mcp.gh.url=https://mcp.example/sse&mcp.gh.headers.Authorization=Bearer "
                         + MCP_TOKEN + "&mcp.other.url=https://mcp2.example&mcp.other.headers=RAW({\"X-Key\":\""
                         + MCP_JSON_TOKEN + "\"})&tool.lookup.endpoint=" + java.net.URLEncoder.encode(
                                 "http://api.example/x?password=" + TOOL_PASSWORD, "UTF-8");
        String uri = uri(options).replace("groq-responses:test", "groq-responses:masked");
        context.addRoutes(new RouteBuilder() {
            @Override
            public void configure() {
                from("direct:masked").routeId("masked").to(uri);
            }
        });
        Exchange exchange = template.send("direct:masked", x -> x.getIn().setBody("Hi"));

        assertThat(emulator().lastRequest().json().at("/tools/1/headers/Authorization").asText())
                .as("the secret still reaches Groq").isEqualTo("Bearer " + MCP_TOKEN);
        GroqResponsesException e = exchange.getException(GroqResponsesException.class);
        assertThat(e).isNotNull();
        assertNoSecret(e.getMessage(), e.getErrorMessage(), e.getParam(), String.valueOf(e.getCause()));

        Endpoint endpoint = context.getEndpoints().stream().filter(ep -> ep instanceof GroqResponsesEndpoint)
                .filter(ep -> ep.getEndpointUri().contains("masked?")).findFirst().orElseThrow();
        assertNoSecret(endpoint.getEndpointUri(), endpoint.toString(), context.getRoute("masked").toString());
        assertThat(endpoint.getEndpointUri()).contains("mcp.gh.headers.Authorization=xxxxxx");

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        Set<ObjectName> names = jmx.queryNames(new ObjectName("org.apache.camel:type=endpoints,*"), null);
        assertThat(names).isNotEmpty();
        for (ObjectName name : names) {
            assertNoSecret(name.toString(), String.valueOf(jmx.getAttribute(name, "EndpointUri")));
        }
        context.getRouteController().stopRoute("masked");
    }

    @Test
    void maskedUrisKeepDistinctEndpointsDistinct() {
        String base = "groq-responses:distinct?model=openai/gpt-oss-20b&baseUrl=" + GROQ.baseUrl();
        Endpoint a = context.getEndpoint(base + "&apiKey=RAW(key-a-1234567890)&maxOutputTokens=10");
        Endpoint b = context.getEndpoint(base + "&apiKey=RAW(key-b-1234567890)&maxOutputTokens=10");
        Endpoint c = context.getEndpoint(base + "&apiKey=RAW(key-a-1234567890)&maxOutputTokens=20");
        assertThat(a).as("another API key is another endpoint").isNotSameAs(b);
        assertThat(a).as("another non-secret value is another endpoint").isNotSameAs(c);
        assertThat(a.getEndpointUri()).contains("maxOutputTokens=10").doesNotContain("key-a-1234567890");
        assertThat(b.getEndpointUri()).doesNotContain("key-b-1234567890");
    }

    @Test
    void beansShowNoSecrets() {
        McpServer server = new McpServer("gh", "https://user:" + TOOL_PASSWORD + "@mcp.example/sse");
        server.getHeaders().put("Authorization", "Bearer " + MCP_TOKEN);
        GroqTool tool = new GroqTool("lookup", "Looks up", "http://api.example/x?password=" + TOOL_PASSWORD);
        assertNoSecret(server.toString(), tool.toString());
        assertThat(server.toString()).contains("Authorization");
    }

    private static void assertNoSecret(String... texts) {
        for (String text : texts) {
            assertThat(text).doesNotContain(MCP_TOKEN).doesNotContain(MCP_JSON_TOKEN).doesNotContain(TOOL_PASSWORD)
                    .doesNotContain(KEY);
        }
    }
}
