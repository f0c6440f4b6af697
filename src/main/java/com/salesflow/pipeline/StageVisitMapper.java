package com.salesflow.pipeline;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface StageVisitMapper {

  void insert(StageVisit visit);

  Optional<StageVisit> findOpen(String opportunityId);

  List<StageVisit> findByOpportunity(String opportunityId);

  /** Closes the visit if it is still open; returns 0 when it was closed already. */
  int close(StageVisit closed);
}
