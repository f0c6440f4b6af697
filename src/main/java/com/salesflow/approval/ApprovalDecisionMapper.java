package com.salesflow.approval;

import java.util.List;
import org.apache.ibatis.annotations.Mapper;

@Mapper
interface ApprovalDecisionMapper {

  void insert(ApprovalDecision decision);

  List<ApprovalDecision> findByProcessInstance(String processInstanceId);

  List<ApprovalDecision> findByBusinessKey(String businessKey);
}
