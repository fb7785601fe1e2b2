package com.targetmonitor.logic.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.status.PlanStatus;
import com.targetmonitor.logic.status.PlanStatusService;
import com.targetmonitor.model.AsOf;
import com.targetmonitor.model.Category;
import com.targetmonitor.model.Frequency;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.IndicatorKind;
import com.targetmonitor.model.Observation;
import com.targetmonitor.model.Period;
import com.targetmonitor.model.Plan;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.model.Source;
import com.targetmonitor.model.Target;
import com.targetmonitor.persistence.Workspace;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A plan of 200 indicators, with names long enough to wrap over up to four lines and five
 * categories: the table runs over many pages, each with the header, and no row is cut.
 */
class PaginationTest {

    static final int COUNT = 200;
    static final String FILLER = "推进重点领域改革攻坚和产业链延链补链强链项目建设";

    @TempDir
    static Path dir;
    static PlanStatus status;

    @BeforeAll
    static void bigPlan() {
        try (Workspace ws = Workspace.create(dir.resolve("big.tmdb"))) {
            ws.inTransaction(() -> {
                Plan plan = ws.plans().save(new Plan(null, "测试市2022年", "测试市", 2022, "", null));
                Category category = null;
                for (int i = 1; i <= COUNT; i++) {
                    if (i % 40 == 1) {
                        category = ws.plans().saveCategory(new Category(null, plan.id(), "第" + (i / 40 + 1) + "类指标",
                                i / 40));
                    }
                    String name = "第" + code(i) + "号指标" + FILLER.repeat(i % 4) + "尾" + code(i);
                    Indicator indicator = ws.indicators().save(new Indicator(null, plan.id(), category.id(), null,
                            "K" + code(i), name, "亿元", IndicatorKind.AMOUNT, Frequency.MONTHLY,
                            Target.of(100, Qualifier.AT_LEAST), Source.NONE, List.of(), null, i));
                    if (i % 7 != 0) {
                        ws.observations().save(Observation.of(indicator.id(), Period.month(2022, 6), i % 100 + 0.5));
                    }
                }
            });
            PlanStatusService service = new PlanStatusService(ws);
            status = service.status(service.findPlan("测试市"), AsOf.of(2022, 6));
        }
        assertThat(status.rows()).hasSize(COUNT);
    }

    static String code(int i) {
        return String.format("%03d", i);
    }

    @ParameterizedTest
    @EnumSource(PageOrientation.class)
    void everyPageOfTheTableHasTheHeaderAndNoRowIsSplit(PageOrientation orientation) throws IOException {
        Path pdf = dir.resolve(orientation + ".pdf");
        int pages = PdfReportWriter.withSystemFont().write(ReportModel.of(status, LocalDate.of(2022, 7, 1)),
                orientation, pdf);
        PdfText text = PdfText.read(pdf);
        assertThat(pages).isGreaterThan(5);

        List<Integer> rowPages = new ArrayList<>();
        for (int i = 1; i <= COUNT; i++) {
            String code = "K" + code(i);
            List<Integer> withCode = new ArrayList<>();
            for (int p = 0; p < pages; p++) {
                if (text.pages().get(p).contains(code)) {
                    withCode.add(p);
                }
            }
            assertThat(withCode).as("pages holding %s", code).hasSize(1);
            int page = withCode.get(0);
            // The whole name, its last line included, is on the same page as the row's code: a row is
            // drawn line by line across its cells, so the name's lines come in order between this
            // row's code and the next one's.
            String name = PdfText.compact(status.rows().get(i - 1).standing().indicator().name());
            String compact = text.compact(page);
            int next = compact.indexOf("K" + code(i + 1));
            String row = compact.substring(compact.indexOf(code), next < 0 ? compact.length() : next);
            assertThat(inOrder(name, row)).as("row %s on page %d: %s", code, page + 1, row).isTrue();
            rowPages.add(page);
        }
        assertThat(rowPages).isSorted();
        int first = rowPages.get(0);
        int last = rowPages.get(COUNT - 1);
        assertThat(last - first).isGreaterThan(3);
        for (int p = first; p <= last; p++) {
            String page = text.compact(p);
            assertThat(page).as("header on page %d", p + 1).contains("编码指标名称单位年度目");
            assertThat(text.pages().get(p)).contains("第 " + (p + 1) + " 页 共 " + pages + " 页");
        }
        // A category heading is never the last thing on a page: its first indicator follows it there.
        for (int c = 1; c <= 5; c++) {
            int firstOfCategory = (c - 1) * 40 + 1;
            int headingPage = -1;
            for (int p = first; p <= last; p++) {
                if (text.pages().get(p).contains("第" + c + "类指标")) {
                    headingPage = p;
                }
            }
            assertThat(headingPage).isEqualTo(rowPages.get(firstOfCategory - 1));
        }
    }

    /**
     * The table costs a bounded number of PDF operators per row, whatever its cells hold: one text
     * object per row (not one per cell line), one TJ per line of a row (the cells of the line are its
     * strings, not a text operator each), the font set once per page, the grid stroked once per run
     * of rows between category headings (not a box per cell).
     */
    @Test
    void eachRowLineIsOneTextOperatorAndEachPageOneGrid() throws IOException {
        Path pdf = dir.resolve("operators.pdf");
        PdfReportWriter.withSystemFont().write(ReportModel.of(status, LocalDate.of(2022, 7, 1)),
                PageOrientation.PORTRAIT, pdf);
        PdfText text = PdfText.read(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            int tablePages = 0;
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                int rows = 0;
                for (int i = 1; i <= COUNT; i++) {
                    rows += text.pages().get(p).contains("K" + code(i)) ? 1 : 0;
                }
                if (rows == 0) {
                    continue;
                }
                tablePages++;
                int headings = 0;
                for (int c = 1; c <= 5; c++) {
                    headings += text.pages().get(p).contains("第" + c + "类指标") ? 1 : 0;
                }
                List<Object> tokens = new PDFStreamParser(doc.getPage(p)).parse();
                Map<String, Integer> ops = operators(tokens);
                // Rows, the repeated header, category rows, and at most a section heading and the footer.
                assertThat(ops.getOrDefault("BT", 0)).as("text objects on page %d", p + 1)
                        .isLessThanOrEqualTo(rows + 1 + headings + 2);
                assertThat(ops.getOrDefault("Tf", 0)).as("font settings on page %d", p + 1).isLessThanOrEqualTo(4);
                assertThat(ops.getOrDefault("S", 0)).as("strokes on page %d", p + 1)
                        .isLessThanOrEqualTo(2 * headings + 2);
                // A line of a row is one TJ (a name wraps over four lines at most; twelve cells per row):
                // the header's two lines, the rows' lines, a heading each, a section heading.
                assertThat(ops.getOrDefault("TJ", 0)).as("TJ on page %d", p + 1)
                        .isBetween(rows, 2 + 4 * rows + headings + 1);
                assertThat(ops.getOrDefault("Tj", 0)).as("single texts on page %d (the footer)", p + 1)
                        .isLessThanOrEqualTo(1);
                assertThat(tjStrings(tokens)).as("every cell line is still its own string on page %d", p + 1)
                        .isGreaterThan(rows * 8);
            }
            assertThat(tablePages).isGreaterThan(5);
        }
    }

    /** How many strings the page's TJ operators show. */
    private static int tjStrings(List<Object> tokens) {
        int strings = 0;
        for (int i = 1; i < tokens.size(); i++) {
            if (tokens.get(i) instanceof Operator op && op.getName().equals("TJ")
                    && tokens.get(i - 1) instanceof COSArray array) {
                for (int k = 0; k < array.size(); k++) {
                    strings += array.getObject(k) instanceof COSString ? 1 : 0;
                }
            }
        }
        return strings;
    }

    /** Whether the characters of part appear in text in order (other text between them allowed). */
    private static boolean inOrder(String part, String text) {
        int at = 0;
        for (int k = 0; k < part.length() && at >= 0; k++) {
            at = text.indexOf(part.charAt(k), at);
            at = at < 0 ? -1 : at + 1;
        }
        return at >= 0;
    }

    private static Map<String, Integer> operators(List<Object> tokens) {
        Map<String, Integer> counts = new HashMap<>();
        for (Object token : tokens) {
            if (token instanceof Operator op) {
                counts.merge(op.getName(), 1, Integer::sum);
            }
        }
        return counts;
    }
}
