package org.parley.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Definitions taken from the shipped corpus, and a few that must not be learned. */
class AcronymLearnerTest {
  @Test
  void a_long_form_before_its_acronym_in_parentheses_is_learned() {
    AcronymLearner learner = new AcronymLearner();
    // Pieces of sentences as the shipped corpus prints them (UN General Debate statements).
    learner.add("We want to continue to adhere to the Joint Comprehensive Plan of Action (JCPOA)");
    learner.add("That applies in particular to the Joint Comprehensive Plan of Action (JCPOA)");
    learner.add(
        "The Intermediate-Range Nuclear Forces (INF) Treaty is important in upholding global"
            + " strategic balance");
    learner.add(
        "the activities of the Organization for the Prohibition of Chemical Weapons (OPCW)");
    AcronymTable table = learner.table();
    assertThat(longForms(table, "JCPOA")).containsExactly("Joint Comprehensive Plan of Action");
    assertThat(longForms(table, "INF")).containsExactly("Intermediate-Range Nuclear Forces");
    assertThat(longForms(table, "opcw"))
        .containsExactly("Organization for the Prohibition of Chemical Weapons");
  }

  @Test
  void small_words_may_count_or_be_skipped_and_the_leading_article_is_dropped() {
    assertThat(AcronymLearner.longForm("the Collective Security Treaty Organisation", "CSTO"))
        .isEqualTo("Collective Security Treaty Organisation");
    assertThat(AcronymLearner.longForm("our enhanced Forward Presence", "eFP"))
        .isEqualTo("enhanced Forward Presence");
  }

  @Test
  void parentheses_that_do_not_spell_the_words_before_them_teach_nothing() {
    AcronymLearner learner = new AcronymLearner();
    learner.add("Test Speaker met the delegation (AFP) yesterday.");
    learner.add("We discussed it at length (see above).");
    learner.add("Ruritanian Development Fund (ok)");
    assertThat(learner.table().size()).isZero();
  }

  @Test
  void learned_acronyms_survive_the_commit_data_round_trip_and_merge_with_curated_ones() {
    AcronymLearner learner = new AcronymLearner();
    learner.add("The establishment of the New Development Bank (NDB) and the BRICS Contingent");
    AcronymTable learned = AcronymTable.decode(learner.table().encode());
    AcronymTable curated = AcronymTable.parse(List.of("NDB: New Development Bank"), "a.txt");
    assertThat(curated.with(learned).lookup("NDB"))
        .singleElement()
        .satisfies(e -> assertThat(e.source()).isEqualTo("acronyms"));
    assertThat(learned.lookup("ndb").get(0).source()).isEqualTo("corpus");
  }

  private static List<String> longForms(AcronymTable table, String acronym) {
    return table.lookup(acronym).stream().map(AcronymTable.Entry::longForm).toList();
  }
}
