package dev.camelgroq.responses.request;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A JSON schema or tool list fetched over http: is read with a whole-download deadline and a size cap (issue 7). */
class HttpResourcesTest {

    private static HttpServer server;
    private static ScheduledExecutorService timer;

    @BeforeAll
    static void serve() throws IOException {
        timer = Executors.newScheduledThreadPool(2);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/schema.json", x -> reply(x, "{\"type\":\"object\"}".getBytes(StandardCharsets.UTF_8)));
        server.createContext("/huge.json", x -> reply(x, new byte[HttpResources.MAX_BYTES + 10]));
        server.createContext("/trickle.json", x -> {
            x.sendResponseHeaders(200, 0);
            trickle(x, 0);
        });
        server.start();
    }

    @AfterAll
    static void stop() {
        server.stop(0);
        timer.shutdownNow();
    }

    private static void reply(HttpExchange exchange, byte[] body) throws IOException {
        exchange.sendResponseHeaders(200, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    /** One space every 50 ms for ever: never silent long enough for a read timeout. */
    private static void trickle(HttpExchange exchange, int sent) {
        try {
            exchange.getResponseBody().write(' ');
            exchange.getResponseBody().flush();
            timer.schedule(() -> trickle(exchange, sent + 1), 50, TimeUnit.MILLISECONDS);
        } catch (IOException | RuntimeException closed) {
            exchange.close();
        }
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    @Test
    void readsASchema() throws IOException {
        try (InputStream in = HttpResources.open(url("/schema.json"), 2000)) {
            assertThat(new String(HttpResources.readCapped(in, "schema"), StandardCharsets.UTF_8))
                    .isEqualTo("{\"type\":\"object\"}");
        }
    }

    @Test
    void aTricklingServerHitsTheWholeDownloadDeadline() {
        assertThatThrownBy(() -> {
            try (InputStream in = HttpResources.open(url("/trickle.json"), 400)) {
                HttpResources.readCapped(in, "trickle");
            }
        }).isInstanceOf(SocketTimeoutException.class).hasMessageContaining("longer than 400 ms");
    }

    @Test
    void aHugeResourceIsRefused() {
        assertThatThrownBy(() -> {
            try (InputStream in = HttpResources.open(url("/huge.json"), 2000)) {
                HttpResources.readCapped(in, "huge");
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("larger than " + HttpResources.MAX_BYTES);
    }
}
