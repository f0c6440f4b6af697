package com.salesflow.calendar;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.ibatis.annotations.Mapper;
import org.apache.ibatis.annotations.Param;

@Mapper
interface CalendarMapper {

  List<CalendarYear> findYears();

  Optional<CalendarYear> findYear(int year);

  List<CalendarDay> findDays(@Param("first") LocalDate first, @Param("last") LocalDate last);

  void insertYear(CalendarYear year);

  /** Bumps the version if it still is {@code version}; 0 rows means someone changed it first. */
  int updateYear(@Param("year") int year, @Param("version") int version,
      @Param("source") String source, @Param("at") Instant at, @Param("by") String by);

  void deleteDays(@Param("first") LocalDate first, @Param("last") LocalDate last);

  void insertDays(@Param("days") List<CalendarDay> days);
}
