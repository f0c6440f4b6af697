package com.salesflow.dispatch;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CustomerRequestMapper {

  void insert(CustomerRequest request);

  int updateProcess(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

  int route(@Param("id") String id, @Param("handlerGroup") String handlerGroup,
      @Param("informedGroups") String informedGroups, @Param("deliverable") String deliverable,
      @Param("dueAt") Instant dueAt);

  int close(@Param("id") String id, @Param("status") RequestStatus status,
      @Param("closedBy") String closedBy, @Param("closedAt") Instant closedAt);

  Optional<CustomerRequest> findById(String id);

  List<CustomerRequest> findByOpportunity(String opportunityId);
}
