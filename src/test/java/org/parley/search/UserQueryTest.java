package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.parley.search.UserQuery.AnyOf;
import org.parley.search.UserQuery.Clause;
import org.parley.search.UserQuery.Group;
import org.parley.search.UserQuery.Occur;
import org.parley.search.UserQuery.Phrase;
import org.parley.search.UserQuery.Prefix;
import org.parley.search.UserQuery.Word;

/** What people type, read as soft, required and excluded clauses; odd input never throws. */
class UserQueryTest {
  private static List<Clause> parse(String raw) {
    return UserQuery.parse(raw).clauses();
  }

  private static Clause soft(String word) {
    return new Clause(Occur.SOFT, new Word(word));
  }

  @Test
  void plain_words_are_soft() {
    assertThat(parse("arms control")).containsExactly(soft("arms"), soft("control"));
  }

  @Test
  void a_quoted_phrase_is_required_and_keeps_its_hyphen() {
    assertThat(parse("\"dual-track approach\" russia"))
        .containsExactly(
            new Clause(Occur.REQUIRED, new Phrase("dual-track approach")), soft("russia"));
    assertThat(parse("\u201Cdual track approach\u201D"))
        .containsExactly(new Clause(Occur.REQUIRED, new Phrase("dual track approach")));
  }

  @Test
  void plus_and_the_word_and_make_words_required() {
    assertThat(parse("+arms control"))
        .containsExactly(new Clause(Occur.REQUIRED, new Word("arms")), soft("control"));
    assertThat(parse("arms AND control"))
        .containsExactly(
            new Clause(Occur.REQUIRED, new Word("arms")),
            new Clause(Occur.REQUIRED, new Word("control")));
  }

  @Test
  void minus_and_not_exclude_words_and_phrases() {
    assertThat(parse("ukraine -nuclear"))
        .containsExactly(soft("ukraine"), new Clause(Occur.EXCLUDED, new Word("nuclear")));
    assertThat(parse("ukraine NOT nuclear"))
        .containsExactly(soft("ukraine"), new Clause(Occur.EXCLUDED, new Word("nuclear")));
    assertThat(parse("ukraine -\"open door\""))
        .containsExactly(soft("ukraine"), new Clause(Occur.EXCLUDED, new Phrase("open door")));
  }

  @Test
  void or_joins_its_neighbours_into_one_clause() {
    Clause either =
        new Clause(Occur.SOFT, new AnyOf(List.of(new Word("georgia"), new Word("moldova"))));
    assertThat(parse("ukraine georgia OR moldova")).containsExactly(soft("ukraine"), either);
    assertThat(parse("ukraine georgia | moldova")).containsExactly(soft("ukraine"), either);
    assertThat(parse("georgia OR moldova OR finland"))
        .containsExactly(
            new Clause(
                Occur.SOFT,
                new AnyOf(List.of(new Word("georgia"), new Word("moldova"), new Word("finland")))));
    assertThat(parse("+georgia OR moldova"))
        .containsExactly(
            new Clause(
                Occur.REQUIRED, new AnyOf(List.of(new Word("georgia"), new Word("moldova")))));
  }

  @Test
  void parentheses_make_one_group_clause() {
    // The group is one clause; QueryFactory requires every plain word inside it.
    assertThat(parse("(arms control) russia"))
        .containsExactly(
            new Clause(Occur.SOFT, new Group(List.of(soft("arms"), soft("control")))),
            soft("russia"));
    assertThat(parse("(ukraine OR georgia) -nuclear"))
        .containsExactly(
            new Clause(
                Occur.SOFT,
                new Group(
                    List.of(
                        new Clause(
                            Occur.SOFT,
                            new AnyOf(List.of(new Word("ukraine"), new Word("georgia"))))))),
            new Clause(Occur.EXCLUDED, new Word("nuclear")));
  }

  @Test
  void a_trailing_star_is_a_prefix() {
    assertThat(parse("kaz*")).containsExactly(new Clause(Occur.SOFT, new Prefix("kaz")));
    assertThat(parse("kaz**")).containsExactly(new Clause(Occur.SOFT, new Prefix("kaz")));
  }

  @Test
  void hyphenated_and_dotted_words_stay_one_word() {
    assertThat(parse("de-escalate U.S. NATO-Russia"))
        .containsExactly(soft("de-escalate"), soft("U.S."), soft("NATO-Russia"));
  }

  @Test
  void an_open_quote_runs_to_the_end() {
    assertThat(parse("\"dual track approach"))
        .containsExactly(new Clause(Occur.REQUIRED, new Phrase("dual track approach")));
  }

  @Test
  void unmatched_parentheses_are_dropped_or_closed_at_the_end() {
    assertThat(parse("arms) control")).containsExactly(soft("arms"), soft("control"));
    assertThat(parse("(arms control"))
        .containsExactly(new Clause(Occur.SOFT, new Group(List.of(soft("arms"), soft("control")))));
  }

  @Test
  void stray_operators_empty_quotes_and_empty_groups_are_ignored() {
    for (String raw :
        List.of("", "   ", "AND OR NOT", "+", "-", "|", "\"\"", "\"   \"", "()", "(( ))", "*")) {
      assertThat(parse(raw)).as(raw).isEmpty();
    }
    assertThat(parse("russia AND")).containsExactly(new Clause(Occur.REQUIRED, new Word("russia")));
    assertThat(parse("OR russia")).containsExactly(soft("russia"));
    assertThat(parse("russia NOT")).containsExactly(soft("russia"));
  }

  @Test
  void a_fuzzy_tilde_is_ignored_with_its_distance_so_numbers_never_change() {
    assertThat(parse("article 5~2")).containsExactly(soft("article"), soft("5"));
    assertThat(parse("russia~")).containsExactly(soft("russia"));
    assertThat(parse("\"arms control\"~3"))
        .containsExactly(new Clause(Occur.REQUIRED, new Phrase("arms control")));
  }

  @Test
  void leading_and_inner_wildcards_and_one_letter_prefixes_are_refused_naming_q() {
    for (String raw : List.of("*stan", "?stan", "ka*stan", "a*", "ukraine -*stan")) {
      assertThatThrownBy(() -> parse(raw))
          .as(raw)
          .isInstanceOf(InvalidRequestException.class)
          .extracting(e -> ((InvalidRequestException) e).param())
          .isEqualTo("q");
    }
  }

  @Test
  void describe_gives_back_each_clause_as_typed() {
    List<String> described =
        parse("\"dual-track approach\" +russia georgia OR moldova (arms control) kaz*").stream()
            .map(c -> UserQuery.describe(c.node()))
            .toList();
    assertThat(described)
        .containsExactly(
            "\"dual-track approach\"", "russia", "georgia OR moldova", "(arms control)", "kaz*");
  }

  @Test
  void random_input_never_throws_except_the_documented_refusals() {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    String alphabet = "ab \"()+-|*?~:\\/^{}[]!&\u201C\u201D\u2011ANDORNOT\t";
    for (int i = 0; i < 5_000; i++) {
      StringBuilder raw = new StringBuilder();
      int length = random.nextInt(30);
      for (int j = 0; j < length; j++) {
        raw.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      try {
        List<Clause> clauses = parse(raw.toString());
        assertThat(clauses).as("seed %d: %s", seed, raw).doesNotContainNull();
      } catch (InvalidRequestException refused) {
        assertThat(refused.param()).as("seed %d: %s", seed, raw).isEqualTo("q");
      }
    }
  }
}
