package com.salesflow.pipeline;

/** Filters and a window for listing deals; a null filter matches everything. */
record OpportunityQuery(
    String ownerId, String pipeline, String stageKey, OpportunityStatus status, int limit,
    int offset) {}
