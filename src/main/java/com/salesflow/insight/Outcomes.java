package com.salesflow.insight;

/** Deals won and deals lost in a period. */
record Outcomes(long won, long lost) {}
