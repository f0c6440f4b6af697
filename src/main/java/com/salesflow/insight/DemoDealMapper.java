package com.salesflow.insight;

import org.apache.ibatis.annotations.Mapper;

/** Writes demo deals and their stage history straight into the tables, bypassing the engine. */
@Mapper
interface DemoDealMapper {

  long countDemoDeals(String idPrefix);

  void insertDeal(DemoDeal deal);

  void insertStay(DemoDeal.Stay stay);
}
