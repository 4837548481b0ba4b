package org.parley.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.parley.search.FacetValue;
import org.parley.search.PhraseHistory;

/** {@code parley phrase}'s text output: every part shown, control characters never printed. */
class PhraseCommandTest {
  @Test
  void history_prints_first_use_counts_adopters_and_variants_without_control_characters() {
    PhraseHistory.Use use =
        new PhraseHistory.Use(
            "2019-03-01",
            "Test Speaker",
            "First test briefing\u001B[31m",
            "2019-03-01-first-briefing",
            "2019-03-01-first-briefing-p1",
            "/p/2019-03-01-first-briefing-p1",
            "Examplestan proposes a green corridor accord.");
    PhraseHistory history =
        new PhraseHistory(
            "\"green corridor accord\"",
            "green corridor accord",
            4,
            3,
            use,
            use,
            List.of(new FacetValue("2019", 4)),
            List.of(new FacetValue("2019-03", 4)),
            List.of(new PhraseHistory.Adopter("Test Speaker", 4, "2019-03-01")),
            List.of(
                new PhraseHistory.Variant(
                    "green corridor pact",
                    "substitution",
                    2,
                    use,
                    List.of(new FacetValue("Test Speaker", 2)))),
            true);
    StringWriter text = new StringWriter();
    PhraseCommand.print(history, new PrintWriter(text));
    String out = text.toString();
    assertThat(out).doesNotContain("\u001B").contains("First test briefing\uFFFD[31m");
    assertThat(out)
        .contains("\"green corridor accord\": 4 uses")
        .contains("First: 2019-03-01, Test Speaker, First test briefing")
        .contains("By year: 2019 (4)")
        .contains("Test Speaker, since 2019-03-01, 4 uses")
        .contains(
            "\"green corridor pact\" (substitution): 2 uses, first 2019-03-01 by Test Speaker")
        .contains("sample");
  }
}
