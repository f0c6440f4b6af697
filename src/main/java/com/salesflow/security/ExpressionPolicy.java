package com.salesflow.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which expressions a diagram may carry. Allowed are process variables, literals, comparisons and
 * boolean logic over them, one call of a method on an allow-listed bean with such arguments,
 * such as {@code ${stageSla.due(execution, 'RED')}}, and a business rule task's output read as
 * {@code ${decisionResult.getSingleResult().deliverable}}. Everything else (method chains, calls on other
 * objects, indexing, lambdas, assignment) is refused, so a diagram cannot reach the JVM through
 * the expression language.
 */
final class ExpressionPolicy {

  private static final Pattern EXPRESSION = Pattern.compile("[$#]\\{([^}]*)}");
  private static final Pattern TOKEN = Pattern.compile(
      "\\s*('(?:[^'\\\\]|\\\\.)*'|\"(?:[^\"\\\\]|\\\\.)*\"|[A-Za-z_][A-Za-z0-9_]*|\\d+(?:\\.\\d+)?"
          + "|->|==|!=|<=|>=|&&|\\|\\||[-+*/%<>!(),.?:]|\\S)");
  /** How a business rule task maps its decision's outputs, the one engine object diagrams read. */
  private static final Pattern DECISION_OUTPUT = Pattern.compile(
      "\\s*decisionResult\\.get(?:Single|First)Result\\(\\)(?:\\.[A-Za-z_][A-Za-z0-9_]*)?\\s*");
  private static final Set<String> OPERATORS = Set.of("==", "!=", "<=", ">=", "&&", "||", "<", ">",
      "!", "+", "-", "*", "/", "%", "?", ":", ",");

  private final Set<String> beans;

  ExpressionPolicy(Set<String> beans) {
    this.beans = Set.copyOf(beans);
  }

  /** Every expression in {@code text} that breaks the policy, each with the reason. */
  List<String> violations(String text) {
    List<String> violations = new ArrayList<>();
    Matcher expressions = EXPRESSION.matcher(text);
    while (expressions.find()) {
      check(expressions.group(1)).ifPresent(reason ->
          violations.add("expression " + expressions.group() + " " + reason));
    }
    return violations;
  }

  private Optional<String> check(String body) {
    if (DECISION_OUTPUT.matcher(body).matches()) {
      return Optional.empty();
    }
    List<String> tokens = tokens(body);
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (token.equals(".")) {
        Optional<String> call = checkCall(tokens, i);
        if (call.isPresent()) {
          return call;
        }
      } else if (token.equals("(") && i > 0 && isIdentifier(tokens.get(i - 1))
          && (i < 2 || !tokens.get(i - 2).equals("."))) {
        return Optional.of("calls function " + tokens.get(i - 1) + ", which is not allowed");
      } else if (!isOperand(token) && !OPERATORS.contains(token) && !token.equals("(")
          && !token.equals(")")) {
        return Optional.of("uses '" + token + "', which is not allowed");
      }
    }
    return Optional.empty();
  }

  /** A dot must join an allow-listed bean to one method call whose result is not used further. */
  private Optional<String> checkCall(List<String> tokens, int dot) {
    String target = dot > 0 ? tokens.get(dot - 1) : "";
    if (!beans.contains(target) || (dot > 1 && tokens.get(dot - 2).equals("."))) {
      return Optional.of("calls a method on '" + target + "', which is not an allowed bean "
          + beans);
    }
    if (dot + 2 >= tokens.size() || !tokens.get(dot + 2).equals("(")) {
      return Optional.of("reads a property of bean " + target + " instead of calling a method");
    }
    int close = tokens.subList(dot + 3, tokens.size()).indexOf(")");
    if (close < 0) {
      return Optional.of("is not closed");
    }
    int after = dot + 3 + close + 1;
    for (String argument : tokens.subList(dot + 3, dot + 3 + close)) {
      if (!isOperand(argument) && !argument.equals(",")) {
        return Optional.of("passes '" + argument + "' to " + target + "; arguments must be "
            + "variables or literals");
      }
    }
    if (after < tokens.size() && tokens.get(after).equals(".")) {
      return Optional.of("chains calls on the result of " + target);
    }
    return Optional.empty();
  }

  private static List<String> tokens(String body) {
    List<String> tokens = new ArrayList<>();
    Matcher matcher = TOKEN.matcher(body);
    while (matcher.find()) {
      tokens.add(matcher.group(1));
    }
    return tokens;
  }

  private static boolean isOperand(String token) {
    return isIdentifier(token) || token.startsWith("'") || token.startsWith("\"")
        || Character.isDigit(token.charAt(0));
  }

  private static boolean isIdentifier(String token) {
    return Character.isLetter(token.charAt(0)) || token.charAt(0) == '_';
  }
}
