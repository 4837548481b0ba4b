package org.parley.testing;

import java.util.ArrayList;
import java.util.List;

/** A strict RFC 4180 reader for checking exports: quoted fields, doubled quotes, CRLF rows. */
public final class CsvRecords {
  private CsvRecords() {}

  /** The rows of {@code csv} (without a byte-order mark), each a list of fields. */
  public static List<List<String>> parse(String csv) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    int i = 0;
    while (i < csv.length()) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i += 2;
          continue;
        }
        if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          if (field.length() > 0) {
            throw new IllegalArgumentException("quote inside an unquoted field at " + i);
          }
          quoted = true;
        }
        case ',' -> {
          row.add(field.toString());
          field.setLength(0);
        }
        case '\r' -> {
          if (i + 1 >= csv.length() || csv.charAt(i + 1) != '\n') {
            throw new IllegalArgumentException("CR without LF at " + i);
          }
          row.add(field.toString());
          field.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        }
        case '\n' -> throw new IllegalArgumentException("LF without CR at " + i);
        default -> field.append(c);
      }
      i++;
    }
    if (quoted) {
      throw new IllegalArgumentException("unterminated quoted field");
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }
}
