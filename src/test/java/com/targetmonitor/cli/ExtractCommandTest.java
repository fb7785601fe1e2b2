package com.targetmonitor.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extract command: CSV of proposals, standard input, and adding them to a plan. */
class ExtractCommandTest {

    static final Path CORPUS = Path.of("src/test/resources/extract/corpus");

    @TempDir
    Path dir;

    @Test
    void printsOneCsvRowPerTargetAndWritesNothing() {
        CliRunner r = CliRunner.run("extract", CORPUS.resolve("jiayuguan-2022.txt").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("name,kind,target,unit,qualifier,direction,stretch,deadline,sentence");
        assertThat(lines).anyMatch(l -> l.startsWith("地区生产总值增长,growth_rate,7,%,,higher_better,,,今年地区生产总值增长7%"));
        assertThat(lines).anyMatch(l -> l.startsWith("第二产业增加值增长,growth_rate,7,%,以上,higher_better,,,"));
        assertThat(lines).anyMatch(l -> l.startsWith("招商引资到位资金,amount,60,亿元,以上,"));
        assertThat(lines).anyMatch(l -> l.startsWith("全部行政许可事项纳入清单管理,milestone,,,,higher_better,,2022-12-31,"));
        assertThat(lines).hasSize(25);
    }

    @Test
    void readsStandardInputAndPrintsProgressAndStatements() throws Exception {
        InputStream stdin = System.in;
        try {
            System.setIn(new ByteArrayInputStream("城镇新增就业2650人，完成年度目标的33.1%。"
                    .getBytes(StandardCharsets.UTF_8)));
            CliRunner r = CliRunner.run("extract", "--year", "2024", "--show", "progress", "-");
            assertThat(r.exitCode()).as(r.err()).isZero();
            assertThat(r.out()).contains("城镇新增就业,2024年全年,2650,人,33.1,,,,");
        } finally {
            System.setIn(stdin);
        }
        CliRunner s = CliRunner.run("extract", "--show", "statements", "--format", "table",
                CORPUS.resolve("report-2024-bullets.txt").toString());
        assertThat(s.out()).contains("与经济增长同步").contains("省下达的节能减排目标");
    }

    @Test
    void addsTheTargetsToANewPlanAsOneImport() {
        Path db = dir.resolve("w.tmdb");
        assertThat(CliRunner.run("new", "--db", db.toString()).exitCode()).isZero();
        CliRunner r = CliRunner.run("extract", "--db", db.toString(), "--plan", "某市2024年",
                CORPUS.resolve("report-2024-bullets.txt").toString());
        assertThat(r.exitCode()).as(r.err()).isZero();
        assertThat(r.out()).contains("new plan 某市2024年 (2024)", "import #1 into 某市2024年: 17 indicators created");
        CliRunner again = CliRunner.run("extract", "--db", db.toString(), "--plan", "某市2024年", "--dry-run",
                CORPUS.resolve("report-2024-bullets.txt").toString());
        assertThat(again.out()).contains("0 indicators to create, 0 targets to update");
    }

    @Test
    void aBadDocumentLeavesTheWorkspaceAsItWas() throws Exception {
        Path db = dir.resolve("w.tmdb");
        assertThat(CliRunner.run("demo", "--db", db.toString()).exitCode()).isZero();
        byte[] before = Files.readAllBytes(db);
        Path broken = dir.resolve("plan.docx");
        Files.writeString(broken, "not a document");
        CliRunner r = CliRunner.run("extract", "--db", db.toString(), "--plan", "金昌市2022年", broken.toString());
        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.err()).contains("plan.docx");
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
    }
}
