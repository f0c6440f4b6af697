package com.salesflow.insight;

/** How often stays of one stage ended in the period, and how many of them went backwards. */
record StageExits(String pipeline, String stageKey, String stageName, long exits,
    long regressed) {}
