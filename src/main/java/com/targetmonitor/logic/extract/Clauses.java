package com.targetmonitor.logic.extract;

import java.util.ArrayList;
import java.util.List;

/** A folded sentence cut at its commas, semicolons and colons, never inside quotes or brackets. */
final class Clauses {

    private static final String CUTS = ",;:，；：";

    private Clauses() {
    }

    static List<String> split(String folded) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (c == '“' || c == '(' || c == '《' || c == '「' || c == '【' || c == '（') {
                depth++;
            } else if ((c == '”' || c == ')' || c == '》' || c == '」' || c == '】' || c == '）') && depth > 0) {
                depth--;
            } else if (CUTS.indexOf(c) >= 0 && depth == 0 && !thousands(folded, i)) {
                add(out, folded.substring(start, i));
                start = i + 1;
            }
        }
        add(out, folded.substring(start));
        return out;
    }

    /** "1,234.5亿元": a comma between digits with three after it groups thousands. */
    private static boolean thousands(String s, int i) {
        return s.charAt(i) == ',' && i > 0 && Character.isDigit(s.charAt(i - 1)) && i + 3 < s.length()
                && Character.isDigit(s.charAt(i + 1)) && Character.isDigit(s.charAt(i + 2))
                && Character.isDigit(s.charAt(i + 3)) && (i + 4 == s.length() || !Character.isDigit(s.charAt(i + 4)));
    }

    private static void add(List<String> out, String clause) {
        String c = clause.replaceAll("[。!?！？;；]+$", "");
        if (!c.isEmpty()) {
            out.add(c);
        }
    }
}
