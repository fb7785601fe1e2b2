package com.targetmonitor.persistence;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

/** Run in a child JVM by SqliteNativeLibraryTest: unpack into a folder, then ask SQLite and say which library file served. */
public final class SqliteNativeLibraryProbe {

    private SqliteNativeLibraryProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path library = SqliteNativeLibrary.useCopyIn(Path.of(args[0]));
        System.out.println("copy=" + library);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:");
             Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT sqlite_version()")) {
            rs.next();
            System.out.println("sqlite=" + rs.getString(1));
        }
        Files.readAllLines(Path.of("/proc/self/maps")).stream().filter(l -> l.contains("sqlitejdbc"))
                .map(l -> "mapped=" + l.substring(l.indexOf('/'))).distinct().forEach(System.out::println);
    }
}
