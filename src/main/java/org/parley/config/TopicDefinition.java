package org.parley.config;

import java.util.List;

/**
 * One topic of {@code index-config/topics.yaml}: a name and the rules that tag a paragraph with it.
 *
 * @param name the topic as shown and filtered on ("arms control")
 * @param description one line for people reading the config and the API, optional
 * @param rules queries in the search syntax (terms, "phrases", AND/OR/NOT, parentheses); a
 *     paragraph matching any rule carries the topic
 */
public record TopicDefinition(String name, String description, List<String> rules) {
  public TopicDefinition {
    if (name == null || name.isBlank()) {
      throw new IllegalArgumentException("name is required");
    }
    if (rules == null || rules.isEmpty()) {
      throw new IllegalArgumentException("topic '" + name + "' needs at least one rule");
    }
    rules = List.copyOf(rules);
  }
}
