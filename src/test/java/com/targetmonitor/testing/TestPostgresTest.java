package com.targetmonitor.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The test server is real, loopback only, and each test class gets a database of its own. */
class TestPostgresTest {

    @Test
    void eachCallGivesAnEmptyDatabaseOfItsOwnOnALoopbackServer() throws SQLException {
        TestPostgres.Database a = TestPostgres.freshDatabase();
        TestPostgres.Database b = TestPostgres.freshDatabase();
        assertThat(a.name()).isNotEqualTo(b.name());
        assertThat(a.host()).isEqualTo("127.0.0.1");
        try (Connection c = a.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE t (x int)");
            assertThat(one(st, "SELECT current_database()")).isEqualTo(a.name());
            assertThat(one(st, "SHOW listen_addresses")).isIn("127.0.0.1", "localhost", "*");
            assertThat(Integer.parseInt(one(st, "SHOW server_version_num"))).isGreaterThanOrEqualTo(120000);
        }
        try (Connection c = b.connect(); Statement st = c.createStatement()) {
            assertThat(one(st, "SELECT count(*) FROM information_schema.tables WHERE table_name = 't'")).isEqualTo("0");
        }
    }

    private static String one(Statement st, String sql) throws SQLException {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
