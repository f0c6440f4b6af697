package com.salesflow.insight;

import static org.assertj.core.api.Assertions.assertThat;

import com.salesflow.calendar.WorkingCalendar;
import com.salesflow.insight.ProcessHealthReport.StageHealth;
import com.salesflow.insight.ProcessHealthReport.Totals;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With demo deals, a newcomer's reports have twelve weeks of history to show. The deals are made
 * and read in one transaction that is rolled back, in the context the other tests share: a second
 * application context would register a second default engine that engine REST then talks to.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoDealsIT {

  @Autowired
  DemoDealMapper mapper;

  @Autowired
  PipelineStages pipelines;

  @Autowired
  WorkingCalendar calendar;

  @Autowired
  ProcessHealth health;

  @Autowired
  ReportRequests requests;

  @Autowired
  PlatformTransactionManager transactions;

  @Test
  void fillTheReportsOfBothPipelinesWithWinsLossesRegressionsAndSlaBreaches() {
    new TransactionTemplate(transactions).executeWithoutResult(status -> {
      new DemoDeals(mapper, pipelines, calendar, 120).generate();
      ReportPeriod period = requests.period(null, null);
      ProcessHealthReport report = health.report(period, requests.unrestricted(period, null));

      Totals totals = report.totals();
      assertThat(totals.won()).isPositive();
      assertThat(totals.lost()).isPositive();
      assertThat(totals.regressed()).isPositive();
      assertThat(totals.slaRed()).isPositive();
      assertThat(report.stages()).extracting(StageHealth::pipeline)
          .contains("industrial-equipment-sales", "saas-subscription-sales");
      assertThat(report.stalled()).hasSize(ProcessHealth.STALLED_DEALS);
      status.setRollbackOnly();
    });
  }
}
