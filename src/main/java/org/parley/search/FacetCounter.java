package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.LongValueFacetCounts;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.parley.index.Schema;

/**
 * Counts one facet over collected hits from doc values: string facets through the generation's
 * cached ordinal maps, year and month from numeric doc values, never by loading documents.
 */
final class FacetCounter {
  /** Buckets returned for speaker, topic, role and outlet, biggest first. */
  static final int TOP_VALUES = 50;

  private FacetCounter() {}

  static List<FacetValue> count(ParleySearcher searcher, FacetField field, FacetsCollector hits)
      throws IOException {
    return switch (field) {
      case SPEAKER, TOPIC, ROLE, OUTLET -> strings(searcher, field, hits);
      case YEAR -> numbers(Schema.YEAR, hits, false);
      case MONTH -> numbers(Schema.MONTH, hits, true);
    };
  }

  /**
   * Every value of a string facet over {@code hits}, most paragraphs first (ties by value): what
   * {@code /api/speakers} and {@code /api/topics} list, where the top {@value #TOP_VALUES} would
   * hide the rest.
   */
  static List<FacetValue> all(ParleySearcher searcher, FacetField field, FacetsCollector hits)
      throws IOException {
    StringValueFacetCounts counts = new StringValueFacetCounts(searcher.facetState(field), hits);
    List<FacetValue> values = new ArrayList<>(values(counts.getAllChildren(fieldName(field))));
    values.sort(
        java.util.Comparator.comparingLong(FacetValue::count)
            .reversed()
            .thenComparing(FacetValue::value));
    return values;
  }

  private static List<FacetValue> values(FacetResult result) {
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        if (!lv.label.isEmpty()) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
    }
    return values;
  }

  private static List<FacetValue> strings(
      ParleySearcher searcher, FacetField field, FacetsCollector hits) throws IOException {
    StringValueFacetCounts counts = new StringValueFacetCounts(searcher.facetState(field), hits);
    FacetResult result = counts.getTopChildren(TOP_VALUES, fieldName(field));
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        if (!lv.label.isEmpty()) {
          values.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
    }
    return values;
  }

  /** Chronological buckets; months print as {@code 2022-01}. */
  private static List<FacetValue> numbers(String fieldName, FacetsCollector hits, boolean month)
      throws IOException {
    LongValueFacetCounts counts = new LongValueFacetCounts(fieldName, hits);
    FacetResult result = counts.getAllChildrenSortByValue();
    List<FacetValue> values = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        long v = Long.parseLong(lv.label);
        String label = month ? "%04d-%02d".formatted(v / 100, v % 100) : Long.toString(v);
        values.add(new FacetValue(label, lv.value.longValue()));
      }
    }
    return values;
  }

  private static String fieldName(FacetField field) {
    return switch (field) {
      case SPEAKER -> Schema.SPEAKER;
      case TOPIC -> Schema.TOPIC;
      case ROLE -> Schema.ROLE;
      case OUTLET -> Schema.OUTLET;
      case YEAR -> Schema.YEAR;
      case MONTH -> Schema.MONTH;
    };
  }
}
