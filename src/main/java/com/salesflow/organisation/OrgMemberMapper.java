package com.salesflow.organisation;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface OrgMemberMapper {

  void insert(OrgMember member);

  List<OrgMember> findAll();
}
