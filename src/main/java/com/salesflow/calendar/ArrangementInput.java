package com.salesflow.calendar;

import com.salesflow.shared.InvalidInputException;
import com.salesflow.shared.InvalidInputException.FieldError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** A year's exceptional days as an administrator enters them, checked before any is written. */
record ArrangementInput(List<DayInput> days) {

  static final int MAX_NAME_LENGTH = 50;

  /** One entered day; text fields so that every mistake is reported with its field. */
  record DayInput(String date, String kind, String name) {}

  /** The entered days of {@code year}, or every mistake at once, each naming its field. */
  List<CalendarDay> validatedFor(int year) {
    if (days == null) {
      throw new InvalidInputException("days", "is required");
    }
    List<FieldError> errors = new ArrayList<>();
    Set<LocalDate> seen = new HashSet<>();
    List<CalendarDay> valid = new ArrayList<>();
    for (int i = 0; i < days.size(); i++) {
      String field = "days[" + i + "]";
      DayInput day = days.get(i);
      if (day == null) {
        errors.add(new FieldError(field, "is required"));
        continue;
      }
      LocalDate date = date(field + ".date", day.date(), year, seen, errors);
      DayKind kind = kind(field + ".kind", day.kind(), date, errors);
      String name = name(field + ".name", day.name(), errors);
      if (date != null && kind != null && name != null) {
        valid.add(new CalendarDay(date, kind, name));
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidInputException(errors);
    }
    valid.sort(Comparator.comparing(CalendarDay::date));
    return valid;
  }

  private static LocalDate date(String field, String text, int year, Set<LocalDate> seen,
      List<FieldError> errors) {
    LocalDate date = parse(field, text, errors);
    if (date == null) {
      return null;
    }
    if (date.getYear() != year) {
      errors.add(new FieldError(field, "must be in " + year + ", was " + date));
      return null;
    }
    if (!seen.add(date)) {
      errors.add(new FieldError(field, date + " is entered more than once"));
      return null;
    }
    return date;
  }

  private static LocalDate parse(String field, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be a date such as 2027-10-01, was '" + text + "'"));
      return null;
    }
  }

  // A holiday may fall on a weekend (it then changes nothing); a make-up working day may not
  // fall on a weekday, where it would mean nothing and most likely hides a typing error.
  private static DayKind kind(String field, String text, LocalDate date, List<FieldError> errors) {
    DayKind kind = Arrays.stream(DayKind.values())
        .filter(k -> k.name().equals(text))
        .findFirst()
        .orElse(null);
    if (kind == null) {
      errors.add(new FieldError(field, "must be HOLIDAY or WORKDAY, was '" + text + "'"));
    } else if (kind == DayKind.WORKDAY && date != null && !CalendarYearDays.isWeekend(date)) {
      errors.add(new FieldError(field, "a WORKDAY must be a Saturday or Sunday, " + date
          + " is a " + date.getDayOfWeek()));
      return null;
    }
    return kind;
  }

  private static String name(String field, String text, List<FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return null;
    }
    if (text.strip().length() > MAX_NAME_LENGTH) {
      errors.add(new FieldError(field, "must be at most " + MAX_NAME_LENGTH + " characters"));
      return null;
    }
    return text.strip();
  }
}
