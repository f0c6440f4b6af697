package com.salesflow.insight;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

/** The report aggregates, each one grouped query over the stage history and the deals. */
@Mapper
interface InsightMapper {

  /**
   * Stays that left in the period, grouped by stage and local entry and exit day, with the SLA
   * levels they left with.
   */
  List<DwellGroup> sumDwellGroups(@Param("q") ReportQuery query);

  /**
   * Per stage: stays that began before the period ended, had not left by then and reached yellow
   * or red.
   */
  List<SlaCount> countSlaBreachesOpenAtEnd(@Param("q") ReportQuery query);

  /** Open deals by calendar time in their current stage times amount, highest first. */
  List<DealRow> findStalledDeals(@Param("q") ReportQuery query, @Param("limit") int limit);

  /** Open deals whose current stay is yellow or red, red first, longest first. */
  List<DealRow> findSlaBreachedDeals(@Param("q") ReportQuery query, @Param("limit") int limit);

  /** Per stage of the query's pipeline: deals that entered it in the period, and advanced. */
  List<FunnelCount> countFunnel(@Param("q") ReportQuery query);

  /** The deals behind one funnel number: the query's stage and measure. */
  List<DealRow> findFunnelDeals(@Param("q") ReportQuery query, @Param("limit") int limit);

  /** Every team and the supervisor its members report to. */
  List<TeamSupervisor> findTeamSupervisors();
}
