package com.salesflow.calendar;

import java.time.LocalDate;

/** One exceptional day of the calendar, such as 国庆节 or a make-up working Sunday. */
record CalendarDay(LocalDate date, DayKind kind, String name) {}
