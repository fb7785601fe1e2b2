package com.targetmonitor.bench;

import com.targetmonitor.persistence.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;

/**
 * Benchmark inputs: a workspace holding one plan of n indicators with a year of monthly observations
 * each (value, growth, three progress texts and a source sentence, as a year of typed-in reports
 * leaves them), and a targets table (CSV) of n rows. Rows are written with plain JDBC, since only the
 * timed commands matter; the schema comes from the app's own migrations.
 */
final class PlanGenerator {

    static final String PLAN = "基准市2024年";
    static final int YEAR = 2024;
    private static final String[] KINDS = {"AMOUNT", "AMOUNT", "AMOUNT", "AMOUNT", "GROWTH_RATE", "GROWTH_RATE",
        "COUNT", "LEVEL", "AMOUNT", "MILESTONE"};
    private static final String[] WORDS = {"地区生产总值", "规模以上工业增加值", "社会消费品零售总额", "固定资产投资",
        "一般公共预算收入", "城镇新增就业", "外贸进出口总额", "招商引资到位资金", "高新技术企业数", "重点项目开工"};

    private PlanGenerator() {
    }

    /** A workspace file with the plan of n indicators (every tenth with three parts under it). */
    static Path workspace(Path file, int n) throws SQLException {
        Workspace.create(file).close(); // schema and file identity from the app's migrations
        Random random = new Random(n);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath())) {
            c.setAutoCommit(false);
            try (Statement st = c.createStatement()) {
                st.execute("INSERT INTO plan (id, name, region, year, document) VALUES (1, '" + PLAN + "', '基准市', "
                        + YEAR + ", '基准市2024年政府工作报告')");
                for (int u = 1; u <= 60; u++) {
                    st.execute("INSERT INTO unit (id, name, kind) VALUES (" + u + ", '基准市第" + u + "责任单位', 'DEPARTMENT')");
                }
                for (int k = 1; k <= 12; k++) {
                    st.execute("INSERT INTO category (id, plan_id, name, position) VALUES (" + k + ", 1, '第" + k
                            + "类重点任务', " + k + ")");
                }
            }
            try (PreparedStatement ind = c.prepareStatement("INSERT INTO indicator (id, plan_id, category_id, parent_id, "
                    + "code, name, unit_of_measure, kind, frequency, target_value, qualifier, direction, deadline, "
                    + "source_sentence, source_document, position) VALUES (?,1,?,?,?,?,?,?,?,?,?,?,?,?,?,?)");
                 PreparedStatement unit = c.prepareStatement("INSERT INTO indicator_unit (indicator_id, unit_id, role, "
                         + "position) VALUES (?,?,?,?)");
                 PreparedStatement obs = c.prepareStatement("INSERT INTO observation (indicator_id, year, end_month, "
                         + "granularity, value, yoy_growth, progress, problems, next_steps, origin, source_sentence) "
                         + "VALUES (?,?,?,'MONTH',?,?,?,?,?,'TYPED',?)")) {
                int parent = 0;
                for (int i = 1; i <= n; i++) {
                    String kind = KINDS[i % KINDS.length];
                    boolean part = i % 10 >= 1 && i % 10 <= 3 && parent > 0;
                    if (i % 10 == 0) {
                        parent = i;
                    }
                    if (part) {
                        kind = "AMOUNT";
                    }
                    boolean rate = kind.equals("GROWTH_RATE") || kind.equals("LEVEL");
                    double target = rate ? 5 + random.nextInt(60) / 10.0 : 100 + random.nextInt(9000);
                    ind.setLong(1, i);
                    ind.setLong(2, 1 + (i * 12L / (n + 1)));
                    ind.setObject(3, part ? parent : null);
                    ind.setString(4, String.valueOf(i));
                    ind.setString(5, WORDS[i % WORDS.length] + (part ? "（第" + (i % 10) + "部分）" : "") + "第" + i + "项");
                    ind.setString(6, rate ? "%" : "亿元");
                    ind.setString(7, kind);
                    ind.setString(8, kind.equals("MILESTONE") ? "ANNUAL" : "MONTHLY");
                    ind.setObject(9, kind.equals("MILESTONE") ? null : target);
                    ind.setString(10, rate ? "ABOUT" : "AT_LEAST");
                    ind.setString(11, "HIGHER_BETTER");
                    ind.setString(12, kind.equals("MILESTONE") ? YEAR + "-" + String.format("%02d", 1 + i % 12) + "-28" : null);
                    ind.setString(13, "全年" + WORDS[i % WORDS.length] + "力争达到" + target + "，确保完成市委市政府下达的目标任务。");
                    ind.setString(14, "基准市2024年政府工作报告");
                    ind.setInt(15, i);
                    ind.addBatch();
                    unit.setLong(1, i);
                    unit.setLong(2, 1 + i % 40);
                    unit.setString(3, "LEAD");
                    unit.setInt(4, 0);
                    unit.addBatch();
                    unit.setLong(1, i);
                    unit.setLong(2, 41 + i % 20);
                    unit.setString(3, "SUPPORT");
                    unit.setInt(4, 1);
                    unit.addBatch();
                    for (int m = 1; m <= 12; m++) {
                        obs.setLong(1, i);
                        obs.setInt(2, YEAR);
                        obs.setInt(3, m);
                        double value = kind.equals("MILESTONE") ? (m >= 1 + i % 12 ? 1 : 0)
                                : rate ? target + random.nextGaussian() : target * m / 12.0 * (0.8 + random.nextDouble() * 0.4);
                        obs.setDouble(4, Math.round(value * 100) / 100.0);
                        obs.setDouble(5, Math.round(random.nextGaussian() * 500) / 100.0);
                        obs.setString(6, m + "月份按计划推进，完成情况总体平稳，重点项目建设进展顺利。");
                        obs.setString(7, m % 3 == 0 ? "部分项目要素保障不足，资金到位偏慢。" : "");
                        obs.setString(8, "下一步将加强调度，压实责任，确保完成全年目标。");
                        obs.setString(9, "1-" + m + "月" + WORDS[i % WORDS.length] + "完成" + Math.round(value));
                        obs.addBatch();
                    }
                    if (i % 1000 == 0) {
                        ind.executeBatch();
                        unit.executeBatch();
                        obs.executeBatch();
                    }
                }
                ind.executeBatch();
                unit.executeBatch();
                obs.executeBatch();
            }
            c.commit();
        }
        return file;
    }

    /** A targets table (目标任务分解表) of n rows as CSV: sections of 20, units from a set of 60. */
    static Path targetsTable(Path file, int n) throws Exception {
        StringBuilder csv = new StringBuilder("基准市2024年主要目标任务分解表\n序号,指标名称,单位,目标,牵头单位,配合单位,指标属性\n");
        for (int i = 0; i < n; i++) {
            if (i % 20 == 0) {
                csv.append("第").append(i / 20 + 1).append("部分,,,,,,\n");
            }
            String word = WORDS[i % WORDS.length];
            String target = switch (i % 4) {
                case 0 -> (100 + i % 900) + "以上";
                case 1 -> (5 + i % 5) + "%左右";
                case 2 -> "突破" + (10 + i % 90);
                default -> String.valueOf(1000 + i);
            };
            csv.append(i + 1).append(',').append(word).append("第").append(i + 1).append("项,")
                    .append(i % 4 == 1 ? "%" : "亿元").append(',').append(target).append(",基准市第").append(1 + i % 40)
                    .append("责任单位,基准市第").append(41 + i % 20).append("责任单位,预期性\n");
        }
        Files.writeString(file, csv, StandardCharsets.UTF_8);
        return file;
    }
}
