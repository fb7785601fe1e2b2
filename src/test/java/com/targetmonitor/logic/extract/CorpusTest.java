package com.targetmonitor.logic.extract;

import static org.assertj.core.api.Assertions.assertThat;

import com.targetmonitor.logic.excel.text.NameNormalizer;
import com.targetmonitor.logic.excel.text.Similarity;
import com.targetmonitor.logic.extract.read.DocumentReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of the grammar over the corpus in src/test/resources/extract/corpus: every target
 * and progress figure of each document listed by hand (see the README there), compared with what
 * {@link TargetExtractor} proposes. Printed, and kept at 95% or better.
 */
class CorpusTest {

    static final Path CORPUS = Path.of("src/test/resources/extract/corpus");

    record Expected(boolean target, String name, String kind, Double value, String unit, String qualifier,
                    Double stretch, LocalDate deadline, Integer month, Double completion, Double deviation,
                    Double ahead) {
    }

    @Test
    void precisionAndRecallStayAtNinetyFivePercent() throws IOException {
        int proposed = 0;
        int right = 0;
        int expectedCount = 0;
        int found = 0;
        StringBuilder misses = new StringBuilder();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path expectedFile : files.filter(p -> p.toString().endsWith(".expected")).sorted().toList()) {
                Path document = documentFor(expectedFile);
                List<Expected> expected = readExpected(expectedFile);
                Extraction e = TargetExtractor.extract(List.of(DocumentReader.read(document)), null);
                List<Object> proposals = new ArrayList<>(e.targets());
                e.observations().stream().filter(ProposedObservation::isProgress).forEach(proposals::add);
                List<Object> unmatched = new ArrayList<>(proposals);
                int docFound = 0;
                for (Expected x : expected) {
                    Object hit = unmatched.stream().filter(p -> matches(x, p)).findFirst().orElse(null);
                    if (hit != null) {
                        unmatched.remove(hit);
                        docFound++;
                    } else {
                        misses.append("  missed in ").append(document.getFileName()).append(": ").append(x).append('\n');
                    }
                }
                unmatched.forEach(p -> misses.append("  extra in ").append(document.getFileName()).append(": ")
                        .append(describe(p)).append('\n'));
                proposed += proposals.size();
                right += proposals.size() - unmatched.size();
                expectedCount += expected.size();
                found += docFound;
                System.out.printf("corpus %-28s expected %3d  proposed %3d  right %3d%n", document.getFileName(),
                        expected.size(), proposals.size(), proposals.size() - unmatched.size());
            }
        }
        double precision = proposed == 0 ? 0 : 100.0 * right / proposed;
        double recall = expectedCount == 0 ? 0 : 100.0 * found / expectedCount;
        System.out.printf("corpus precision %.1f%% (%d of %d proposals right), recall %.1f%% (%d of %d figures found)%n",
                precision, right, proposed, recall, found, expectedCount);
        System.out.print(misses);
        assertThat(expectedCount).isGreaterThan(100);
        assertThat(precision).as("precision").isGreaterThanOrEqualTo(95.0);
        assertThat(recall).as("recall").isGreaterThanOrEqualTo(95.0);
    }

    private static Path documentFor(Path expectedFile) {
        String base = expectedFile.getFileName().toString().replaceFirst("\\.expected$", "");
        for (String ext : new String[] {".txt", ".docx", ".pdf"}) {
            Path p = expectedFile.resolveSibling(base + ext);
            if (Files.exists(p)) {
                return p;
            }
        }
        throw new IllegalStateException("no document for " + expectedFile);
    }

    static boolean matches(Expected x, Object proposal) {
        if (x.target() && proposal instanceof ProposedTarget t) {
            return sameName(x.name(), t.name()) && x.kind().equals(t.kind().name()) && same(x.value(), t.value())
                    && x.unit().equals(t.unit()) && x.qualifier().equals(t.qualifier().name())
                    && same(x.stretch(), t.stretch()) && Objects.equals(x.deadline(), t.deadline());
        }
        if (!x.target() && proposal instanceof ProposedObservation o) {
            return sameName(x.name(), o.name()) && x.month() == o.endMonth() && same(x.value(), o.value())
                    && same(x.completion(), o.completion()) && same(x.deviation(), o.deviation())
                    && same(x.ahead(), o.aheadOfTime());
        }
        return false;
    }

    static boolean sameName(String expected, String actual) {
        String a = NameNormalizer.normalize(expected).key();
        String b = NameNormalizer.normalize(actual).key();
        return a.equals(b) || a.contains(b) && b.length() >= 2 || b.contains(a) || Similarity.score(a, b) >= 0.6;
    }

    private static boolean same(Double a, Double b) {
        return a == null ? b == null : b != null && Math.abs(a - b) < 1e-9;
    }

    private static String describe(Object p) {
        if (p instanceof ProposedTarget t) {
            return "T " + t.name() + " " + t.kind() + " " + t.value() + t.unit() + " " + t.qualifier() + " stretch "
                    + t.stretch() + " " + t.deadline();
        }
        ProposedObservation o = (ProposedObservation) p;
        return "O " + o.name() + " " + o.periodLabel() + " " + o.value() + " c=" + o.completion() + " dev="
                + o.deviation() + " t=" + o.aheadOfTime();
    }

    static List<Expected> readExpected(Path file) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("T")) {
                out.add(new Expected(true, f[1], f[2], num(f[3]), f[4].equals("-") ? "" : f[4], f[5], num(f[6]),
                        f[7].equals("-") ? null : LocalDate.parse(f[7]), null, null, null, null));
            } else {
                out.add(new Expected(false, f[1], "", num(f[3]), "", "", null, null, Integer.parseInt(f[2]),
                        num(f[4]), num(f[5]), num(f[6])));
            }
        }
        return out;
    }

    private static Double num(String s) {
        return s.equals("-") ? null : Double.parseDouble(s);
    }
}
