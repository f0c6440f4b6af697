package com.salesflow.insight;

import java.time.LocalDate;

/**
 * Stays of one stage that entered on one local day and left on another, with the sums of their
 * entry and exit times as seconds after local midnight (enough to get their mean working time
 * exactly from the calendar once per group instead of once per stay), how they left and how many
 * had turned yellow or red by then.
 */
record DwellGroup(String pipeline, String stageKey, String stageName, LocalDate enteredDay,
    LocalDate leftDay, long stays, long enteredSeconds, long leftSeconds, long regressed, long won,
    long lost, long yellow, long red) {}
