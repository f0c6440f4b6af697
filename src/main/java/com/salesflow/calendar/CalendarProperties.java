package com.salesflow.calendar;

import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the working calendar.
 *
 * @param zone where working days begin and end
 * @param warnDaysBeforeEnd how many days before the last known date the health check warns
 * @param refreshAfter how long a node trusts a cached year before reading it again, so that an
 *     administrator's change made on another node arrives here too
 */
@ConfigurationProperties("salesflow.calendar")
record CalendarProperties(
    @DefaultValue(CalendarProperties.DEFAULT_ZONE) ZoneId zone,
    @DefaultValue("60") int warnDaysBeforeEnd,
    @DefaultValue("5m") Duration refreshAfter) {

  static final String DEFAULT_ZONE = "Asia/Shanghai";
}
