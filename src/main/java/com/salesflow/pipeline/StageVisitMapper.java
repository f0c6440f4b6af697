package com.salesflow.pipeline;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface StageVisitMapper {

  void insert(StageVisit visit);

  Optional<StageVisit> findOpen(String opportunityId);

  List<StageVisit> findByOpportunity(String opportunityId);

  /** Closes the visit if it is still open; returns 0 when it was closed already. */
  int close(StageVisit closed);

  /** Raises an open visit's SLA level; 0 rows when it was left or already at that level. */
  int raiseSlaLevel(@Param("id") long id, @Param("level") SlaLevel level);
}
