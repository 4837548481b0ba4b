package org.parley.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Splits the body of a plain-text transcript into paragraphs, each with the speaker label that
 * opened it, if any.
 *
 * <p>The rule:
 *
 * <ol>
 *   <li>Blocks are separated by blank lines. The lines of a block are one paragraph, joined with a
 *       space (nato.int prints one sentence per line inside a block).
 *   <li>If the body has no blank line at all, the source breaks paragraphs with single newlines,
 *       and every line is a paragraph.
 *   <li>A line that starts with a speaker label (see {@link LabelDetector}) starts a new paragraph
 *       even inside a block, so an answer printed as one long block, labels and all, is split where
 *       each label starts, provided the line before ends a sentence (hard-wrapped text can put any
 *       word at a line start). A label alone on its line applies to the text that follows, on the
 *       next line or in the next block. White House questions open with "Q" and spaces, no colon.
 *   <li>Section breaks ("***", "* * *", "---", "# # #"), clock lines ("10:46 A.M. CEST"),
 *       "Questions and answers" headings and web chrome ("|", "•") end the current paragraph and
 *       are not paragraphs themselves; a "Last updated" stamp is dropped wherever it is.
 * </ol>
 */
final class ParagraphSplitter {
  /** A paragraph's text and the label that opened it ({@code null} for a continuation). */
  record RawParagraph(Label label, String text) {}

  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?…:;—–)\\]\"'’”]$");

  private final LabelDetector labels;

  ParagraphSplitter(LabelDetector labels) {
    this.labels = labels;
  }

  /** Splits {@code body} (cleaned lines, blank lines as empty strings). */
  List<RawParagraph> split(List<String> body) {
    boolean linePerParagraph = !hasBlankLineBetweenText(body);
    Builder builder = new Builder();
    String previous = "";
    for (String line : body) {
      String before = previous;
      previous = line;
      if (line.isEmpty()) {
        builder.flush();
      } else if (TextLines.isSectionBreak(line)
          || TextLines.isQaHeading(line)
          || TextLines.isClockLine(line)) {
        builder.flush();
        previous = "";
      } else if (!TextLines.isChrome(line) && TextLines.updatedStamp(line) == null) {
        Optional<LabelDetector.Match> label =
            mayOpenTurn(before) ? labels.detectAtTurnStart(line) : Optional.empty();
        if (label.isPresent()) {
          builder.startLabelled(label.get().label(), label.get().rest());
        } else {
          builder.append(line);
        }
        if (linePerParagraph) {
          builder.flush();
        }
      }
    }
    builder.flush();
    return builder.paragraphs;
  }

  /**
   * Whether a label may open the line after {@code previous}: at the start of a block, or inside
   * one after a line that ends a sentence. Text hard-wrapped at 72 columns (White House) can start
   * a line with "SWIFT:" in mid-sentence; that is not a label.
   */
  private static boolean mayOpenTurn(String previous) {
    return previous.isEmpty() || ENDS_SENTENCE.matcher(previous).find();
  }

  private static boolean hasBlankLineBetweenText(List<String> body) {
    int first = 0;
    while (first < body.size() && body.get(first).isEmpty()) {
      first++;
    }
    int last = body.size() - 1;
    while (last >= first && body.get(last).isEmpty()) {
      last--;
    }
    return body.subList(first, last + 1).contains("");
  }

  /** Collects lines into paragraphs; a label with no text yet waits for the text that follows. */
  private static final class Builder {
    private final List<RawParagraph> paragraphs = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private Label label;

    void startLabelled(Label next, String rest) {
      flush();
      label = next;
      append(rest);
    }

    void append(String line) {
      if (line.isEmpty()) {
        return;
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(line);
    }

    /** Ends the current paragraph; a label still waiting for its text keeps waiting. */
    void flush() {
      if (text.isEmpty()) {
        return;
      }
      paragraphs.add(new RawParagraph(label, text.toString()));
      text.setLength(0);
      label = null;
    }
  }
}
