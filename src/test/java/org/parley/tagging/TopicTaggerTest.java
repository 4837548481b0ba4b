package org.parley.tagging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.parley.analysis.ParleyAnalyzers;
import org.parley.config.ConfigException;
import org.parley.config.ParleyConfig;
import org.parley.config.TopicDefinition;
import org.parley.config.TopicsConfig;

class TopicTaggerTest {
  private static ParleyConfig config;
  private static ParleyAnalyzers analyzers;
  private static TopicTagger tagger;

  @BeforeAll
  static void compileShippedTopics() {
    config = ParleyConfig.load(Path.of("index-config"));
    analyzers = ParleyAnalyzers.build(config.dir(), config.analysis());
    tagger =
        TopicTagger.compile(
            config.topics(), "text", analyzers.queryStemmed(), analyzers.indexStemmed());
  }

  @AfterAll
  static void close() {
    analyzers.close();
  }

  @Test
  void arms_control_paragraph_is_tagged() {
    assertThat(tagger.tag("And move forward on arms control.", List.of())).contains("arms control");
  }

  @Test
  void hyphen_variant_in_text_still_matches_a_phrase_rule() {
    assertThat(tagger.tag("the NATO\u2011Russia Council will meet on 12 January", List.of()))
        .contains("NATO-Russia Council");
  }

  @Test
  void synonym_in_rule_matches_the_abbreviation_in_text() {
    assertThat(tagger.tag("The NRC meets next week.", List.of())).contains("NATO-Russia Council");
  }

  @Test
  void paragraph_can_carry_several_topics_or_none() {
    assertThat(tagger.tag("Finland and Sweden are close partners, Kazakhstan too.", List.of()))
        .contains("Finland and Sweden", "Kazakhstan");
    assertThat(tagger.tag("Thank you very much.", List.of())).isEmpty();
  }

  @Test
  void preset_topics_come_first_and_are_kept() {
    assertThat(tagger.tag("arms control", List.of("custom")))
        .startsWith("custom")
        .contains("arms control");
  }

  @Test
  void a_rule_that_does_not_parse_names_file_topic_and_rule() {
    TopicsConfig bad =
        new TopicsConfig(List.of(new TopicDefinition("broken", null, List.of("\"unclosed AND ("))));
    assertThatThrownBy(
            () ->
                TopicTagger.compile(
                    bad, "text", analyzers.queryStemmed(), analyzers.indexStemmed()))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("topics.yaml")
        .hasMessageContaining("broken")
        .hasMessageContaining("rules[0]");
  }
}
