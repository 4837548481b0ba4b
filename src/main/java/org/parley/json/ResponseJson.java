package org.parley.json;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.parley.search.CorpusOverview;
import org.parley.search.Hit;
import org.parley.search.HitExplanation;
import org.parley.search.IndexStats;
import org.parley.search.PhraseHistory;
import org.parley.search.SearchResponse;
import org.parley.search.SuggestResponse;

/**
 * The one JSON mapper for responses, shared by the CLI's {@code --json} and the HTTP API. The
 * search records carry no Jackson annotations: their JSON shape (snake_case names, absent rather
 * than null members) is declared here, as mix-ins, so that presentation stays out of {@code
 * search}.
 */
public final class ResponseJson {
  /** Thread-safe once configured, as Jackson documents. */
  public static final ObjectMapper MAPPER =
      JsonMapper.builder()
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
          .addMixIn(SearchResponse.class, SnakeCaseWithoutNulls.class)
          .addMixIn(Hit.class, SnakeCaseWithoutNulls.class)
          .addMixIn(Hit.DocRef.class, SnakeCaseWithoutNulls.class)
          .addMixIn(Hit.QuestionRef.class, SnakeCaseWithoutNulls.class)
          .addMixIn(PhraseHistory.class, SnakeCaseWithoutNulls.class)
          .addMixIn(PhraseHistory.Use.class, SnakeCaseWithoutNulls.class)
          .addMixIn(PhraseHistory.Adopter.class, SnakeCaseWithoutNulls.class)
          .addMixIn(PhraseHistory.Variant.class, SnakeCaseWithoutNulls.class)
          .addMixIn(Hit.AnswerRef.class, SnakeCaseWithoutNulls.class)
          .addMixIn(HitExplanation.class, WithoutEmpties.class)
          .addMixIn(IndexStats.class, SnakeCase.class)
          .addMixIn(CorpusOverview.class, SnakeCase.class)
          .addMixIn(SuggestResponse.class, WithoutGeneration.class)
          .build();

  private ResponseJson() {}

  /** Members named in snake_case ({@code speaker_label}). */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  private abstract static class SnakeCase {}

  /** Snake_case, and a member that is {@code null} is left out rather than written as null. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  @JsonInclude(JsonInclude.Include.NON_NULL)
  private abstract static class SnakeCaseWithoutNulls {}

  /** An explanation leaves out its empty list of parts. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  private abstract static class WithoutEmpties {}

  /** The generation a suggestion list came from is for ETags, not for clients. */
  @JsonIgnoreProperties("generation")
  private abstract static class WithoutGeneration {}
}
