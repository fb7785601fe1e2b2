package com.targetmonitor.ui.excel;

import com.targetmonitor.logic.excel.imports.ImportProblem;
import com.targetmonitor.logic.excel.imports.MatchKind;
import com.targetmonitor.logic.excel.imports.PreviewRow;
import com.targetmonitor.logic.excel.imports.RowState;
import com.targetmonitor.logic.excel.read.SpreadsheetException;
import com.targetmonitor.logic.excel.stats.SkippedRow;
import com.targetmonitor.logic.excel.targets.PlanChoice;
import com.targetmonitor.logic.excel.targets.TargetAction;
import com.targetmonitor.logic.excel.targets.TargetsProposal;
import com.targetmonitor.model.Plan;
import com.targetmonitor.ui.I18n;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The import's words in the officer's language: reasons a file is refused, row states, how a name
 * was matched, and each problem from its code and arguments (the logic's English {@code message()}
 * is for the command line).
 */
public final class ImportTexts {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private ImportTexts() {
    }

    /** One line for a file that cannot be imported: the file and why. */
    public static String refusal(SpreadsheetException e) {
        String file = e.fileName() == null ? "" : e.fileName();
        return I18n.get(ExcelMsg.EXCEL_IMPORT_FAILED, file, reason(e.reason()));
    }

    public static String reason(SpreadsheetException.Reason reason) {
        return I18n.get(switch (reason) {
            case EMPTY -> ExcelMsg.EXCEL_REASON_EMPTY;
            case NOT_A_SPREADSHEET -> ExcelMsg.EXCEL_REASON_NOT_A_SPREADSHEET;
            case ENCRYPTED -> ExcelMsg.EXCEL_REASON_ENCRYPTED;
            case DAMAGED -> ExcelMsg.EXCEL_REASON_DAMAGED;
            case TOO_LARGE -> ExcelMsg.EXCEL_REASON_TOO_LARGE;
            case UNSAFE -> ExcelMsg.EXCEL_REASON_UNSAFE;
            case NO_HEADER -> ExcelMsg.EXCEL_REASON_NO_HEADER;
            case PERIOD_UNKNOWN -> ExcelMsg.EXCEL_REASON_PERIOD_UNKNOWN;
            case UNREADABLE -> ExcelMsg.EXCEL_REASON_UNREADABLE;
        });
    }

    public static String state(RowState state) {
        return I18n.get(switch (state) {
            case APPLY -> ExcelMsg.EXCEL_STATE_APPLY;
            case UNCHANGED -> ExcelMsg.EXCEL_STATE_UNCHANGED;
            case QUESTION -> ExcelMsg.EXCEL_STATE_QUESTION;
            case UNMATCHED -> ExcelMsg.EXCEL_STATE_UNMATCHED;
            case NOT_APPLYING -> ExcelMsg.EXCEL_STATE_NOT_APPLYING;
            case NOT_PERMITTED -> ExcelMsg.EXCEL_STATE_NOT_PERMITTED;
            case NO_VALUE -> ExcelMsg.EXCEL_STATE_NO_VALUE;
            case ERROR -> ExcelMsg.EXCEL_STATE_ERROR;
            case IGNORED -> ExcelMsg.EXCEL_STATE_IGNORED;
        });
    }

    public static String matchKind(MatchKind kind) {
        return I18n.get(switch (kind) {
            case KEY -> ExcelMsg.EXCEL_MATCH_KEY;
            case ALIAS -> ExcelMsg.EXCEL_MATCH_ALIAS;
            case EXACT -> ExcelMsg.EXCEL_MATCH_EXACT;
            case SIMILAR -> ExcelMsg.EXCEL_MATCH_SIMILAR;
            case WEAK -> ExcelMsg.EXCEL_MATCH_WEAK;
            case CONFIRMED -> ExcelMsg.EXCEL_MATCH_CONFIRMED;
            case NONE -> ExcelMsg.EXCEL_MATCH_NONE;
        });
    }

    /** "86%  相似", or empty for a row without an indicator. */
    public static String score(PreviewRow row) {
        if (row.indicatorId() == null) {
            return "";
        }
        return I18n.get(ExcelMsg.EXCEL_PREVIEW_SCORE, String.valueOf(Math.round(row.score() * 100)),
                matchKind(row.matchKind()));
    }

    /** "5732 → 5800", with the growth stored alongside; "—" for no value. */
    public static String change(PreviewRow row) {
        String text = number(row.oldValue()) + " → " + number(row.newValue());
        if (row.yoyGrowth() != null) {
            text += I18n.get(ExcelMsg.EXCEL_PREVIEW_GROWTH, number(row.yoyGrowth()));
        }
        return text;
    }

    /** The row's problems, one line each with its cell, then the closest names for an unmatched row. */
    public static String problems(PreviewRow row) {
        List<String> lines = row.problems().stream().map(ImportTexts::problem).collect(Collectors.toList());
        if (row.state() == RowState.UNMATCHED && !row.suggestions().isEmpty()) {
            lines.add(I18n.get(ExcelMsg.EXCEL_PROBLEM_SUGGESTIONS, String.join(" / ", row.suggestions())));
        }
        return String.join("\n", lines);
    }

    public static String problem(ImportProblem p) {
        List<String> a = p.args();
        String what = switch (p.code()) {
            case NOT_A_NUMBER -> I18n.get(ExcelMsg.EXCEL_PROBLEM_NOT_A_NUMBER, arg(a, 0));
            case APPROXIMATE -> I18n.get(ExcelMsg.EXCEL_PROBLEM_APPROXIMATE, arg(a, 0));
            case UNIT_MISMATCH -> I18n.get(ExcelMsg.EXCEL_PROBLEM_UNIT_MISMATCH, arg(a, 0), arg(a, 1));
            case UNIT_CONVERTED -> I18n.get(ExcelMsg.EXCEL_PROBLEM_UNIT_CONVERTED, arg(a, 0), arg(a, 1));
            case MONTH_VALUE_ONLY -> I18n.get(ExcelMsg.EXCEL_PROBLEM_MONTH_VALUE_ONLY);
            case MONTH_GROWTH_ONLY -> I18n.get(ExcelMsg.EXCEL_PROBLEM_MONTH_GROWTH_ONLY);
            case PERIOD_UNKNOWN -> I18n.get(ExcelMsg.EXCEL_PROBLEM_PERIOD_UNKNOWN, arg(a, 0));
            case OUTSIDE_PLAN_YEAR -> I18n.get(ExcelMsg.EXCEL_PROBLEM_OUTSIDE_PLAN_YEAR, arg(a, 0), arg(a, 1));
            case CONFLICT -> I18n.get(ExcelMsg.EXCEL_PROBLEM_CONFLICT, arg(a, 0));
            case DUPLICATE -> I18n.get(ExcelMsg.EXCEL_PROBLEM_DUPLICATE, arg(a, 0));
            case WEAK_MATCH -> I18n.get(ExcelMsg.EXCEL_PROBLEM_WEAK_MATCH, arg(a, 0), arg(a, 1));
            case NO_MATCH -> I18n.get(ExcelMsg.EXCEL_PROBLEM_NO_MATCH);
            case NO_VALUE -> I18n.get(ExcelMsg.EXCEL_PROBLEM_NO_VALUE);
            case NOT_A_MILESTONE_STATE -> I18n.get(ExcelMsg.EXCEL_PROBLEM_NOT_A_MILESTONE_STATE, arg(a, 0));
            case OUT_OF_SCOPE -> I18n.get(ExcelMsg.EXCEL_PROBLEM_OUT_OF_SCOPE, arg(a, 0));
            case NOT_PERMITTED -> I18n.get(ExcelMsg.EXCEL_PROBLEM_NOT_PERMITTED);
            case IMPLAUSIBLE -> I18n.get(ExcelMsg.EXCEL_PROBLEM_IMPLAUSIBLE, arg(a, 0), I18n.get(switch (arg(a, 1)) {
                case "TOO_LARGE" -> ExcelMsg.EXCEL_DOUBT_TOO_LARGE;
                case "SHARE_OUT_OF_RANGE" -> ExcelMsg.EXCEL_DOUBT_SHARE;
                case "FRACTIONAL_COUNT" -> ExcelMsg.EXCEL_DOUBT_FRACTION;
                case "GROWTH_OUT_OF_RANGE" -> ExcelMsg.EXCEL_DOUBT_GROWTH;
                default -> ExcelMsg.EXCEL_DOUBT_NOT_FINITE;
            }));
        };
        return p.cell().isEmpty() ? what : I18n.get(ExcelMsg.EXCEL_PROBLEM_AT, p.cell(), what);
    }

    public static String skipped(SkippedRow.Reason reason) {
        return I18n.get(switch (reason) {
            case HIDDEN -> ExcelMsg.EXCEL_SKIPPED_HIDDEN;
            case FOOTNOTE -> ExcelMsg.EXCEL_SKIPPED_FOOTNOTE;
            case NO_VALUES -> ExcelMsg.EXCEL_SKIPPED_NO_VALUES;
            case HEADER -> ExcelMsg.EXCEL_SKIPPED_HEADER;
        });
    }

    public static String targetAction(TargetAction action) {
        return I18n.get(switch (action) {
            case CREATE -> ExcelMsg.EXCEL_TARGET_CREATE;
            case UPDATE -> ExcelMsg.EXCEL_TARGET_UPDATE;
            case UNCHANGED -> ExcelMsg.EXCEL_TARGET_UNCHANGED;
            case ERROR -> ExcelMsg.EXCEL_TARGET_ERROR;
        });
    }

    /** Which plan a targets table goes into and why, in one sentence. */
    public static String planChoice(TargetsProposal proposal) {
        PlanChoice c = proposal.choice();
        String file = proposal.table().fileName();
        String named = named(c);
        String shown = c.shown() == null ? "" : c.shown().name();
        return switch (c.kind()) {
            case SHOWN -> I18n.get(ExcelMsg.EXCEL_PLAN_SHOWN, file, named, c.plan().name());
            case EXISTING -> I18n.get(ExcelMsg.EXCEL_PLAN_EXISTING, file, named, shown, c.plan().name());
            case NEW -> I18n.get(ExcelMsg.EXCEL_PLAN_NEW, file, named, c.plan().name(), shown);
            case UNDECIDED -> c.fileRegion() != null && c.fileYear() != null
                    ? I18n.get(ExcelMsg.EXCEL_PLAN_MANY, file, named, String.valueOf(proposal.options().stream()
                    .filter(p -> p.id() != null && c.agrees(p)).count()))
                    : I18n.get(ExcelMsg.EXCEL_PLAN_UNDECIDED, file, named.isEmpty() ? I18n.get(ExcelMsg.EXCEL_PLAN_NOTHING_NAMED)
                    : I18n.get(ExcelMsg.EXCEL_PLAN_ONLY_NAMED, named));
            case CHOSEN -> named.isEmpty() || c.agrees(c.plan()) ? I18n.get(ExcelMsg.EXCEL_PLAN_CHOSEN, file, c.plan().name())
                    : I18n.get(ExcelMsg.EXCEL_PLAN_CHOSEN_OTHER, file, c.plan().name(), named);
        };
    }

    /** A plan to pick in the preview: its name, or "new plan: name" for one the import would create. */
    public static String planOption(Plan plan) {
        return plan == null ? "" : plan.id() == null ? I18n.get(ExcelMsg.EXCEL_PLAN_OPTION_NEW, plan.name()) : plan.name();
    }

    /** 明湖市2024年, 明湖市, 2024年, or empty: what the table names. */
    private static String named(PlanChoice c) {
        return (c.fileRegion() == null ? "" : c.fileRegion()) + (c.fileYear() == null ? "" : c.fileYear() + "年");
    }

    public static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant.atZone(ZoneId.systemDefault()));
    }

    /** A figure as officers write it: no grouping, up to four decimals, "—" for none. */
    public static String number(Double value) {
        if (value == null) {
            return "—";
        }
        DecimalFormat f = new DecimalFormat("0.####", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return f.format(value);
    }

    private static String arg(List<String> args, int i) {
        return i < args.size() ? args.get(i) : "";
    }
}
