package com.salesflow.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface NoticeMapper {

  /** Inserts the notice unless one with its idempotency key exists; returns the rows inserted. */
  int insertIfAbsent(OutboxNotice notice);

  Optional<OutboxNotice> findById(long id);

  /** Ids of notices due for an attempt: pending and due, or claimed by a node that let it lapse. */
  List<Long> findDueIds(@Param("now") Instant now, @Param("limit") int limit);

  /** Claims a due notice for one attempt; 0 rows means another node has it. */
  int claim(@Param("id") long id, @Param("now") Instant now,
      @Param("claimedUntil") Instant claimedUntil);

  int markSent(@Param("id") long id, @Param("at") Instant at);

  int markRetry(@Param("id") long id, @Param("nextAttemptAt") Instant nextAttemptAt,
      @Param("error") String error);

  int markFailed(@Param("id") long id, @Param("error") String error);

  /** Puts a parked notice back in the queue; 0 rows when it is not parked. */
  int requeue(@Param("id") long id, @Param("at") Instant at);

  List<OutboxNotice> findByStatus(@Param("status") NoticeStatus status, @Param("limit") int limit);

  List<OutboxNotice> findInbox(@Param("recipientId") String recipientId,
      @Param("unreadOnly") boolean unreadOnly, @Param("limit") int limit);

  int markRead(@Param("id") long id, @Param("recipientId") String recipientId,
      @Param("at") Instant at);
}
