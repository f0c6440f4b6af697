package com.salesflow.commitment;

import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface RoadmapMapper {

  List<RoadmapItem> findAll();

  Optional<RoadmapItem> findByCapability(String capability);

  void insert(RoadmapItem item);

  /** Replaces the item if it still has {@code expectedVersion}; 0 rows means someone was first. */
  int update(@Param("item") RoadmapItem item, @Param("expectedVersion") int expectedVersion);
}
