package com.targetmonitor.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.jdbc3.JDBC3ResultSet;

/** {@link Jdbc#text} reads SQLite's text as its bytes: it must give what the driver's getString gives. */
class JdbcTextTest {

    @TempDir
    Path dir;

    @Test
    void everyKindOfValueReadsAsTheDriversString() throws Exception {
        List<Object> values = List.of("", "城镇新增就业", "GDP增速6.5%左右", "😀 emoji, four bytes", "a\nline\tbreak",
                "x".repeat(5000), 42, 1.5, -0.25, 3.0e20);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("t.tmdb"))) {
            try (Statement s = c.createStatement()) {
                // A text column, a column of no type (keeps numbers as numbers), an integer and a real column.
                s.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, txt TEXT, loose, n INTEGER, r REAL)");
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO t (txt, loose, n, r) VALUES (?, ?, ?, ?)")) {
                for (Object v : values) {
                    for (int col = 1; col <= 4; col++) {
                        ps.setObject(col, v);
                    }
                    ps.executeUpdate();
                }
                for (int col = 1; col <= 4; col++) {
                    ps.setObject(col, null);
                }
                ps.executeUpdate();
            }
            List<String> viaText = new ArrayList<>();
            List<String> viaString = new ArrayList<>();
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT txt, loose, n, r FROM t ORDER BY id")) {
                assertInstanceOf(JDBC3ResultSet.class, rs, "the byte path is SQLite's");
                while (rs.next()) {
                    for (int col = 1; col <= 4; col++) {
                        viaText.add(Jdbc.text(rs, col));
                        viaString.add(rs.getString(col));
                    }
                }
            }
            assertEquals((values.size() + 1) * 4, viaText.size());
            assertEquals(viaString, viaText);
            assertEquals("城镇新增就业", viaText.get(4));
            assertEquals("", viaText.get(0));
            assertEquals(null, viaText.get(viaText.size() - 1));
        }
    }
}
