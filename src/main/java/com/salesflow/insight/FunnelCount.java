package com.salesflow.insight;

/** One stage of the funnel as SQL counts it. */
record FunnelCount(String stageKey, long entered, long advanced) {}
