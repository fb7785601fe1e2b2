package com.targetmonitor.ui.detail;

import com.targetmonitor.model.Indicator;
import com.targetmonitor.model.Light;
import com.targetmonitor.model.Status;
import java.util.List;

/** Everything the detail pane shows for one indicator, as texts; built by {@link DetailLoader}. */
record DetailContent(Indicator indicator, String title, String kind, List<DetailField> definition,
                     String standingHeading, Status status, String statusText, Light light,
                     List<DetailField> standing, String seriesHeading, String seriesEmpty, List<SeriesRow> series,
                     List<ChildRow> children, DecompositionLine decomposition, String sourceSentence,
                     String sourceDocument, String sourceNote) {
}
