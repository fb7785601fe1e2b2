package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.Workbooks;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.logic.workspace.Session;
import com.targetmonitor.logic.workspace.WorkspaceOpener;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

/** A seeded workspace in a temporary folder and the statistics workbook the import tests read. */
final class ExcelTestWorkspace implements AutoCloseable {

    /** 金昌市2022年 1-6月: a sure match, a unit to convert, a weak match, an unmatched row and a footnote. */
    static final Object[][] REPORT = {
            {"金昌市2022年1-6月主要经济指标"},
            {"指标名称", "计量单位", "1-6月"},
            {"城镇新增就业", "人", 5800},
            {"招商引资到位资金", "万元", 123456},
            {"新认定高新技术企业数", "家", 9},
            {"某个奇怪的指标", "个", 7},
            {"注：本表数据为快报数"}};

    final Path dir;
    final Path file;
    final Session session;
    final Plan plan;

    ExcelTestWorkspace(Path dir) {
        this.dir = dir;
        this.file = dir.resolve("w.tmdb");
        session = new Session(WorkspaceOpener.openOrCreateWithSeeds(file));
        plan = new PlanStatusService(session.workspace()).findPlan("金昌市2022");
    }

    Path report(String name) throws IOException {
        return Workbooks.xlsx(dir.resolve(name), "月报", REPORT);
    }

    Path report(String name, Object[][] rows) throws IOException {
        return Workbooks.xlsx(dir.resolve(name), "月报", rows);
    }

    Indicator indicator(String name) {
        return session.workspace().indicators().findByPlan(plan.id()).stream().filter(i -> i.name().equals(name))
                .findFirst().orElseThrow(() -> new AssertionError("no indicator " + name));
    }

    Double june(String name) {
        return session.workspace().observations().find(indicator(name).id(), Period.month(2022, 6))
                .map(Observation::value).orElse(null);
    }

    /** The workspace file and its write-ahead log, as one fingerprint: equal means nothing was written. */
    String fingerprint() throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (Path p : new Path[] {file, dir.resolve("w.tmdb-wal")}) {
            if (Files.exists(p)) {
                sha.update(Files.readAllBytes(p));
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    @Override
    public void close() {
        session.close();
    }
}
