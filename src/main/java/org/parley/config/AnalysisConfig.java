package org.parley.config;

import java.util.Locale;

/**
 * {@code index-config/analysis.yaml}: how text is turned into terms, for indexing, topic rules and
 * queries alike.
 *
 * @param stemmer {@code english} (Lucene's Porter-based English stemming, with possessives removed)
 *     or {@code none}
 * @param synonyms file of query-time synonyms in Solr format, relative to the config folder, or
 *     {@code null} for none
 * @param spellingVariants file of one-way spelling normalisations ({@code defence => defense}) in
 *     Solr format, applied at index and query time, or {@code null}
 */
public record AnalysisConfig(String stemmer, String synonyms, String spellingVariants) {
  public static final AnalysisConfig DEFAULT =
      new AnalysisConfig("english", "synonyms.txt", "spelling.txt");

  public AnalysisConfig {
    stemmer = stemmer == null ? "english" : stemmer.toLowerCase(Locale.ROOT);
    if (!stemmer.equals("english") && !stemmer.equals("none")) {
      throw new IllegalArgumentException("stemmer: '" + stemmer + "' is not one of: english, none");
    }
  }

  public boolean stems() {
    return stemmer.equals("english");
  }
}
