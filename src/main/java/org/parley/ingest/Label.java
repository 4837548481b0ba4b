package org.parley.ingest;

import java.util.Objects;

/**
 * A speaker label as printed at the start of a paragraph or line, split into its parts.
 *
 * @param printed the label as printed, without the colon ("Max Delany (AFP)")
 * @param name the part naming the speaker ("Max Delany", "NATO Secretary General", "QUESTION")
 * @param outlet the text in parentheses or brackets after the name ("AFP"), or {@code null}
 */
record Label(String printed, String name, String outlet) {
  Label {
    Objects.requireNonNull(printed, "printed");
    Objects.requireNonNull(name, "name");
  }
}
