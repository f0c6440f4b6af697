package com.salesflow.insight;

import com.salesflow.access.Reach;
import java.time.Instant;

/**
 * What one report reads from the stage history: stays in [{@code from}, {@code to}) of the deals
 * matching the filters and visible to {@code viewer}. {@code offsetMinutes} shifts stored UTC
 * times into the calendar zone so that SQL can group them by local day; {@code stage} and
 * {@code measure} narrow the funnel's drill-down.
 */
record ReportQuery(Instant from, Instant to, String pipeline, String team, String owner,
    Reach viewer, int offsetMinutes, Instant now, String stage, FunnelMeasure measure) {

  ReportQuery drillingInto(String stageKey, FunnelMeasure drilled) {
    return new ReportQuery(from, to, pipeline, team, owner, viewer, offsetMinutes, now, stageKey,
        drilled);
  }
}
