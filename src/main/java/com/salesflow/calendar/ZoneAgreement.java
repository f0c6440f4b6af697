package com.salesflow.calendar;

import java.time.ZoneId;

/**
 * Whether this JVM keeps time in the working calendar's zone, as SLA timers, the weekly report's
 * cron and the engine's dates assume. Two zones agree when their rules are the same: an alias such
 * as {@code Asia/Chongqing} or {@code PRC} agrees with {@code Asia/Shanghai}; a fixed offset such
 * as {@code GMT+08:00} does not, because Shanghai's rules include its summer time of 1986–1991.
 *
 * @param jvm the JVM's default zone
 * @param calendar {@code salesflow.calendar.zone}
 */
record ZoneAgreement(ZoneId jvm, ZoneId calendar) {

  static ZoneAgreement ofThisJvm(ZoneId calendar) {
    return new ZoneAgreement(ZoneId.systemDefault(), calendar);
  }

  boolean holds() {
    return jvm.getRules().equals(calendar.getRules());
  }

  String fix() {
    return "start the JVM with -Duser.timezone=" + calendar.getId();
  }

  String problem() {
    return "The JVM's time zone " + jvm.getId() + " differs from salesflow.calendar.zone "
        + calendar.getId() + ": the job executor is not started, so no timer or asynchronous job"
        + " runs on this node; " + fix();
  }
}
