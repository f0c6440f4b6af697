package com.salesflow.insight;

/** One stage of the funnel as SQL counts it. */
record FunnelCount(String stageKey, String stageName, long entered, long advanced) {}
