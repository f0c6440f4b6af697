package com.salesflow.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * MyBatis splices {@code ${...}} into SQL as text, which is how injection gets in; Salesflow's
 * mappers bind every value with {@code #{...}} and sort only by allow-listed columns.
 */
class MapperParametersTest {

  private static final Path MAPPERS = Path.of("src/main/resources/com/salesflow");

  @Test
  void noMapperSplicesTextIntoSql() throws IOException {
    List<Path> mappers;
    try (Stream<Path> files = Files.walk(MAPPERS)) {
      mappers = files.filter(f -> f.toString().endsWith("Mapper.xml")).toList();
    }

    assertThat(mappers).isNotEmpty();
    for (Path mapper : mappers) {
      assertThat(Files.readString(mapper)).as(mapper.toString()).doesNotContain("${");
    }
  }
}
