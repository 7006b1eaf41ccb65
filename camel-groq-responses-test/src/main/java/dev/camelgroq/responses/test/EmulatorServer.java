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

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

/**
 * The emulator's HTTP or HTTPS server on loopback and its threads: the request handlers, the timer that writes
 * delayed answers, and one writer thread per stream (a client that stops reading holds only its own).
 */
final class EmulatorServer {

    private final HttpServer server;
    private final ExecutorService handlers;
    private final ScheduledExecutorService scheduler;
    private final ExecutorService streamWriters;
    private final ResponseWriter writer;

    /** Binds a loopback port (0 picks a free one), serving HTTPS when {@code tls} is not {@code null}. */
    EmulatorServer(int port, SSLContext tls) {
        try {
            InetSocketAddress address = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
            if (tls != null) {
                HttpsServer https = HttpsServer.create(address, 1024);
                https.setHttpsConfigurator(new HttpsConfigurator(tls));
                server = https;
            } else {
                server = HttpServer.create(address, 1024);
            }
        } catch (IOException e) {
            throw new IllegalStateException("Cannot listen on port " + port + ": " + e.getMessage(), e);
        }
        handlers = Executors.newFixedThreadPool(Math.max(2, Runtime.getRuntime().availableProcessors()),
                daemon("groq-emulator-http"));
        scheduler = Executors.newScheduledThreadPool(2, daemon("groq-emulator-timer"));
        streamWriters = Executors.newCachedThreadPool(daemon("groq-emulator-stream"));
        writer = new ResponseWriter(scheduler, streamWriters);
    }

    /** Starts serving every path with this handler. */
    void start(HttpHandler handler) {
        server.setExecutor(handlers);
        server.createContext("/", handler);
        server.start();
    }

    /** Stops serving, releases the port and ends the threads. */
    void stop() {
        server.stop(0);
        handlers.shutdownNow();
        scheduler.shutdownNow();
        streamWriters.shutdownNow();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** The timer: delayed work runs on it and holds no thread while it waits. */
    ScheduledExecutorService scheduler() {
        return scheduler;
    }

    ResponseWriter writer() {
        return writer;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
