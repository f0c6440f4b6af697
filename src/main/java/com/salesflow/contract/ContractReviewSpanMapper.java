package com.salesflow.contract;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface ContractReviewSpanMapper {

  void insert(ContractReviewSpan span);

  int close(@Param("taskId") String taskId, @Param("endedAt") Instant endedAt,
      @Param("durationMs") long durationMs);

  Optional<ContractReviewSpan> findByTask(String taskId);

  List<ContractReviewSpan> findByOpportunity(String opportunityId);
}
