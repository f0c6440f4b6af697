package com.salesflow.pipeline;

import java.math.BigDecimal;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A numeric comparison on one deal value, such as {@code amount > 5000000}, written by process
 * owners in the diagram to make an exit requirement conditional. A missing or non-numeric value
 * never satisfies it.
 */
record Condition(String variable, String operator, BigDecimal operand) {

  private static final Pattern SYNTAX =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*(>=|<=|==|!=|>|<)\\s*(-?[0-9]+(?:\\.[0-9]+)?)\\s*");

  static Condition parse(String text) {
    Matcher matcher = SYNTAX.matcher(text);
    if (!matcher.matches()) {
      throw new IllegalArgumentException(
          "Condition '" + text + "' is not of the form <variable> <operator> <number>");
    }
    return new Condition(matcher.group(1), matcher.group(2), new BigDecimal(matcher.group(3)));
  }

  boolean holdsFor(DealFacts facts) {
    Object value = facts.values().get(variable);
    if (!(value instanceof Number number)) {
      return false;
    }
    int comparison = new BigDecimal(number.toString()).compareTo(operand);
    return switch (operator) {
      case ">" -> comparison > 0;
      case ">=" -> comparison >= 0;
      case "<" -> comparison < 0;
      case "<=" -> comparison <= 0;
      case "==" -> comparison == 0;
      default -> comparison != 0;
    };
  }

  @Override
  public String toString() {
    return variable + " " + operator + " " + operand.toPlainString();
  }
}
