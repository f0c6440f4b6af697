package com.salesflow.web;

import java.time.Instant;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface IdempotencyKeyMapper {

  /** Claims the key; fails with a duplicate-key error when the caller used it before. */
  void insert(@Param("userId") String userId, @Param("key") String key,
      @Param("request") String request, @Param("at") Instant at);

  Optional<Claim> find(@Param("userId") String userId, @Param("key") String key);

  void recordLocation(@Param("userId") String userId, @Param("key") String key,
      @Param("location") String location);

  void delete(@Param("userId") String userId, @Param("key") String key);

  int deleteOlderThan(@Param("before") Instant before);

  /** What a key was first used for, and where its result is (null until it succeeded). */
  record Claim(String request, String location) {}
}
