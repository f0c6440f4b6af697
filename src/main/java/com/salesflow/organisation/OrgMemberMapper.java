package com.salesflow.organisation;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface OrgMemberMapper {

  void insert(OrgMember member);

  Optional<OrgMember> findByUser(String userId);

  long countReportsOf(String userId);

  List<String> findUsersLedBy(@Param("supervisorId") String supervisorId,
      @Param("teamId") String teamId);
}
