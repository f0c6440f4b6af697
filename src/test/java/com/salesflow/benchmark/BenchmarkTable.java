package com.salesflow.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The benchmark run's result as a Markdown table: one row per measure, the median of Salesflow's
 * runs beside the bare engine's where there is one, their ratio, and each run's value. Printed
 * and written to target/benchmark-results.md.
 */
final class BenchmarkTable {

  private static final String NONE = "—";

  private final String title;
  private final List<String> rows = new ArrayList<>();

  BenchmarkTable(String title) {
    this.title = title;
  }

  /**
   * A measure taken on both sides, one value per run: the medians, their ratio (Salesflow over
   * bare engine) and every run's value, so that a reader sees how far the runs spread.
   */
  void compared(String benchmark, String measure, List<Double> salesflow, List<Double> bare) {
    double bareMedian = Latencies.median(bare);
    double salesflowMedian = Latencies.median(salesflow);
    rows.add(row(benchmark, measure, format(salesflowMedian), format(bareMedian),
        bareMedian == 0 ? NONE : format(salesflowMedian / bareMedian) + "×",
        runs(salesflow) + " / " + runs(bare)));
  }

  /** A measure of Salesflow alone, one value per run. */
  void alone(String benchmark, String measure, List<Double> salesflow) {
    rows.add(row(benchmark, measure, format(Latencies.median(salesflow)), NONE, NONE,
        runs(salesflow)));
  }

  String markdown() {
    StringBuilder text = new StringBuilder("### " + title + "\n\n");
    text.append("| benchmark | measure | Salesflow | bare engine | ratio | runs |\n");
    text.append("| --- | --- | ---: | ---: | ---: | --- |\n");
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

  private static String runs(List<Double> values) {
    return values.stream().map(BenchmarkTable::format).collect(Collectors.joining(", "));
  }

  private static String format(double value) {
    return String.format(Locale.ROOT, value >= 100 ? "%.0f" : "%.2f", value);
  }
}
