package com.salesflow.insight;

import java.math.BigDecimal;
import java.time.Instant;

/** A deal as a report lists it, with the stay in the stage the report is about. */
record DealRow(String opportunityId, String customer, String title, String owner,
    BigDecimal amount, String status, String pipeline, String stageKey, String stageName,
    Instant enteredAt, String slaLevel) {}
