package com.targetmonitor.ui.extract;

import com.targetmonitor.logic.extract.ProposalAction;
import com.targetmonitor.model.Qualifier;
import com.targetmonitor.ui.CommonMsg;
import com.targetmonitor.ui.I18n;
import java.util.List;

/** Words of the review: actions, qualifiers, and where a figure stands in its sentence. */
final class ExtractTexts {

    private ExtractTexts() {
    }

    static String action(ProposalAction action) {
        return I18n.get(switch (action) {
            case CREATE -> ExtractMsg.EXTRACT_ACTION_CREATE;
            case UPDATE -> ExtractMsg.EXTRACT_ACTION_UPDATE;
            case UNCHANGED -> ExtractMsg.EXTRACT_ACTION_UNCHANGED;
            case WRITE -> ExtractMsg.EXTRACT_ACTION_WRITE;
            case NO_INDICATOR -> ExtractMsg.EXTRACT_ACTION_NO_INDICATOR;
            case NO_VALUE -> ExtractMsg.EXTRACT_ACTION_NO_VALUE;
        });
    }

    static String qualifier(Qualifier q) {
        return q == null || q == Qualifier.NONE ? "" : I18n.get(switch (q) {
            case AT_LEAST -> CommonMsg.QUALIFIER_AT_LEAST;
            case ABOUT -> CommonMsg.QUALIFIER_ABOUT;
            case AT_MOST -> CommonMsg.QUALIFIER_AT_MOST;
            default -> CommonMsg.QUALIFIER_EXCEED;
        });
    }

    /**
     * The sentence cut around the figure so the view can highlight it: before, figure, after. The figure
     * is found as written (half- or full-width digits); when it is not there the whole sentence is "before".
     */
    static List<String> highlight(String sentence, String figure) {
        if (figure == null || figure.isBlank()) {
            return List.of(sentence, "", "");
        }
        int at = find(sentence, figure);
        if (at < 0) {
            at = find(sentence, toFullWidth(figure));
            figure = toFullWidth(figure);
        }
        if (at < 0) {
            return List.of(sentence, "", "");
        }
        return List.of(sentence.substring(0, at), sentence.substring(at, at + figure.length()),
                sentence.substring(at + figure.length()));
    }

    /** The figure where it stands alone: "7" in "增长7%", not in "2.7%" or "70". */
    private static int find(String sentence, String figure) {
        int from = 0;
        while (true) {
            int at = sentence.indexOf(figure, from);
            if (at < 0) {
                return -1;
            }
            boolean startOk = at == 0 || !isNumberChar(sentence.charAt(at - 1));
            int end = at + figure.length();
            boolean endOk = end == sentence.length() || !isNumberChar(sentence.charAt(end));
            if (startOk && endOk) {
                return at;
            }
            from = at + 1;
        }
    }

    private static boolean isNumberChar(char c) {
        return Character.isDigit(c) || c == '.' || c == '．';
    }

    private static String toFullWidth(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            b.append(c >= '0' && c <= '9' ? (char) (c + 0xFEE0) : c == '.' ? '．' : c);
        }
        return b.toString();
    }
}
