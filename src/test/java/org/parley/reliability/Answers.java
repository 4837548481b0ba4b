package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;

/** Compares golden answers and, when they differ, shows only the queries that differ. */
final class Answers {
  private Answers() {}

  static void assertSame(Map<String, String> actual, Map<String, String> expected, String when) {
    Map<String, String> differing = new TreeMap<>();
    for (Map.Entry<String, String> e : expected.entrySet()) {
      String got = actual.get(e.getKey());
      if (!e.getValue().equals(got)) {
        differing.put(e.getKey(), "\n  expected " + e.getValue() + "\n  actual   " + got);
      }
    }
    assertThat(differing).as("golden answers that changed %s", when).isEmpty();
    assertThat(actual.keySet()).isEqualTo(expected.keySet());
  }
}
