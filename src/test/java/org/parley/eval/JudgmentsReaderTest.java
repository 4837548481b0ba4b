package org.parley.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JudgmentsReaderTest {
  @Test
  void a_line_gives_the_query_its_filters_and_judgments() {
    JudgedQuery q =
        JudgmentsReader.parse(
            "{\"id\":\"q1\",\"query\":\"Kazakhstan\",\"kind\":\"date-bounded\","
                + "\"params\":{\"from\":\"2022-01-01\",\"to\":\"2022-01-31\",\"speaker\":\"Test Speaker\"},"
                + "\"judgments\":[{\"file\":\"a/b.txt\",\"match\":\"some words\",\"grade\":2}]}",
            "line 1");
    assertThat(q.from()).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(q.to()).isEqualTo(LocalDate.of(2022, 1, 31));
    assertThat(q.speakers()).containsExactly("Test Speaker");
    assertThat(q.judgments()).containsExactly(new Judgment("a/b.txt", "some words", 2));
  }

  @Test
  void errors_name_the_line_and_the_key() {
    assertThatThrownBy(
            () ->
                JudgmentsReader.parse(
                    "{\"id\":\"q1\",\"query\":\"x\",\"judgments\":[{\"file\":\"f\",\"match\":\"m\",\"grade\":3}]}",
                    "j.jsonl: line 4"))
        .hasMessage("j.jsonl: line 4: judgments[0]: grade: expected 0, 1 or 2");
    assertThatThrownBy(
            () -> JudgmentsReader.parse("{\"id\":\"q1\",\"query\":\"x\",\"qrels\":[]}", "line 2"))
        .hasMessage("line 2: unknown key 'qrels'");
  }
}
