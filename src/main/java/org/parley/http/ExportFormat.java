package org.parley.http;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.parley.json.ResponseJson;
import org.parley.search.Hit;

/**
 * The formats of {@code /api/export}. CSV is RFC 4180 (every field quoted when it holds a comma,
 * quote or line break; quotes doubled; CRLF line ends) in UTF-8 with a byte-order mark, which is
 * what makes Excel read UTF-8; JSON Lines is one {@link Hit} per line.
 */
enum ExportFormat {
  CSV("csv", "text/csv; charset=utf-8", "parley-export.csv") {
    @Override
    void writeHeader(Writer out) throws IOException {
      out.write('\uFEFF');
      writeRow(out, COLUMNS);
    }

    @Override
    void writeHit(Writer out, Hit hit) throws IOException {
      writeRow(
          out,
          List.of(
              hit.id(),
              hit.date(),
              nullToEmpty(hit.speaker()),
              nullToEmpty(hit.speakerLabel()),
              nullToEmpty(hit.role()),
              nullToEmpty(hit.outlet()),
              String.join("; ", hit.topics()),
              hit.doc().id(),
              nullToEmpty(hit.doc().title()),
              Integer.toString(hit.paragraph()),
              hit.text(),
              nullToEmpty(hit.citation()),
              hit.url()));
    }
  },
  JSONL("jsonl", "application/x-ndjson; charset=utf-8", "parley-export.jsonl") {
    @Override
    void writeHeader(Writer out) {}

    @Override
    void writeHit(Writer out, Hit hit) throws IOException {
      out.write(ResponseJson.MAPPER.writeValueAsString(hit));
      out.write('\n');
    }
  };

  /** The CSV header row. */
  static final List<String> COLUMNS =
      List.of(
          "id",
          "date",
          "speaker",
          "speaker_label",
          "role",
          "outlet",
          "topics",
          "doc_id",
          "doc_title",
          "paragraph",
          "text",
          "citation",
          "url");

  private final String id;
  private final String contentType;
  private final String fileName;

  ExportFormat(String id, String contentType, String fileName) {
    this.id = id;
    this.contentType = contentType;
    this.fileName = fileName;
  }

  String id() {
    return id;
  }

  String contentType() {
    return contentType;
  }

  String fileName() {
    return fileName;
  }

  abstract void writeHeader(Writer out) throws IOException;

  abstract void writeHit(Writer out, Hit hit) throws IOException;

  static ExportFormat fromId(String id) {
    for (ExportFormat f : values()) {
      if (f.id.equals(id)) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown export format");
  }

  /** The media types of the formats, without parameters, for the OpenAPI document. */
  static List<String> mediaTypes() {
    return java.util.Arrays.stream(values()).map(f -> f.contentType.split(";")[0].trim()).toList();
  }

  static List<String> ids() {
    return java.util.Arrays.stream(values()).map(ExportFormat::id).toList();
  }

  private static void writeRow(Writer out, List<String> fields) throws IOException {
    for (int i = 0; i < fields.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(csvField(fields.get(i)));
    }
    out.write("\r\n");
  }

  /**
   * One CSV field. A value a spreadsheet would run as a formula ({@code =}, {@code +}, {@code -},
   * {@code @} first) is prefixed with an apostrophe, the usual defence against formula injection.
   */
  static String csvField(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      return '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
