package com.targetmonitor.logic.excel.targets;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Plan;
import com.targetmonitor.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The targets import does a constant amount of database work per row: the same number of statements
 * and of rows read for every row, however many rows the table has. (A lookup of the whole plan per
 * row made 10,000 rows take minutes.) Counted, not timed: the workspace counts its statements.
 */
class TargetsImportWorkTest {

    @TempDir
    Path dir;

    /** The statements and rows read to import a table of n rows into a new plan, then again over it. */
    private record Work(long createStatements, long createRows, long updateStatements, long updateRows) {
    }

    private Work importTable(int rows) throws Exception {
        try (Workspace ws = WorkspaceOpener.openOrCreateWithSeeds(dir.resolve("w" + rows + ".tmdb"))) {
            TargetsTable table = TargetsTableReader.read(table(rows, 100, "t" + rows + ".csv"), 2024);
            long statements = ws.statementCount();
            long read = ws.rowsRead();
            Plan plan = TargetsImporter.newPlan("测试市2024年", 2024, table);
            TargetsResult created = TargetsImporter.apply(ws, TargetsImporter.preview(ws, plan, table));
            assertThat(created.created()).isEqualTo(rows);
            long createStatements = ws.statementCount() - statements;
            long createRows = ws.rowsRead() - read;

            TargetsTable changed = TargetsTableReader.read(table(rows, 200, "u" + rows + ".csv"), 2024);
            statements = ws.statementCount();
            read = ws.rowsRead();
            TargetsResult updated = TargetsImporter.apply(ws, TargetsImporter.preview(ws, created.plan(), changed));
            assertThat(updated.updated()).isEqualTo(rows);
            return new Work(createStatements, createRows, ws.statementCount() - statements, ws.rowsRead() - read);
        }
    }

    /** A table of n indicators in sections of ten, each with a lead unit from a small set and a 序号 repeated per section. */
    private Path table(int n, int base, String name) throws Exception {
        StringBuilder csv = new StringBuilder("序号,指标名称,单位,目标,牵头单位,配合单位\n");
        for (int i = 0; i < n; i++) {
            if (i % 10 == 0) {
                csv.append("一,第").append(i / 10 + 1).append("部分,,,,\n");
            }
            csv.append(i % 10 + 1).append(",测试指标").append(i).append("号,亿元,").append(base + i).append(",单位")
                    .append(i % 7).append(",单位").append(i % 5 + 7).append('\n');
        }
        Path file = dir.resolve(name);
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void statementsAndRowsReadPerImportedRowAreConstant() throws Exception {
        Work small = importTable(100);
        Work medium = importTable(200);
        Work large = importTable(400);

        // Linear: the second hundred (and the next two) cost what the first 100 rows cost over the fixed part.
        assertThat(large.createStatements() - medium.createStatements())
                .isEqualTo(2 * (medium.createStatements() - small.createStatements()));
        assertThat(large.updateStatements() - medium.updateStatements())
                .isEqualTo(2 * (medium.updateStatements() - small.updateStatements()));
        assertThat(large.createRows() - medium.createRows())
                .isEqualTo(2 * (medium.createRows() - small.createRows()));
        assertThat(large.updateRows() - medium.updateRows())
                .isEqualTo(2 * (medium.updateRows() - small.updateRows()));
        // And small: an insert, its units and its history line; nothing read back per row.
        assertThat((medium.createStatements() - small.createStatements()) / 100.0).isLessThanOrEqualTo(5);
        assertThat((medium.updateStatements() - small.updateStatements()) / 100.0).isLessThanOrEqualTo(7);
        assertThat((medium.updateRows() - small.updateRows()) / 100.0).as("the plan is read once").isLessThanOrEqualTo(7);
    }
}
