package com.salesflow.pipeline;

import java.time.Instant;

/**
 * A deal's open stay in a stage together with what an SLA notice says about the deal, read in one
 * statement when a stage's SLA timer fires.
 */
record OpenStay(long visitId, String stageKey, Instant enteredAt, String customer, String title,
    String ownerId) {}
