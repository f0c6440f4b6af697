package com.salesflow.organisation;

import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OrgMemberMapper {

  void insert(OrgMember member);

  Optional<OrgMember> findByUser(String userId);
}
