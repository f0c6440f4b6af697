package com.salesflow.pipeline;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OpportunityMapper {

  void insert(Opportunity opportunity);

  Optional<Opportunity> findById(String id);

  List<Opportunity> findPage(OpportunityQuery query);

  long count(OpportunityQuery query);

  int updateProcess(@Param("id") String id, @Param("processInstanceId") String processInstanceId,
      @Param("processDefinitionId") String processDefinitionId, @Param("at") Instant at);

  int updateStage(@Param("id") String id, @Param("stageKey") String stageKey,
      @Param("stageName") String stageName, @Param("enteredAt") Instant enteredAt);

  int close(@Param("id") String id, @Param("status") OpportunityStatus status,
      @Param("reason") String reason, @Param("at") Instant at);

  List<Opportunity> findOpenByProcessDefinition(String processDefinitionId);

  /** Records the diagram version a deal's instance runs after it moved to another version. */
  int updateDefinition(@Param("id") String id,
      @Param("processDefinitionId") String processDefinitionId,
      @Param("stageName") String stageName, @Param("at") Instant at);

  /** Bumps the version if it still is {@code version}; 0 rows means someone changed it first. */
  int touch(@Param("id") String id, @Param("version") int version, @Param("at") Instant at);
}
