package org.parley.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One line of a corpus manifest: a tab-separated file with a header row naming its columns, values
 * optionally in double quotes (a quote inside doubled). Columns read: {@code file} (required: the
 * path relative to the corpus), {@code source_url}, {@code organisation}, {@code licence}, {@code
 * date_precision}, and {@code date_note} (a note saying "approximate" marks the date approximate).
 *
 * @param sourceUrl the original URL, or {@code null}
 * @param provenance publisher, licence and date precision from the line
 */
record ManifestRow(String sourceUrl, Provenance provenance) {

  /** Reads a manifest: file → row. */
  static Map<String, ManifestRow> read(Path manifest) throws IOException, UnusableFileException {
    List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
    if (lines.isEmpty()) {
      return Map.of();
    }
    List<String> header = fields(lines.get(0));
    int file = header.indexOf("file");
    if (file < 0) {
      throw new UnusableFileException(manifest.getFileName() + ": no 'file' column");
    }
    Map<String, ManifestRow> rows = new HashMap<>();
    for (int i = 1; i < lines.size(); i++) {
      if (lines.get(i).isBlank()) {
        continue;
      }
      List<String> values = fields(lines.get(i));
      String note = value(values, header, "date_note");
      DatePrecision precision = DatePrecision.fromId(value(values, header, "date_precision"));
      if (precision == null) {
        boolean approximate = note != null && note.toLowerCase(Locale.ROOT).contains("approximate");
        precision = approximate ? DatePrecision.APPROXIMATE : DatePrecision.EXACT;
      }
      rows.put(
          values.size() > file ? values.get(file) : "",
          new ManifestRow(
              value(values, header, "source_url"),
              new Provenance(
                  value(values, header, "organisation"),
                  value(values, header, "licence"),
                  null,
                  null,
                  precision)));
    }
    return rows;
  }

  private static String value(List<String> values, List<String> header, String column) {
    int i = header.indexOf(column);
    if (i < 0 || i >= values.size() || values.get(i).isBlank()) {
      return null;
    }
    return values.get(i).strip();
  }

  /** Splits one line on tabs, unquoting quoted values. */
  static List<String> fields(String line) {
    List<String> fields = new ArrayList<>();
    for (String raw : line.split("\t", -1)) {
      if (raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"")) {
        fields.add(raw.substring(1, raw.length() - 1).replace("\"\"", "\""));
      } else {
        fields.add(raw);
      }
    }
    return fields;
  }
}
