-- Mainland China's working-day calendar: weekends rest, except for the days listed here.
-- Column names avoid DAY and YEAR, which H2 reserves.

-- A year is known only when it has a row here; dates in other years are never guessed.
create table calendar_year (
  year_number int          not null primary key,
  source      varchar(16)  not null,
  version     int          not null,
  updated_at  datetime(3)  not null,
  updated_by  varchar(64)  not null
);

-- The exceptional days of the known years: a holiday, or a make-up working day on a weekend (调休).
create table calendar_day (
  day_date date         not null primary key,
  kind     varchar(8)   not null,
  name     varchar(50)  not null
);
