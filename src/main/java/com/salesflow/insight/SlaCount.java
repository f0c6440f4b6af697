package com.salesflow.insight;

/** Stays of one stage during the period whose highest SLA level was yellow or red. */
record SlaCount(String pipeline, String stageKey, String stageName, long yellow, long red) {}
