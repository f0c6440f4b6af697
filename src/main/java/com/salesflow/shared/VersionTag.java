package com.salesflow.shared;

/**
 * A record's version as an HTTP entity tag, so that a change sent with {@code If-Match} can be
 * refused when someone else changed the record in between.
 */
public final class VersionTag {

  private VersionTag() {}

  /** The ETag of {@code version}, such as {@code "3"}. */
  public static String of(int version) {
    return "\"" + version + "\"";
  }

  /**
   * The version an {@code If-Match} header names, or null when it names none ({@code *} or
   * absent); refuses a header that is not one of our tags, naming what it should be.
   */
  public static Integer fromIfMatch(String ifMatch, String what) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    String digits = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
    try {
      return Integer.valueOf(digits);
    } catch (NumberFormatException e) {
      throw new InvalidInputException("If-Match",
          "must be the ETag of the " + what + ", such as \"3\"");
    }
  }
}
