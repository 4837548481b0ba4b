package org.parley.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The checked-in query mix ({@code bench/queries.tsv}), luceneutil style: one request per line,
 * {@code category TAB q [TAB name=value]...}, blank lines and {@code #} comments ignored. Errors
 * name the file, the line and the problem.
 */
public final class QueryMix {
  /** The mix shipped with Parley. */
  public static final String RESOURCE = "/bench/queries.tsv";

  private final List<BenchQuery> queries;

  private QueryMix(List<BenchQuery> queries) {
    this.queries = List.copyOf(queries);
  }

  public static QueryMix load() {
    try (InputStream in = QueryMix.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return parse(reader.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  static QueryMix parse(List<String> lines, String source) {
    List<BenchQuery> queries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] columns = line.split("\t");
      String where = source + ":" + (i + 1);
      if (columns.length < 2 || columns[0].isBlank()) {
        throw new IllegalArgumentException(
            where + ": expected 'category TAB q [TAB name=value]...'");
      }
      List<BenchQuery.Param> params = new ArrayList<>();
      if (!columns[1].isBlank()) {
        params.add(new BenchQuery.Param("q", columns[1]));
      }
      for (int c = 2; c < columns.length; c++) {
        int eq = columns[c].indexOf('=');
        String name = eq < 0 ? "" : columns[c].substring(0, eq).strip();
        if (!BenchQuery.NAMES.contains(name) || name.equals("q")) {
          throw new IllegalArgumentException(
              where + ": column " + (c + 1) + ": unknown parameter '" + columns[c] + "'");
        }
        params.add(new BenchQuery.Param(name, columns[c].substring(eq + 1).strip()));
      }
      BenchQuery query = new BenchQuery(columns[0].strip(), params);
      try {
        query.toSearchRequest();
      } catch (RuntimeException e) {
        throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
      }
      queries.add(query);
    }
    if (queries.isEmpty()) {
      throw new IllegalArgumentException(source + ": no queries");
    }
    return new QueryMix(queries);
  }

  public List<BenchQuery> queries() {
    return queries;
  }

  /** The first request of each category: a small mix that still covers every kind of request. */
  public QueryMix onePerCategory() {
    java.util.Set<String> seen = new java.util.HashSet<>();
    return new QueryMix(queries.stream().filter(q -> seen.add(q.category())).toList());
  }

  /** The same requests, each asking for every facet. */
  public QueryMix withAllFacets() {
    return new QueryMix(queries.stream().map(BenchQuery::withAllFacets).toList());
  }

  /** How many requests each category has, by category name. */
  public Map<String, Integer> categories() {
    Map<String, Integer> counts = new TreeMap<>();
    for (BenchQuery q : queries) {
      counts.merge(q.category(), 1, Integer::sum);
    }
    return counts;
  }

  /**
   * Prefixes people type into the suggest box: the leading 2 to 6 letters of the words of the mix's
   * term queries, in mix order, without repeats.
   */
  public List<String> suggestPrefixes() {
    java.util.LinkedHashSet<String> prefixes = new java.util.LinkedHashSet<>();
    for (BenchQuery q : queries) {
      if (!q.category().startsWith("term")) {
        continue;
      }
      for (String word : q.text().split("\\s+")) {
        String letters = word.replaceAll("[^\\p{L}]", "");
        for (int n = 2; n <= Math.min(6, letters.length()); n++) {
          prefixes.add(letters.substring(0, n).toLowerCase(java.util.Locale.ROOT));
        }
      }
    }
    return List.copyOf(prefixes);
  }
}
