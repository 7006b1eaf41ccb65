package dev.camelgroq.responses;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Locale;

/** Refuses a base URL that would send the API key in clear over the network, or that carries credentials. */
final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * Throws when {@code uri} has user info ({@code user:password@host}): the HTTP client never sends it, and it would
     * show wherever the base URL is shown (endpoint URI, JMX, dev console, health details). The message does not
     * repeat it.
     */
    static void refuseUserInfo(URI uri) {
        if (uri.getRawUserInfo() != null || uri.getRawAuthority() != null && uri.getRawAuthority().contains("@")) {
            throw new IllegalArgumentException("Option baseUrl contains user info (user:password@ before the host),"
                                               + " which is never sent and would be shown wherever the URL is: remove"
                                               + " it. The Groq API key goes in the apiKey option (or the GROQ_API_KEY"
                                               + " environment variable); a proxy is set with proxyHost and proxyPort");
        }
    }

    /**
     * Throws when {@code uri} is plain http to a host that is not loopback, unless {@code allowInsecure}. Loopback
     * (localhost, 127.0.0.0/8, ::1) is allowed: the emulator and local proxies never leave the machine.
     */
    static void requireSecure(URI uri, boolean allowInsecure) {
        if (allowInsecure || !"http".equalsIgnoreCase(uri.getScheme()) || isLoopback(uri.getHost())) {
            return;
        }
        throw new IllegalArgumentException("Option baseUrl uses plain http to " + uri.getHost()
                                           + ": the API key would travel in clear. Use https (for example "
                                           + GroqResponsesConfiguration.DEFAULT_BASE_URL + "), or set"
                                           + " allowInsecureHttp=true if a proxy you trust terminates TLS");
    }

    private static boolean isLoopback(String host) {
        if (host == null) {
            return false;
        }
        String h = host.toLowerCase(Locale.ROOT);
        if (h.equals("localhost") || h.endsWith(".localhost")) {
            return true;
        }
        if (!h.matches("[0-9.]+") && !h.startsWith("[")) {
            return false; // a name: resolving it could be spoofed, only literal addresses count
        }
        try {
            return InetAddress.getByName(h.startsWith("[") ? h.substring(1, h.length() - 1) : h).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
