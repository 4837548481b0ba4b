package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ConfigException;
import org.parley.config.ParleyConfig;
import org.parley.index.Schema;
import org.parley.tagging.TopicTagger;

/**
 * Config files people get wrong: every mistake stops the build before anything is read or written,
 * with a {@link ConfigException} naming the file and the key path, never a stack trace of Jackson's
 * or Lucene's internals alone.
 */
@Tag("integration")
class HostileConfigTest {
  @TempDir Path tmp;

  /** A broken file, and what the error must name. */
  record Case(String name, String file, String content, List<String> mustName) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Stream<Case> cases() {
    return Stream.of(
        new Case(
            "unknown key in a topic",
            "topics.yaml",
            "topics:\n  - name: x\n    colour: red\n    rules: [a]\n",
            List.of("topics.yaml", "topics[0].colour")),
        new Case(
            "misspelt top-level key",
            "topics.yaml",
            "topcis:\n  - name: x\n    rules: [a]\n",
            List.of("topics.yaml", "topcis")),
        new Case(
            "rule that does not parse",
            "topics.yaml",
            "topics:\n  - name: ok\n    rules: [a]\n  - name: broken\n    rules: [b, '\"unclosed AND (']\n",
            List.of("topics.yaml", "topics[1].rules[1]", "broken")),
        new Case(
            "leading wildcard rule",
            "topics.yaml",
            "topics:\n  - name: wild\n    rules: ['*stan']\n",
            List.of("topics.yaml", "topics[0].rules[0]", "wild")),
        new Case(
            "topic defined twice",
            "topics.yaml",
            "topics:\n  - name: x\n    rules: [a]\n  - name: x\n    rules: [b]\n",
            List.of("topics.yaml", "'x' is defined twice")),
        new Case(
            "topic without rules",
            "topics.yaml",
            "topics:\n  - name: lonely\n",
            List.of("topics.yaml", "topics[0]", "lonely")),
        new Case(
            "rules as a string",
            "topics.yaml",
            "topics:\n  - name: x\n    rules: a OR b\n",
            List.of("topics.yaml", "topics[0].rules")),
        new Case(
            "YAML that does not parse",
            "topics.yaml",
            "topics:\n  - name: \"x\n    rules: [a]\n",
            List.of("topics.yaml")),
        new Case("empty file", "topics.yaml", "", List.of("topics.yaml")),
        new Case(
            "number that is a word",
            "server.yaml",
            "burst: lots\n",
            List.of("server.yaml", "burst")),
        new Case(
            "fraction where a whole number goes",
            "server.yaml",
            "burst: 1.5\n",
            List.of("server.yaml", "burst", "expected a whole number")),
        new Case(
            "no search may run at all",
            "server.yaml",
            "max_concurrent_searches: 0\n",
            List.of("server.yaml", "max_concurrent_searches must be at least 1 (it is 0)")),
        new Case(
            "idle timeout too short for any network",
            "server.yaml",
            "idle_timeout_ms: 5\n",
            List.of("server.yaml", "idle_timeout_ms must be at least 100")),
        new Case(
            "number where a list goes",
            "server.yaml",
            "allowed_origins: 5\n",
            List.of("server.yaml", "allowed_origins", "expected a list")),
        new Case(
            "list where the file needs keys",
            "topics.yaml",
            "- arms control\n",
            List.of("topics.yaml", "expected a mapping")),
        new Case(
            "misspelt server key",
            "server.yaml",
            "max_conections: 5\n",
            List.of("server.yaml", "max_conections")),
        new Case(
            "unknown stemmer",
            "analysis.yaml",
            "stemmer: klingon\n",
            List.of("analysis.yaml", "stemmer", "klingon", "english, none")),
        new Case(
            "list where one value goes",
            "analysis.yaml",
            "stemmer: [english]\n",
            List.of("analysis.yaml", "stemmer", "expected a single value")),
        new Case(
            "missing synonyms file",
            "analysis.yaml",
            "synonyms: nowhere.txt\n",
            List.of("nowhere.txt")),
        new Case(
            "speaker with an unknown role",
            "speakers.yaml",
            "organisations:\n  - name: NATO\npersons:\n  - name: A Person\n    organisation: NATO\n    role: wizard\n",
            List.of("speakers.yaml", "persons[0]", "unknown role", "official, moderator")),
        new Case(
            "speaker list that is a number",
            "speakers.yaml",
            "persons: 5\n",
            List.of("speakers.yaml", "persons", "expected a list")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void a_config_mistake_is_named_by_file_and_key(Case c) throws IOException {
    Path dir = Workspace.copyConfig(tmp.resolve("config"));
    Files.writeString(dir.resolve(c.file()), c.content(), StandardCharsets.UTF_8);
    Throwable error = catchThrowable(() -> loadAndCompile(dir));
    assertThat(error).as(c.name()).isInstanceOf(ConfigException.class);
    for (String part : c.mustName()) {
      assertThat(error.getMessage()).as(c.name()).contains(part);
    }
    assertThat(error.getMessage())
        .as("%s: the message speaks the config's language, not Java's", c.name())
        .doesNotContainPattern(JAVA_WORDS);
  }

  /** Class, enum and token names from Jackson's own messages, which mean nothing in a YAML file. */
  private static final String JAVA_WORDS =
      "java\\.|org\\.parley|com\\.fasterxml|`|JsonToken|START_ARRAY|Cannot deserialize|instance of";

  /** What a rebuild does before it reads the corpus: load, build analyzers, compile topics. */
  private static void loadAndCompile(Path dir) {
    ParleyConfig config = ParleyConfig.load(dir);
    try (ParleyAnalyzers analyzers = ParleyAnalyzers.build(config.dir(), config.analysis())) {
      TopicTagger.compile(
          config.topics(), Schema.TEXT, analyzers.queryStemmed(), analyzers.indexStemmed());
    }
  }
}
