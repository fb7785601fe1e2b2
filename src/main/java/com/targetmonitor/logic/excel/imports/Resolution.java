package com.targetmonitor.logic.excel.imports;

import com.targetmonitor.logic.excel.match.Candidate;
import com.targetmonitor.logic.excel.match.ValueRole;
import com.targetmonitor.logic.excel.stats.StatFile;
import com.targetmonitor.logic.excel.stats.StatRow;
import com.targetmonitor.logic.excel.stats.StatSheet;
import com.targetmonitor.logic.excel.text.NormalizedName;
import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Period;
import java.util.List;

/** A source row in one role and the indicator chosen for it; what the officer changes in the preview. */
final class Resolution {

    final int id;
    /** Not final: the session swaps them for copies without the sheet's rows once the preview is built. */
    StatFile file;
    StatSheet sheet;
    final StatRow row;
    final NormalizedName name;
    /** The period our key names (templates, exports), or null. */
    final Period keyPeriod;
    ValueRole role;
    Indicator indicator;
    MatchKind kind;
    double score;
    List<Candidate> alternatives;
    boolean ignored;
    /** The officer confirmed the row's figure too: a doubtful value is then written as it is. */
    boolean valueConfirmed;
    /** The region a county's sheet reports for, when the plan has no indicator for this row there. */
    String outOfScope;

    Resolution(int id, StatFile file, StatSheet sheet, StatRow row, NormalizedName name, Period keyPeriod) {
        this.id = id;
        this.file = file;
        this.sheet = sheet;
        this.row = row;
        this.name = name;
        this.keyPeriod = keyPeriod;
        this.alternatives = List.of();
        this.kind = MatchKind.NONE;
    }

    boolean confirmedByOfficer() {
        return kind == MatchKind.CONFIRMED;
    }
}
