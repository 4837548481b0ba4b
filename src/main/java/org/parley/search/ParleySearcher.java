package org.parley.search;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.facet.StringDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.parley.analysis.AcronymTable;
import org.parley.index.CommitInfo;
import org.parley.index.Schema;

/**
 * An {@link IndexSearcher} over one generation, with what is computed once per generation rather
 * than per request: its commit info, the ordinal maps the string facets need, and the merged field
 * infos the highlighter needs.
 */
public final class ParleySearcher extends IndexSearcher {
  private final String generation;
  private final CommitInfo info;
  private final StringDocValuesReaderState speakerState;
  private final StringDocValuesReaderState topicState;
  private final StringDocValuesReaderState roleState;
  private final StringDocValuesReaderState outletState;
  private final FieldInfos fieldInfos;
  private final AcronymTable acronyms;
  private final List<String> examples;
  private volatile CorpusOverview overview;

  ParleySearcher(IndexReader reader, String generation, CommitInfo info) throws IOException {
    super(reader);
    setSimilarity(QueryFactory.SIMILARITY);
    this.generation = generation;
    this.info = info;
    this.speakerState = new StringDocValuesReaderState(reader, Schema.SPEAKER);
    this.topicState = new StringDocValuesReaderState(reader, Schema.TOPIC);
    this.roleState = new StringDocValuesReaderState(reader, Schema.ROLE);
    this.outletState = new StringDocValuesReaderState(reader, Schema.OUTLET);
    this.fieldInfos = FieldInfos.getMergedFieldInfos(reader);
    this.acronyms =
        reader instanceof DirectoryReader directory
            ? AcronymTable.decode(
                directory.getIndexCommit().getUserData().get(CommitInfo.ACRONYMS_KEY))
            : AcronymTable.EMPTY;
    String exampleLines =
        reader instanceof DirectoryReader directory
            ? directory.getIndexCommit().getUserData().get(CommitInfo.EXAMPLES_KEY)
            : null;
    this.examples =
        exampleLines == null || exampleLines.isBlank()
            ? List.of()
            : List.of(exampleLines.split("\n"));
  }

  /** What the generation holds, computed on first use (the empty search page shows it). */
  CorpusOverview overview() throws IOException {
    CorpusOverview known = overview;
    if (known == null) {
      known = CorpusOverview.of(this, examples);
      overview = known;
    }
    return known;
  }

  /** The example searches of the generation's corpus ({@code examples} in its corpus.yaml). */
  public List<String> examples() {
    return examples;
  }

  /** The acronyms this generation's corpus defines. */
  public AcronymTable acronyms() {
    return acronyms;
  }

  /** The generation's folder name, e.g. {@code gen-000003}; also the ETag of responses. */
  public String generation() {
    return generation;
  }

  public CommitInfo info() {
    return info;
  }

  /** The field infos of all segments merged: what the highlighter looks fields up in. */
  FieldInfos fieldInfos() {
    return fieldInfos;
  }

  StringDocValuesReaderState facetState(FacetField field) {
    return switch (field) {
      case SPEAKER -> speakerState;
      case TOPIC -> topicState;
      case ROLE -> roleState;
      case OUTLET -> outletState;
      case YEAR, MONTH -> throw new IllegalArgumentException(field + " is numeric");
    };
  }
}
