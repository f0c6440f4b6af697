package com.salesflow.shared;

import java.sql.CallableStatement;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.apache.ibatis.type.BaseTypeHandler;
import org.apache.ibatis.type.JdbcType;
import org.apache.ibatis.type.MappedTypes;

/**
 * Stores every {@link Instant} of Salesflow's own tables as UTC wall-clock time with milliseconds,
 * the same on H2, MySQL and MariaDB whatever the JVM's zone. The value is bound as text because
 * mysql-connector-j misreads MariaDB 10's version string and drops fractional seconds from
 * temporal parameters.
 */
@MappedTypes(Instant.class)
public class UtcInstantTypeHandler extends BaseTypeHandler<Instant> {

  private static final DateTimeFormatter SQL_DATETIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS");

  @Override
  public void setNonNullParameter(PreparedStatement statement, int index, Instant value,
      JdbcType jdbcType) throws SQLException {
    statement.setString(index, SQL_DATETIME.format(LocalDateTime.ofInstant(value, ZoneOffset.UTC)));
  }

  @Override
  public Instant getNullableResult(ResultSet rows, String column) throws SQLException {
    return toInstant(rows.getObject(column, LocalDateTime.class));
  }

  @Override
  public Instant getNullableResult(ResultSet rows, int index) throws SQLException {
    return toInstant(rows.getObject(index, LocalDateTime.class));
  }

  @Override
  public Instant getNullableResult(CallableStatement call, int index) throws SQLException {
    return toInstant(call.getObject(index, LocalDateTime.class));
  }

  private static Instant toInstant(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
