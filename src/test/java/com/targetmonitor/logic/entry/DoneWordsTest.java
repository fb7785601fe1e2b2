package com.targetmonitor.logic.entry;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** One vocabulary for the grid and the import: a word one takes, the other takes too. */
class DoneWordsTest {

    @Test
    void theGridTakesTheImportsWordsAndTheOtherWayRound() {
        // Words the import knew and the grid did not, and the other way round.
        assertThat(EntryParser.parseMilestone("已办结").value()).isEqualTo(1.0);
        assertThat(EntryParser.parseMilestone("推进中").value()).isEqualTo(0.0);
        assertThat(DoneWords.read("✔")).contains(true);
        assertThat(DoneWords.read(" Not Done ")).contains(false);
        assertThat(DoneWords.read("大概")).isEmpty();
        assertThat(EntryParser.parseMilestone("大概").problem()).isEqualTo(EntryProblem.NOT_A_MILESTONE_STATE);
    }
}
