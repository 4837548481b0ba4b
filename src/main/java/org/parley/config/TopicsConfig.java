package org.parley.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** {@code index-config/topics.yaml}: the topics paragraphs are tagged with. */
public record TopicsConfig(List<TopicDefinition> topics) {
  public TopicsConfig {
    topics = topics == null ? List.of() : List.copyOf(topics);
    Set<String> names = new HashSet<>();
    for (TopicDefinition topic : topics) {
      if (!names.add(topic.name())) {
        throw new IllegalArgumentException("topic '" + topic.name() + "' is defined twice");
      }
    }
  }
}
