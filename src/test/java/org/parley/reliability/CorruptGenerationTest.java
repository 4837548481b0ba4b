package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.parley.index.BuildRefusedException;
import org.parley.index.IndexVerifier;
import org.parley.search.ParleySearcher;
import org.parley.search.SearchStack;

/**
 * A generation damaged on disk (bit rot, a cut copy, a lost file or folder) is refused by the
 * verifier with a reason, and a server starting on it serves the newest generation that is intact,
 * or refuses to start saying why.
 */
@Tag("integration")
class CorruptGenerationTest {
  @TempDir static Path templateDir;
  private static Workspace template;
  private static Map<String, String> before;

  @TempDir Path tmp;
  private Workspace ws;

  /** Two generations of the same corpus, built once; each test damages its own copy. */
  @BeforeAll
  static void buildTwoGenerations() throws IOException {
    template = Workspace.create(templateDir, 30, 6);
    template.build(false);
    template.build(true);
    before = template.answers();
  }

  @AfterAll
  static void closeTemplate() {
    template.close();
  }

  @BeforeEach
  void setUp() throws IOException {
    ws = Workspace.copyOf(template, tmp.resolve("copy"));
  }

  @AfterEach
  void tearDown() {
    ws.close();
  }

  @ParameterizedTest
  @EnumSource(GenerationDamage.class)
  void the_verifier_refuses_a_damaged_generation_and_says_why(GenerationDamage damage)
      throws IOException {
    Path gen = ws.generations.path("gen-000002");
    damage.apply(gen);
    Throwable refused = catchThrowable(() -> IndexVerifier.verify(gen, -1, List.of()));
    assertThat(refused)
        .isInstanceOf(BuildRefusedException.class)
        .hasMessageContaining("gen-000002")
        .hasMessageContaining(damage.reason);
  }

  @ParameterizedTest
  @EnumSource(GenerationDamage.class)
  void a_server_starting_on_a_damaged_live_generation_serves_the_previous_one_and_stays_there(
      GenerationDamage damage) throws Exception {
    damage.apply(ws.generations.path("gen-000002"));
    try (SearchStack stack = ws.open(20)) {
      assertThat(serving(stack)).isEqualTo("gen-000001");
      Thread.sleep(200); // ten polls of CURRENT, which still names the damaged generation
      assertThat(serving(stack)).isEqualTo("gen-000001");
      Answers.assertSame(GoldenAnswers.of(stack.search()), before, "after " + damage);
    }
  }

  @ParameterizedTest
  @EnumSource(GenerationDamage.class)
  void a_server_refuses_to_start_when_no_generation_is_intact(GenerationDamage damage)
      throws IOException {
    damage.apply(ws.generations.path("gen-000001"));
    damage.apply(ws.generations.path("gen-000002"));
    assertThatThrownBy(() -> ws.open(0).close())
        .isInstanceOf(BuildRefusedException.class)
        .hasMessageContaining("no usable index generation")
        .hasMessageContaining("gen-000002")
        .hasMessageContaining(damage.reason);
  }

  private static String serving(SearchStack stack) throws IOException {
    ParleySearcher searcher = stack.searchers().acquire();
    try {
      return searcher.generation();
    } finally {
      stack.searchers().release(searcher);
    }
  }
}
