package org.parley.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.parley.config.ConfigException;

/**
 * Acronyms and what they stand for: curated in {@code index-config/acronyms.txt}, or learned from a
 * corpus that defines them ("the Conventional Armed Forces in Europe (CFE) Treaty"). Keys compare
 * without case ("eFP" and "EFP" are one acronym).
 */
public final class AcronymTable {
  public static final AcronymTable EMPTY = new AcronymTable(Map.of());

  /** Longest acronym looked up or learned. */
  static final int MAX_LETTERS = 10;

  private final Map<String, List<Entry>> expansions;

  private AcronymTable(Map<String, List<Entry>> expansions) {
    this.expansions = expansions;
  }

  /**
   * Reads {@code file}: one acronym a line, {@code ACRONYM: long form} (several long forms
   * separated by {@code |}); {@code #} starts a comment. A missing file is an empty table.
   */
  public static AcronymTable read(Path file) {
    if (!Files.isRegularFile(file)) {
      return EMPTY;
    }
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.getFileName().toString());
    } catch (IOException e) {
      throw new ConfigException(file.getFileName() + ": cannot read: " + e.getMessage(), e);
    }
  }

  static AcronymTable parse(List<String> lines, String fileName) {
    Map<String, List<String>> map = new TreeMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int hash = line.indexOf('#');
      String content = (hash >= 0 ? line.substring(0, hash) : line).strip();
      if (content.isEmpty()) {
        continue;
      }
      int colon = content.indexOf(':');
      String key = colon > 0 ? key(content.substring(0, colon)) : "";
      if (colon <= 0 || key.isEmpty() || key.length() > MAX_LETTERS || key.contains(" ")) {
        throw new ConfigException(
            fileName + ": line " + (i + 1) + ": expected 'ACRONYM: long form'");
      }
      for (String form : content.substring(colon + 1).split("\\|")) {
        if (!form.isBlank()) {
          map.computeIfAbsent(key, k -> new ArrayList<>()).add(form.strip());
        }
      }
    }
    return new AcronymTable(freeze(map, "acronyms"));
  }

  /** A table learned from a corpus, as {@link #encode} wrote it. */
  public static AcronymTable decode(String encoded) {
    if (encoded == null || encoded.isBlank()) {
      return EMPTY;
    }
    Map<String, List<String>> map = new TreeMap<>();
    for (String line : encoded.split("\n")) {
      int tab = line.indexOf('\t');
      if (tab > 0) {
        map.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
            .add(line.substring(tab + 1));
      }
    }
    return new AcronymTable(freeze(map, "corpus"));
  }

  /** Learned acronyms as text (one {@code key TAB long form} a line), for the commit's data. */
  public String encode() {
    StringBuilder out = new StringBuilder();
    expansions.forEach(
        (k, forms) ->
            forms.forEach(f -> out.append(k).append('\t').append(f.longForm()).append('\n')));
    return out.toString();
  }

  static AcronymTable learned(Map<String, List<String>> map) {
    return new AcronymTable(freeze(new TreeMap<>(map), "corpus"));
  }

  /** The long forms of {@code word}, with where each comes from; empty when it is no acronym. */
  public List<Entry> lookup(String word) {
    return expansions.getOrDefault(key(word), List.of());
  }

  /** This table and {@code other}: both tables' long forms, this one's first. */
  public AcronymTable with(AcronymTable other) {
    if (other.expansions.isEmpty()) {
      return this;
    }
    Map<String, List<Entry>> merged = new TreeMap<>();
    expansions.forEach((k, v) -> merged.put(k, new ArrayList<>(v)));
    other.expansions.forEach(
        (k, v) -> {
          List<Entry> forms = merged.computeIfAbsent(k, x -> new ArrayList<>());
          for (Entry e : v) {
            if (forms.stream().noneMatch(x -> x.longForm().equalsIgnoreCase(e.longForm()))) {
              forms.add(e);
            }
          }
        });
    Map<String, List<Entry>> frozen = new LinkedHashMap<>();
    merged.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
    return new AcronymTable(frozen);
  }

  public int size() {
    return expansions.size();
  }

  /** The acronyms, in the table's order, as keys ({@link #lookup} takes any case and dots). */
  public List<String> acronyms() {
    return List.copyOf(expansions.keySet());
  }

  static String key(String acronym) {
    return acronym.strip().replace(".", "").toLowerCase(Locale.ROOT);
  }

  private static Map<String, List<Entry>> freeze(Map<String, List<String>> map, String source) {
    Map<String, List<Entry>> out = new LinkedHashMap<>();
    map.forEach((k, v) -> out.put(k, v.stream().map(f -> new Entry(f, source)).toList()));
    return out;
  }

  /**
   * One long form.
   *
   * @param longForm what the acronym stands for
   * @param source {@code acronyms} (curated) or {@code corpus} (learned)
   */
  public record Entry(String longForm, String source) {}
}
