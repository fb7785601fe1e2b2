package com.targetmonitor.persistence;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a shared workspace lives: {@code postgresql://user:password@host:port/database}. The password
 * may be left out of the address (it then comes from PGPASSWORD or a prompt); {@link #toString} and
 * {@link #withoutPassword} never show it, so an address can be logged and kept in the recent list.
 */
public record ServerAddress(String host, int port, String database, String user, String password) {

    public static final int DEFAULT_PORT = 5432;
    private static final String SCHEME = "postgresql://";

    public ServerAddress {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(database, "database");
        Objects.requireNonNull(user, "user");
    }

    /** Whether the text names a server workspace rather than a file. */
    public static boolean isServer(String text) {
        return text != null && text.strip().toLowerCase(Locale.ROOT).startsWith(SCHEME);
    }

    /**
     * Reads an address. A missing password stays null here ({@link #withPassword} fills it in).
     *
     * @throws IllegalArgumentException with what is wrong, for the user
     */
    public static ServerAddress parse(String text) {
        if (!isServer(text)) {
            throw new IllegalArgumentException("not a server address (postgresql://user@host:port/database): " + text);
        }
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a valid server address: " + e.getMessage(), e);
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new IllegalArgumentException("the server address names no host: postgresql://user@HOST:port/database");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (path.length() <= 1 || path.indexOf('/', 1) >= 0) {
            throw new IllegalArgumentException("the server address names no database: postgresql://user@host:port/DATABASE");
        }
        String info = uri.getRawUserInfo();
        if (info == null || info.isBlank()) {
            throw new IllegalArgumentException("the server address names no account: postgresql://USER@host:port/database");
        }
        int colon = info.indexOf(':');
        String user = decode(colon < 0 ? info : info.substring(0, colon));
        String password = colon < 0 ? null : decode(info.substring(colon + 1));
        return new ServerAddress(uri.getHost(), uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                decode(path.substring(1)), user, password);
    }

    public boolean hasPassword() {
        return password != null;
    }

    public ServerAddress withPassword(String newPassword) {
        return new ServerAddress(host, port, database, user, newPassword);
    }

    /** The same address with no password: what is shown, logged and remembered. */
    public ServerAddress withoutPassword() {
        // Built directly, not through withPassword, so no later change there can carry the password along.
        return new ServerAddress(host, port, database, user, null);
    }

    String jdbcUrl() {
        return "jdbc:postgresql://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + encode(database);
    }

    /** The address without the password. */
    @Override
    public String toString() {
        return SCHEME + encode(user) + "@" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port + "/"
                + encode(database);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
