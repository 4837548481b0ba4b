package org.parley.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.facet.StringValueFacetCounts;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.parley.index.Schema;

/**
 * What a generation holds, for a newcomer: how many documents and paragraphs, from which
 * organisations, over which years, and searches the corpus suggests.
 *
 * @param documents transcripts
 * @param paragraphs paragraphs
 * @param organisations publishers with their paragraph counts, biggest first
 * @param firstYear the earliest year, or 0 for an empty index
 * @param lastYear the latest year, or 0 for an empty index
 * @param examples example searches ({@code examples} in the corpus's {@code corpus.yaml})
 */
public record CorpusOverview(
    int documents,
    int paragraphs,
    List<FacetValue> organisations,
    int firstYear,
    int lastYear,
    List<String> examples) {

  /** Organisations listed; the rest are summed up by the page as "and N more". */
  static final int TOP_ORGANISATIONS = 30;

  static CorpusOverview of(ParleySearcher searcher, List<String> examples) throws IOException {
    FacetsCollector all = searcher.search(new MatchAllDocsQuery(), new FacetsCollectorManager());
    List<FacetValue> organisations = new ArrayList<>();
    if (searcher.fieldInfos().fieldInfo(Schema.DOC_ORGANISATION) != null) {
      StringDocValuesReaderState state =
          new StringDocValuesReaderState(searcher.getIndexReader(), Schema.DOC_ORGANISATION);
      FacetResult result =
          new StringValueFacetCounts(state, all)
              .getTopChildren(TOP_ORGANISATIONS, Schema.DOC_ORGANISATION);
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          organisations.add(new FacetValue(lv.label, lv.value.longValue()));
        }
      }
    }
    List<FacetValue> years = FacetCounter.count(searcher, FacetField.YEAR, all);
    int first = years.isEmpty() ? 0 : Integer.parseInt(years.get(0).value());
    int last = years.isEmpty() ? 0 : Integer.parseInt(years.get(years.size() - 1).value());
    for (FacetValue y : years) {
      first = Math.min(first, Integer.parseInt(y.value()));
      last = Math.max(last, Integer.parseInt(y.value()));
    }
    return new CorpusOverview(
        searcher.info().documents(),
        searcher.getIndexReader().numDocs(),
        List.copyOf(organisations),
        first,
        last,
        List.copyOf(examples));
  }
}
