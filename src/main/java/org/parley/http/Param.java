package org.parley.http;

import java.util.List;

/**
 * One request parameter, declared once: its name, where it travels, its type, default, limits and
 * description. The same declaration validates requests ({@link RequestParams}) and documents them
 * ({@link OpenApiDocument}), so the two cannot drift apart.
 *
 * @param name the parameter's name, case-sensitive
 * @param in query string or path
 * @param kind how the value is read
 * @param description one line for the OpenAPI document
 * @param defaultValue the value when absent or blank, as text; {@code null} for none
 * @param min smallest integer allowed ({@link Kind#INTEGER})
 * @param max largest integer allowed ({@link Kind#INTEGER})
 * @param maxLength longest value in characters ({@link Kind#TEXT})
 * @param choices the allowed values ({@link Kind#CHOICE}, and each item of a {@link Kind#LIST})
 * @param repeatable whether the parameter may be given several times (values ORed)
 */
record Param(
    String name,
    In in,
    Kind kind,
    String description,
    String defaultValue,
    long min,
    long max,
    int maxLength,
    List<String> choices,
    boolean repeatable) {

  /** Where a parameter travels. */
  enum In {
    QUERY,
    PATH
  }

  /** How a parameter's value is read. */
  enum Kind {
    /** Free text up to {@code maxLength} characters. */
    TEXT,
    /** A whole number between {@code min} and {@code max}. */
    INTEGER,
    /** An ISO date, {@code 2022-01-07}. */
    DATE,
    /** One of {@code choices}. */
    CHOICE,
    /** Comma-separated and/or repeated items, each one of {@code choices}. */
    LIST
  }

  /** Longest free-text value unless declared otherwise. */
  static final int DEFAULT_MAX_LENGTH = 200;

  Param {
    choices = List.copyOf(choices);
  }

  static Param text(String name, String description) {
    return new Param(
        name, In.QUERY, Kind.TEXT, description, null, 0, 0, DEFAULT_MAX_LENGTH, List.of(), false);
  }

  static Param integer(String name, String description, long min, long max, long defaultValue) {
    return new Param(
        name,
        In.QUERY,
        Kind.INTEGER,
        description,
        Long.toString(defaultValue),
        min,
        max,
        0,
        List.of(),
        false);
  }

  static Param date(String name, String description) {
    return new Param(name, In.QUERY, Kind.DATE, description, null, 0, 0, 10, List.of(), false);
  }

  static Param choice(String name, String description, List<String> choices, String defaultValue) {
    return new Param(
        name, In.QUERY, Kind.CHOICE, description, defaultValue, 0, 0, 0, choices, false);
  }

  static Param list(String name, String description, List<String> choices) {
    return new Param(name, In.QUERY, Kind.LIST, description, null, 0, 0, 0, choices, true);
  }

  static Param path(String name, String description) {
    return new Param(
        name, In.PATH, Kind.TEXT, description, null, 0, 0, DEFAULT_MAX_LENGTH, List.of(), false);
  }

  Param repeated() {
    return new Param(name, in, kind, description, defaultValue, min, max, maxLength, choices, true);
  }

  Param maxLength(int length) {
    return new Param(
        name, in, kind, description, defaultValue, min, max, length, choices, repeatable);
  }
}
