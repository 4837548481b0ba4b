package org.parley.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.parley.search.InvalidRequestException;
import picocli.CommandLine.Option;

/** The filters {@code search} and {@code phrase} share, declared once as a picocli mixin. */
final class FilterOptions {
  @Option(names = "--speaker", description = "Only this speaker (repeatable: any of them).")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--topic", description = "Only this topic (repeatable: any of them).")
  List<String> topics = new ArrayList<>();

  @Option(names = "--role", description = "Only this role (repeatable).")
  List<String> roles = new ArrayList<>();

  @Option(names = "--from", description = "First date, ISO (2022-01-01).")
  String from;

  @Option(names = "--to", description = "Last date, ISO, inclusive.")
  String to;

  LocalDate fromDate() {
    return date("from", from);
  }

  LocalDate toDate() {
    return date("to", to);
  }

  private static LocalDate date(String param, String value) {
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw new InvalidRequestException(param, param + " must be an ISO date like 2022-01-07");
    }
  }
}
