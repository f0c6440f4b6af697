package com.salesflow.pipeline;

import java.util.List;

/** Filters and a window for listing deals; a null filter matches everything. */
record OpportunityQuery(
    List<String> ownerIds, String pipeline, String stageKey, OpportunityStatus status, int limit,
    int offset) {}
