package org.parley.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reads a judgments file: JSON Lines, one {@link JudgedQuery} per line (format in the README's
 * "Relevance evaluation" section). Errors name the line and the key.
 */
public final class JudgmentsReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> QUERY_KEYS =
      Set.of("id", "query", "kind", "description", "params", "judgments");
  private static final Set<String> PARAM_KEYS = Set.of("from", "to", "speaker");
  private static final Set<String> JUDGMENT_KEYS = Set.of("file", "match", "grade");

  private JudgmentsReader() {}

  /** Reads every query of {@code file}; blank lines are skipped. */
  public static List<JudgedQuery> read(Path file) throws IOException {
    List<JudgedQuery> queries = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      String where = file.getFileName() + ": line " + (i + 1);
      JudgedQuery query = parse(line, where);
      if (!ids.add(query.id())) {
        throw new IllegalArgumentException(where + ": id '" + query.id() + "' is used twice");
      }
      queries.add(query);
    }
    return queries;
  }

  static JudgedQuery parse(String line, String where) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(where + ": not JSON", e);
    }
    checkKeys(node, QUERY_KEYS, where);
    JsonNode params = node.path("params");
    if (!params.isMissingNode()) {
      checkKeys(params, PARAM_KEYS, where + ": params");
    }
    List<Judgment> judgments = new ArrayList<>();
    JsonNode list = node.path("judgments");
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalArgumentException(where + ": judgments: expected a non-empty list");
    }
    for (int j = 0; j < list.size(); j++) {
      String at = where + ": judgments[" + j + "]";
      JsonNode judged = list.get(j);
      checkKeys(judged, JUDGMENT_KEYS, at);
      int grade = judged.path("grade").asInt(-1);
      if (grade < 0 || grade > 2) {
        throw new IllegalArgumentException(at + ": grade: expected 0, 1 or 2");
      }
      judgments.add(new Judgment(text(judged, "file", at), text(judged, "match", at), grade));
    }
    return new JudgedQuery(
        text(node, "id", where),
        text(node, "query", where),
        node.path("kind").asText("other"),
        node.path("description").asText(""),
        date(params, "from", where),
        date(params, "to", where),
        speakers(params.path("speaker")),
        judgments);
  }

  private static void checkKeys(JsonNode node, Set<String> allowed, String where) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(where + ": expected an object");
    }
    for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new IllegalArgumentException(where + ": unknown key '" + name + "'");
      }
    }
  }

  private static String text(JsonNode node, String key, String where) {
    JsonNode value = node.path(key);
    if (!value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(where + ": " + key + ": expected a non-empty string");
    }
    return value.asText();
  }

  private static LocalDate date(JsonNode params, String key, String where) {
    JsonNode value = params.path(key);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    try {
      return LocalDate.parse(value.asText());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(where + ": params." + key + ": expected an ISO date", e);
    }
  }

  private static List<String> speakers(JsonNode value) {
    if (value.isMissingNode() || value.isNull()) {
      return List.of();
    }
    if (value.isArray()) {
      List<String> names = new ArrayList<>();
      value.forEach(v -> names.add(v.asText()));
      return names;
    }
    return List.of(value.asText());
  }
}
