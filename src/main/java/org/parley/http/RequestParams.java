package org.parley.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parameters of one request, read and checked against the endpoint's declared {@link Param}s.
 * Every refusal is a 400 naming the parameter, with a fixed message that never repeats the value.
 * Blank values count as absent, so a plain HTML form with empty fields works.
 */
final class RequestParams {
  /** Values one repeatable parameter may carry. */
  static final int MAX_VALUES = 50;

  /** Parameter names echoed in errors must look like names; anything else is not repeated. */
  private static final Pattern PRINTABLE_NAME = Pattern.compile("[A-Za-z0-9_.\\-\\[\\]]{1,64}");

  private final Context ctx;
  private final Map<String, List<String>> query;

  private RequestParams(Context ctx, Map<String, List<String>> query) {
    this.ctx = ctx;
    this.query = query;
  }

  /** Reads the query string, refusing any parameter {@code declared} does not list. */
  static RequestParams read(Context ctx, List<Param> declared) {
    Map<String, List<String>> query;
    try {
      query = ctx.queryParamMap();
    } catch (IllegalArgumentException e) {
      throw ApiException.badRequest(
          "bad_query_string", "the query string is not valid percent-encoded UTF-8");
    }
    for (String name : query.keySet()) {
      if (name.isBlank()) {
        continue; // "?q=nato&" or "?&q=nato": harmless
      }
      boolean known =
          declared.stream().anyMatch(p -> p.in() == Param.In.QUERY && p.name().equals(name));
      if (!known) {
        boolean printable = PRINTABLE_NAME.matcher(name).matches();
        throw new ApiException(
            400,
            "unknown_parameter",
            printable ? name : null,
            printable ? "unknown parameter " + name : "unknown parameter");
      }
    }
    return new RequestParams(ctx, query);
  }

  /**
   * Reads a page's query string: the same checks as {@link #read} on every declared parameter, but
   * names {@code declared} does not list are dropped rather than refused (a link to a page picks up
   * tracking and campaign parameters on its way). No path parameters.
   */
  static RequestParams readKnown(Map<String, List<String>> query, List<Param> declared) {
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (Param p : declared) {
      List<String> values = query.get(p.name());
      if (p.in() == Param.In.QUERY && values != null) {
        known.put(p.name(), List.copyOf(values));
      }
    }
    return new RequestParams(null, known);
  }

  /** A single free-text value, or the default. */
  String text(Param p) {
    String value = single(p);
    if (value == null) {
      return p.defaultValue();
    }
    checkLength(p, value);
    return value;
  }

  /** Every value of a repeatable free-text parameter, blanks dropped, order kept. */
  List<String> texts(Param p) {
    List<String> values = new ArrayList<>();
    for (String raw : query.getOrDefault(p.name(), List.of())) {
      String value = raw.strip();
      if (!value.isEmpty()) {
        checkLength(p, value);
        values.add(value);
      }
    }
    if (values.size() > MAX_VALUES) {
      throw ApiException.invalid(
          p.name(), p.name() + " may be given at most " + MAX_VALUES + " times");
    }
    return values;
  }

  int integer(Param p) {
    String value = single(p);
    if (value == null) {
      return Integer.parseInt(p.defaultValue());
    }
    long number;
    try {
      number = Long.parseLong(value);
    } catch (NumberFormatException e) {
      if (value.matches("[+-]?\\d{19,}")) {
        number = value.startsWith("-") ? Long.MIN_VALUE : Long.MAX_VALUE;
      } else {
        throw ApiException.invalid(p.name(), p.name() + " must be an integer");
      }
    }
    if (number < p.min() || number > p.max()) {
      throw ApiException.invalid(
          p.name(), p.name() + " must be between " + p.min() + " and " + p.max());
    }
    return (int) number;
  }

  /** An ISO date, or {@code null} when absent. */
  LocalDate date(Param p) {
    String value = single(p);
    if (value == null) {
      return null;
    }
    try {
      if (value.length() != 10) {
        throw new DateTimeParseException("not yyyy-mm-dd", value, 0);
      }
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.invalid(p.name(), p.name() + " must be an ISO date like 2022-01-07");
    }
  }

  /** One of the declared choices (case-insensitive), or the default. */
  String choice(Param p) {
    String value = single(p);
    if (value == null) {
      return p.defaultValue();
    }
    return canonicalChoice(p, value);
  }

  /** Items of a list parameter, comma-separated and/or repeated, each one of the choices. */
  List<String> list(Param p) {
    LinkedHashSet<String> items = new LinkedHashSet<>();
    for (String raw : query.getOrDefault(p.name(), List.of())) {
      for (String item : raw.split(",", -1)) {
        if (!item.isBlank()) {
          items.add(canonicalChoice(p, item.strip()));
        }
      }
    }
    return List.copyOf(items);
  }

  /**
   * The checked value of {@code p} as it would be written back into a URL: canonical spelling,
   * repeats removed, nothing when absent or equal to the default.
   */
  List<String> canonical(Param p) {
    return switch (p.kind()) {
      case TEXT ->
          p.repeatable()
              ? List.copyOf(new LinkedHashSet<>(texts(p)))
              : present(text(p), p.defaultValue());
      case INTEGER -> present(Integer.toString(integer(p)), p.defaultValue());
      case DATE -> {
        LocalDate date = date(p);
        yield date == null ? List.of() : List.of(date.toString());
      }
      case CHOICE -> present(choice(p), p.defaultValue());
      case LIST -> list(p);
    };
  }

  private static List<String> present(String value, String defaultValue) {
    return value == null || value.equals(defaultValue) ? List.of() : List.of(value);
  }

  /** A path parameter, length-checked. */
  String path(Param p) {
    if (ctx == null) {
      throw new IllegalStateException("no path parameters outside a request");
    }
    String value = ctx.pathParam(p.name());
    checkLength(p, value);
    return value;
  }

  private String single(Param p) {
    List<String> values = query.getOrDefault(p.name(), List.of());
    List<String> present = values.stream().filter(v -> !v.isBlank()).toList();
    if (present.size() > 1) {
      throw ApiException.invalid(p.name(), p.name() + " may be given only once");
    }
    return present.isEmpty() ? null : present.get(0).strip();
  }

  private static void checkLength(Param p, String value) {
    if (value.length() > p.maxLength()) {
      throw ApiException.invalid(
          p.name(), p.name() + " must be at most " + p.maxLength() + " characters");
    }
  }

  private static String canonicalChoice(Param p, String value) {
    String lower = value.toLowerCase(Locale.ROOT);
    for (String choice : p.choices()) {
      if (choice.equals(lower)) {
        return choice;
      }
    }
    throw ApiException.invalid(
        p.name(), p.name() + " must be one of: " + String.join(", ", p.choices()));
  }
}
