package com.salesflow.commitment;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CommitmentMapper {

  void insert(Commitment commitment);

  Optional<Commitment> findById(String id);

  List<Commitment> findByOpportunity(String opportunityId);

  int updateProcess(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

  int updateScope(@Param("id") String id, @Param("scope") CommitmentScope scope);

  /** Records the outcome of a PENDING commitment; 0 rows when it was decided already. */
  int decide(@Param("id") String id, @Param("status") CommitmentStatus status,
      @Param("comment") String comment, @Param("at") Instant at);
}
