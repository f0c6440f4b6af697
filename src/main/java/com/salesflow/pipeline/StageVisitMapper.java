package com.salesflow.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StageVisitMapper {

  /**
   * Inserts the stay {@code entry} with the deal's owner and the owner's team as they are now;
   * 0 rows when there is no such deal.
   */
  int insertEntry(StageVisit entry);

  Optional<StageVisit> findOpen(String opportunityId);

  /** The deal's open stay with the deal's customer, title and owner. */
  Optional<OpenStay> findOpenStay(String opportunityId);

  List<StageVisit> findByOpportunity(String opportunityId);

  /** Closes the deal's open visit; returns 0 when it has none. */
  int closeOpen(@Param("opportunityId") String opportunityId,
      @Param("outcome") StageOutcome outcome, @Param("reason") String reason,
      @Param("leftAt") Instant leftAt, @Param("leftBy") String leftBy);

  /** Raises an open visit's SLA level; 0 rows when it was left or already at that level. */
  int raiseSlaLevel(@Param("opportunityId") String opportunityId, @Param("id") long id,
      @Param("level") SlaLevel level);
}
