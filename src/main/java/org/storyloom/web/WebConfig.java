package org.storyloom.web;

/** Where the web server listens. Port 0 picks a free port. */
public record WebConfig(String host, int port) {

    public WebConfig {
        if (host.isBlank()) {
            throw new IllegalArgumentException("web: host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("web: port out of range: " + port);
        }
    }

    /** Listens on all interfaces at {@code port}. */
    public static WebConfig onPort(int port) {
        return new WebConfig("0.0.0.0", port);
    }
}
