package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class UserQueryTextTest {
  @Test
  void or_and_not_words_become_parser_operators() {
    assertThat(UserQueryText.of("ukraine OR georgia").parserText()).isEqualTo("ukraine | georgia");
    assertThat(UserQueryText.of("ukraine NOT georgia").parserText()).isEqualTo("ukraine -georgia");
    assertThat(UserQueryText.of("ukraine AND georgia").parserText()).isEqualTo("ukraine + georgia");
  }

  @Test
  void unbalanced_quote_is_closed_at_the_end() {
    assertThat(UserQueryText.of("\"dual track approach").parserText())
        .isEqualTo("\"dual track approach\"");
  }

  @Test
  void unbalanced_parentheses_are_balanced_or_dropped() {
    assertThat(UserQueryText.of("(ukraine OR georgia").parserText())
        .isEqualTo("(ukraine | georgia )");
    assertThat(UserQueryText.of("ukraine)").parserText()).isEqualTo("ukraine");
  }

  @Test
  void hyphenated_word_is_searched_as_a_phrase() {
    assertThat(UserQueryText.of("dual-track approach").parserText())
        .isEqualTo("\"dual-track\" approach");
    assertThat(UserQueryText.of("-dual-track").parserText()).isEqualTo("-\"dual-track\"");
  }

  @Test
  void plain_words_feed_the_proximity_boost() {
    assertThat(UserQueryText.of("arms control -nuclear \"open door\" kaz*").plainWords())
        .containsExactly("arms", "control");
  }

  @Test
  void leading_wildcard_is_refused_naming_q() {
    assertThatThrownBy(() -> UserQueryText.of("*stan"))
        .isInstanceOf(InvalidRequestException.class)
        .extracting(e -> ((InvalidRequestException) e).param())
        .isEqualTo("q");
  }

  @Test
  void one_letter_prefix_is_refused() {
    assertThatThrownBy(() -> UserQueryText.of("a*")).isInstanceOf(InvalidRequestException.class);
  }

  @Test
  void fuzzy_tilde_is_ignored_so_numbers_never_fuzz() {
    assertThat(UserQueryText.of("article 5~2").parserText()).isEqualTo("article 5 2");
  }

  @Test
  void lone_star_and_stray_operators_are_harmless() {
    assertThat(UserQueryText.of("*").parserText()).isEqualTo("*");
    assertThat(UserQueryText.of("- + |").parserText()).isEmpty();
  }
}
