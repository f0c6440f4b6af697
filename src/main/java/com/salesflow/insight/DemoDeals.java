package com.salesflow.insight;

import com.salesflow.calendar.CalendarUnknownException;
import com.salesflow.calendar.WorkingCalendar;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty database with twelve weeks of made-up deals across every pipeline, so that a
 * newcomer's dashboard has something to show. Demo deals are written straight into the deal and
 * stage-history tables: they have no running process, appear in reports only, and are made once
 * (a database that has them is left alone). Only where {@code salesflow.demo.deals} is true.
 */
@Component
@ConditionalOnProperty(name = "salesflow.demo.deals", havingValue = "true")
class DemoDeals {

  private static final Logger log = LoggerFactory.getLogger(DemoDeals.class);

  private final DemoDealMapper mapper;
  private final PipelineStages pipelines;
  private final WorkingCalendar calendar;
  private final int count;

  DemoDeals(DemoDealMapper mapper, PipelineStages pipelines, WorkingCalendar calendar,
      @Value("${salesflow.demo.deal-count:300}") int count) {
    this.mapper = mapper;
    this.pipelines = pipelines;
    this.calendar = calendar;
    this.count = count;
  }

  @EventListener(ApplicationReadyEvent.class)
  @Transactional
  public void generate() {
    if (mapper.countDemoDeals(DemoDealGenerator.ID_PREFIX) > 0) {
      return;
    }
    List<String> keys = pipelines.keys();
    DemoDealGenerator generator =
        new DemoDealGenerator(ClockUtil.getCurrentTime().toInstant(), this::plusWorkingDays);
    for (int i = 0; i < count; i++) {
      String key = keys.get(i % keys.size());
      DemoDeal deal = generator.deal(key, pipelines.of(key).orElseThrow());
      mapper.insertDeal(deal);
      deal.stays().forEach(mapper::insertStay);
    }
    log.info("Demo deals created: {} across pipelines {}", count, keys);
  }

  /** Whole working days from the calendar, the fraction as hours; beyond the calendar: never. */
  private Instant plusWorkingDays(Instant from, double days) {
    try {
      Instant whole = calendar.plusWorkingDays(from, (int) days);
      return whole.plus(Duration.ofMinutes(Math.round((days - (int) days) * 24 * 60)));
    } catch (CalendarUnknownException e) {
      return Instant.MAX;
    }
  }
}
