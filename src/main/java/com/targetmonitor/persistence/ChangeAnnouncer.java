package com.targetmonitor.persistence;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Tells the other clients of a server workspace what a transaction changed: as it commits, one
 * {@code pg_notify} per notice announced in it, sent inside the transaction so the server delivers
 * it at commit (and never for a rollback). A transaction that wrote without announcing anything (an
 * import, a copy, plain repository calls) announces {@link #STRUCTURE}, so no committed change goes
 * unannounced; the others then read everything again.
 */
final class ChangeAnnouncer {

    /** The channel every client of a workspace database listens on. */
    static final String CHANNEL = "target_monitor";
    /** The notice for a change whose extent is not known: read everything again. */
    static final String STRUCTURE = "structure";
    /** pg_notify refuses payloads of 8000 bytes and more. */
    private static final int MAX_PAYLOAD_BYTES = 7900;

    private final Jdbc jdbc;
    private final Set<String> pending = new LinkedHashSet<>();
    private long writesAtBegin;

    ChangeAnnouncer(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** Called as each outermost transaction begins. */
    void begin() {
        pending.clear();
        writesAtBegin = jdbc.writeCount();
    }

    /** What the running transaction changed, in the words of the logic layer; sent at commit. */
    void announce(String notice) {
        pending.add(notice.getBytes(StandardCharsets.UTF_8).length > MAX_PAYLOAD_BYTES ? STRUCTURE : notice);
    }

    /** Called just before the commit, inside the transaction. */
    void beforeCommit() {
        if (pending.isEmpty() && jdbc.writeCount() == writesAtBegin) {
            return;
        }
        if (pending.isEmpty()) {
            pending.add(STRUCTURE);
        }
        for (String notice : pending) {
            jdbc.list("SELECT pg_notify(?, ?)", rs -> null, CHANNEL, notice);
        }
        pending.clear();
    }
}
