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
import java.net.ServerSocket;
import java.util.List;
import java.util.Map;

import javax.management.MBeanServer;
import javax.management.ObjectName;

import dev.camelgroq.responses.test.Reply;
import org.apache.camel.console.DevConsole;
import org.apache.camel.console.DevConsoleResolver;
import org.apache.camel.health.HealthCheck;
import org.apache.camel.health.HealthCheckHelper;
import org.apache.camel.health.HealthCheckRepository;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The producer health check against a good key, a rejected key and a closed port; the dev console; the MBean. */
class HealthAndConsoleTest extends EmulatorTestSupport {

    @BeforeAll
    static void enableProducerChecks() {
        HealthCheckRepository producers = HealthCheckHelper.getHealthCheckRepository(context, "producers",
                HealthCheckRepository.class);
        assertThat(producers).as("Camel's producers health-check repository").isNotNull();
        producers.setEnabled(true);
    }

    @Test
    void upWithAGoodKeyAndAskedAtMostOncePerInterval() throws Exception {
        context.getEndpoint(namedUri("healthy", "")).start();
        HealthCheck.Result first = check("healthy");
        HealthCheck.Result second = check("healthy");

        assertThat(first.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(second.getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(emulator().requests()).filteredOn(r -> r.path().endsWith("/models")).as("GET /models calls")
                .hasSize(1);
        assertThat(emulator().requests()).filteredOn(r -> r.path().endsWith("/responses")).isEmpty();
    }

    @Test
    void endpointsSharingANameGetTheirOwnCheck() throws Exception {
        context.getEndpoint(namedUri("twin", "temperature=0.1")).start();
        context.getEndpoint(namedUri("twin", "temperature=0.2")).start();
        assertThat(check("twin").getState()).isEqualTo(HealthCheck.State.UP);
        assertThat(check("twin-2").getState()).isEqualTo(HealthCheck.State.UP);
    }

    @Test
    void downWhenGroqRejectsTheKey() throws Exception {
        emulator().apiKey("gsk_the_right_key");
        try {
            String uri = "groq-responses:rejected?model=openai/gpt-oss-20b&apiKey=RAW(gsk_a_wrong_key)&baseUrl="
                         + GROQ.baseUrl();
            context.getEndpoint(uri).start();
            HealthCheck.Result result = check("rejected");
            assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
            assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("rejects the API key")
                    .contains("401").doesNotContain("gsk_a_wrong_key"));
            assertThat(result.getDetails()).containsEntry("service.status.code", 401);
        } finally {
            emulator().apiKey(null);
        }
    }

    @Test
    void downWhenTheBaseUrlIsUnreachable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String uri = "groq-responses:unreachable?model=openai/gpt-oss-20b&apiKey=RAW(" + KEY
                     + ")&baseUrl=http://127.0.0.1:" + closedPort + "/openai/v1";
        context.getEndpoint(uri).start();
        HealthCheck.Result result = check("unreachable");
        assertThat(result.getState()).isEqualTo(HealthCheck.State.DOWN);
        assertThat(result.getMessage()).hasValueSatisfying(m -> assertThat(m).contains("unreachable")
                .contains("127.0.0.1:" + closedPort));
        assertThat(result.getError()).isPresent();
    }

    @Test
    @SuppressWarnings("unchecked")
    void consoleAndMBeanShowCallsTokensAndRateLimitState() throws Exception {
        emulator().enqueue(Reply.text("Hi").usage(80, 20, 0), Reply.error(400, "invalid_request_error",
                "model_decommissioned", "gone"));
        String uri = namedUri("console", "retryInitialDelay=10");
        template.send(uri, e -> e.getIn().setBody("Hello"));
        template.send(uri, e -> e.getIn().setBody("Hello again"));

        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("groq-responses");
        assertThat(console).as("dev console groq-responses").isNotNull();
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        Map<String, Object> entry = ((List<Map<String, Object>>) json.get("endpoints")).stream()
                .filter(e -> "console".equals(e.get("endpoint"))).findFirst().orElseThrow();
        assertThat(entry).containsEntry("calls", 2L).containsEntry("failures", 1L).containsEntry("inputTokens", 80L)
                .containsEntry("outputTokens", 20L).containsEntry("lastErrorType", "model_decommissioned");
        assertThat((Map<String, Object>) entry.get("lastRateLimit")).containsKeys("remainingTokens",
                "remainingRequests");
        assertThat((Map<String, Object>) entry.get("governorQueue")).containsEntry("openai/gpt-oss-20b", 0);
        assertThat(entry.get("uri").toString()).doesNotContain(KEY);

        // the calls ended on the HTTP client's threads, so the route went on on the component's route pool
        Map<String, Object> pools = (Map<String, Object>) ((Map<String, Object>) json.get("pools")).get("groq-responses");
        Map<String, Object> route = (Map<String, Object>) pools.get("GroqResponsesRoute");
        assertThat(route).containsEntry("maxThreads", 20).containsEntry("maxQueued", 10_000).containsKey("queued");
        assertThat((Integer) route.get("threads")).as("route pool threads").isBetween(1, 20);

        String text = (String) console.call(DevConsole.MediaType.TEXT, Map.of());
        assertThat(text).contains("groq-responses:console (model openai/gpt-oss-20b)").contains("calls: 2")
                .contains("pools of groq-responses:").contains("GroqResponsesRoute: {threads=").doesNotContain(KEY);

        MBeanServer jmx = ManagementFactory.getPlatformMBeanServer();
        ObjectName stats = jmx.queryNames(new ObjectName("org.apache.camel:*"), null).stream()
                .filter(n -> n.toString().contains("GroqResponsesStats")
                             && n.toString().contains(context.getManagementName()))
                .findFirst().orElseThrow(() -> new AssertionError("no GroqResponsesStats MBean"));
        assertThat(((Number) jmx.getAttribute(stats, "InputTokens")).longValue()).isGreaterThanOrEqualTo(80);
        assertThat(jmx.invoke(stats, "report", null, null).toString()).contains("groq-responses:console");

        // the component's own pools have MBeans of their own (Camel's thread-pool MBeans list only Camel's pools)
        ObjectName routePool = jmx.queryNames(new ObjectName("org.apache.camel:*"), null).stream()
                .filter(n -> n.toString().contains("GroqResponsesRoute-")
                             && n.toString().contains(context.getManagementName()))
                .findFirst().orElseThrow(() -> new AssertionError("no MBean of the GroqResponsesRoute pool"));
        assertThat(jmx.getAttribute(routePool, "Name")).isEqualTo("GroqResponsesRoute");
        assertThat(jmx.getAttribute(routePool, "MaxThreads")).isEqualTo(20);
        assertThat(jmx.getAttribute(routePool, "MaxQueued")).isEqualTo(10_000);
        assertThat(((Number) jmx.getAttribute(routePool, "CompletedTasks")).longValue())
                .as("the two exchanges went on on the route pool").isGreaterThanOrEqualTo(2);
        assertThat(jmx.getAttribute(routePool, "RefusedTasks")).isEqualTo(0L);
        assertThat(route).containsEntry("refusedTasks", 0L).containsKey("completedTasks");
    }

    @Test
    @SuppressWarnings("unchecked")
    void consoleShowsTheModelTheCallsUsedNotOnlyTheOption() throws Exception {
        // the call is resolved once: the model a header or an allowed body field names is the one reported
        String other = "llama-3.3-70b-versatile";
        String fromBody = "qwen/qwen3-32b";
        emulator().enqueue(Reply.text("one"), Reply.text("two"));
        String uri = namedUri("usedModel", "bodyFields=model");
        template.send(uri, e -> {
            e.getIn().setBody("Hello");
            e.getIn().setHeader(GroqResponsesConstants.MODEL, other);
        });
        DevConsole console = context.getCamelContextExtension().getContextPlugin(DevConsoleResolver.class)
                .resolveDevConsole("groq-responses");
        assertThat(entry(console, "usedModel")).containsEntry("model", other);
        assertThat((Map<String, Object>) entry(console, "usedModel").get("governorQueue")).containsKeys(other,
                "openai/gpt-oss-20b");

        template.send(uri, e -> e.getIn().setBody(Map.of("model", fromBody, "input", "Hello")));
        assertThat(emulator().lastRequest().json().path("model").asText()).isEqualTo(fromBody);
        assertThat(entry(console, "usedModel")).containsEntry("model", fromBody);
        assertThat((String) console.call(DevConsole.MediaType.TEXT, Map.of()))
                .contains("groq-responses:usedModel (model " + fromBody + ")");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(DevConsole console, String endpoint) {
        Map<String, Object> json = (Map<String, Object>) console.call(DevConsole.MediaType.JSON, Map.of());
        return ((List<Map<String, Object>>) json.get("endpoints")).stream()
                .filter(e -> endpoint.equals(e.get("endpoint"))).findFirst().orElseThrow();
    }

    private static HealthCheck.Result check(String endpoint) {
        return HealthCheckHelper.invoke(context, "producer:groq-responses-" + endpoint, Map.of())
                .orElseThrow(() -> new AssertionError("no health check producer:groq-responses-" + endpoint));
    }
}
