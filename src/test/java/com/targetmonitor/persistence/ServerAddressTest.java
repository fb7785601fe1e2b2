package com.targetmonitor.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The password of a server address never survives withoutPassword nor shows in its text. */
class ServerAddressTest {

    private static final String SECRET = "s3cret:pw";

    @Test
    void withoutPasswordDropsAPasswordGivenInTheAddress() {
        ServerAddress full = ServerAddress.parse("postgresql://wang:s3cret%3Apw@db.example:5433/plan");
        assertEquals(SECRET, full.password());
        ServerAddress bare = full.withoutPassword();
        assertNull(bare.password());
        assertFalse(bare.hasPassword());
        assertEquals(new ServerAddress("db.example", 5433, "plan", "wang", null), bare);
    }

    @Test
    void withoutPasswordDropsAPasswordAddedLater() {
        ServerAddress prompted = ServerAddress.parse("postgresql://wang@db.example/plan").withPassword(SECRET);
        assertTrue(prompted.hasPassword());
        assertNull(prompted.withoutPassword().password());
    }

    @Test
    void theTextNeverShowsThePassword() {
        ServerAddress full = ServerAddress.parse("postgresql://wang:s3cret%3Apw@db.example:5433/plan");
        assertEquals("postgresql://wang@db.example:5433/plan", full.toString());
        assertFalse(full.toString().contains("s3cret"));
        assertFalse(full.withoutPassword().toString().contains("s3cret"));
        assertEquals(full.toString(), ServerAddress.parse(full.toString()).toString());
    }
}
