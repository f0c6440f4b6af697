package com.salesflow.lead;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface LeadMapper {

  void insert(Lead lead);

  Optional<Lead> findById(String id);

  /** Leads of the given owners (everyone's when null), newest first. */
  List<Lead> findByOwners(@Param("ownerIds") List<String> ownerIds,
      @Param("status") LeadStatus status, @Param("limit") int limit);

  int updateProcess(@Param("id") String id, @Param("processInstanceId") String processInstanceId);

  /** Records the first contact of a NEW lead; 0 rows when it was contacted already. */
  int recordFirstContact(@Param("id") String id, @Param("at") Instant at,
      @Param("note") String note);

  /** Marks a CONTACTED lead converted, if it still has {@code version}. */
  int markConverted(@Param("id") String id, @Param("opportunityId") String opportunityId,
      @Param("version") int version, @Param("at") Instant at);

  /**
   * Per owner among {@code ownerIds} (everyone when null): leads created in [from, to) whose
   * response window closed by {@code now} or that were answered.
   */
  List<ResponseCount> countResponses(@Param("from") Instant from, @Param("to") Instant to,
      @Param("now") Instant now, @Param("ownerIds") List<String> ownerIds);
}
