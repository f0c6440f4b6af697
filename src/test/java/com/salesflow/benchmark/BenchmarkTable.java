package com.salesflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark run's result as a Markdown table: one row per measure, Salesflow beside the bare
 * engine where there is one, and their ratio. Printed and written to target/benchmark-results.md.
 */
final class BenchmarkTable {

  private static final String NONE = "—";

  private final String title;
  private final List<String> rows = new ArrayList<>();

  BenchmarkTable(String title) {
    this.title = title;
  }

  /** A measure taken on both sides; the ratio is Salesflow over bare engine. */
  void compared(String benchmark, String measure, double salesflow, double bare) {
    rows.add(row(benchmark, measure, format(salesflow), format(bare),
        bare == 0 ? NONE : format(salesflow / bare) + "×"));
  }

  /** A measure of Salesflow alone. */
  void alone(String benchmark, String measure, double salesflow) {
    rows.add(row(benchmark, measure, format(salesflow), NONE, NONE));
  }

  String markdown() {
    StringBuilder text = new StringBuilder("### " + title + "\n\n");
    text.append("| benchmark | measure | Salesflow | bare engine | ratio |\n");
    text.append("| --- | --- | ---: | ---: | ---: |\n");
    rows.forEach(row -> text.append(row).append('\n'));
    return text.toString();
  }

  void write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Files.writeString(file, markdown());
  }

  private static String row(String... cells) {
    return "| " + String.join(" | ", cells) + " |";
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
  }
}
