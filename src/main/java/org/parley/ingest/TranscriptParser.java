package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.parley.config.SpeakerRegistry;

/**
 * Parses a plain-text transcript.
 *
 * <p>Header: the lines before the body are metadata, not paragraphs: the title (first line), the
 * "by ..." line, date lines ({@code 07 Jan. 2022 -}), web chrome ({@code |}, bullets), the
 * last-updated stamp in English or French, "(As delivered)".
 *
 * <p>Paragraphs: blocks separated by blank lines; the short lines inside a block (one sentence per
 * line, as NATO prints them) are joined with spaces. A body with no blank line at all breaks a
 * paragraph at every line. Inside a block, a line that starts with a speaker label starts a new
 * paragraph, so an answer printed with its labels in one block is split at each label. A label
 * alone on its line applies to the text after it. Section breaks ({@code ***}) are dropped.
 *
 * <p>Speakers: a label starts a new turn; unlabelled paragraphs continue the current turn; text
 * before any label belongs to the person of the "by ..." line (or the front matter's speaker). A
 * journalist's turn is a question; the non-moderator turns after it, up to the next question, carry
 * it.
 */
final class TranscriptParser {
  private static final Pattern BY_LINE = Pattern.compile("^(?i)by\\s+(.+)$");
  private static final Pattern UPDATED =
      Pattern.compile(
          "^(?i)(last updated|updated|mis \u00E0 jour le|derni\u00E8re mise \u00E0 jour|mise \u00E0 jour)\\b.*");
  private static final Pattern CHROME = Pattern.compile("^[\\s\u2022|\\-\u2013\u2014\u00B7]*$");
  private static final Pattern AS_DELIVERED =
      Pattern.compile("^\\((?i)(as delivered|check against delivery|tel que prononc\u00E9)\\)$");
  private static final Pattern SECTION_BREAK = Pattern.compile("^[\\s*\u2022\u2013\u2014_=-]{3,}$");
  private static final Pattern OCCASION =
      Pattern.compile("\\s+(following|after|at|on|ahead of|during|with|in|before|to|for)\\s+.*$");

  private final SpeakerRegistry registry;

  TranscriptParser(SpeakerRegistry registry) {
    this.registry = registry;
  }

  /** Parses {@code text} of {@code file}; throws {@link UnusableFileException} with a reason. */
  Transcript parse(String file, String text, FrontMatter front) {
    List<String> lines = List.of(text.split("\n", -1));
    Header header = readHeader(lines);
    LocalDate date =
        header.date != null
            ? header.date
            : front.date() != null
                ? front.date()
                : DateParser.fromFileName(file)
                    .orElseThrow(
                        () ->
                            new UnusableFileException(
                                "no date in the text, front matter or file name"));
    String principal =
        front.speaker() != null
            ? front.speaker()
            : header.byLine != null
                ? OCCASION.matcher(header.byLine).replaceFirst("").strip()
                : null;
    SpeakerResolver resolver = new SpeakerResolver(registry, date, principal);
    Speaker opening = principal == null ? Speaker.UNKNOWN : resolver.resolveByLine(principal);

    List<Block> blocks = blocks(lines.subList(header.bodyStart, lines.size()));
    List<Paragraph> paragraphs = new ArrayList<>();
    Turn turn = new Turn(1, null, opening, false);
    boolean anyLabel = false;
    Question pending = null;
    List<String> questionText = new ArrayList<>();
    for (Block block : blocks) {
      if (block.label != null) {
        Speaker speaker = resolver.resolve(block.label.name(), block.label.outlet());
        int number = paragraphs.isEmpty() && !anyLabel ? 1 : turn.number() + 1;
        turn = new Turn(number, block.label.label(), speaker, speaker.role() == Role.JOURNALIST);
        anyLabel = true;
        if (turn.question()) {
          pending = null;
          questionText = new ArrayList<>();
        }
      }
      if (block.text.isBlank()) {
        continue;
      }
      Question answers = null;
      if (turn.question()) {
        questionText.add(block.text);
        pending = new Question(turn.number(), turn.speaker(), String.join("\n\n", questionText));
      } else if (turn.speaker().role() != Role.MODERATOR) {
        answers = pending;
      }
      paragraphs.add(new Paragraph(paragraphs.size() + 1, block.text, turn, answers, List.of()));
    }
    if (paragraphs.isEmpty()) {
      throw new UnusableFileException("no paragraphs after the header");
    }
    paragraphs = completeQuestions(paragraphs);
    String title =
        front.title() != null
            ? front.title()
            : header.title != null ? header.title : titleFromFile(file);
    return new Transcript(
        front.id() != null ? front.id() : CorpusReader.documentId(file),
        file,
        title,
        header.byLine,
        date,
        header.updated,
        front.source(),
        front.place(),
        header.asDelivered,
        paragraphs);
  }

  /** A question spanning several paragraphs is copied whole onto every answer paragraph. */
  private static List<Paragraph> completeQuestions(List<Paragraph> paragraphs) {
    java.util.Map<Integer, Question> full = new java.util.HashMap<>();
    for (Paragraph p : paragraphs) {
      if (p.question() != null) {
        full.merge(
            p.question().turn(),
            p.question(),
            (a, b) -> a.text().length() >= b.text().length() ? a : b);
      }
    }
    for (Paragraph p : paragraphs) {
      if (p.turn().question()) {
        full.merge(
            p.turn().number(),
            new Question(p.turn().number(), p.turn().speaker(), p.text()),
            (a, b) -> a.text().length() >= b.text().length() ? a : b);
      }
    }
    List<Paragraph> out = new ArrayList<>(paragraphs.size());
    for (Paragraph p : paragraphs) {
      Question q = p.question() == null ? null : full.get(p.question().turn());
      out.add(
          q == p.question()
              ? p
              : new Paragraph(p.ordinal(), p.text(), p.turn(), q, p.presetTopics()));
    }
    return out;
  }

  private static final class Header {
    String title;
    String byLine;
    LocalDate date;
    String updated;
    boolean asDelivered;
    int bodyStart;
  }

  private static Header readHeader(List<String> lines) {
    Header h = new Header();
    int i = 0;
    for (; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || CHROME.matcher(line).matches()) {
        continue;
      }
      var by = BY_LINE.matcher(line);
      if (by.matches() && h.byLine == null && line.length() < 300) {
        h.byLine = by.group(1).strip();
        if (h.date == null && h.byLine.matches(".*\\d{4}.*")) {
          h.date = DateParser.find(h.byLine).orElse(null);
        }
      } else if (DateParser.isDateLine(line)) {
        if (h.date == null) {
          h.date = DateParser.find(line).orElse(null);
        }
      } else if (UPDATED.matcher(line).matches()) {
        h.updated = line.replaceFirst("^[^:]*:\\s*", "").strip();
      } else if (AS_DELIVERED.matcher(line).matches()) {
        h.asDelivered = true;
      } else if (h.title == null && isTitle(line)) {
        h.title = line;
      } else {
        break;
      }
    }
    h.bodyStart = i;
    if (h.date == null && h.title != null) {
      h.date = DateParser.find(h.title).orElse(null);
    }
    return h;
  }

  private static boolean isTitle(String line) {
    return line.length() <= 200
        && SpeakerLabel.at(line).isEmpty()
        && !line.endsWith(".")
        && !line.endsWith("?");
  }

  private record Block(SpeakerLabel label, String text) {}

  /** Splits the body into labelled or unlabelled text blocks, per the class rule. */
  private static List<Block> blocks(List<String> body) {
    boolean blankLines =
        body.stream().map(String::strip).anyMatch(String::isEmpty)
            && body.stream().map(String::strip).filter(s -> !s.isEmpty()).count() > 1
            && hasBlankBetweenText(body);
    List<Block> out = new ArrayList<>();
    SpeakerLabel label = null;
    StringBuilder text = new StringBuilder();
    for (String raw : body) {
      String line = raw.strip();
      boolean boundary = line.isEmpty() || !blankLines;
      if (line.isEmpty() || SECTION_BREAK.matcher(line).matches()) {
        flush(out, label, text);
        label = null;
        continue;
      }
      Optional<SpeakerLabel> found = SpeakerLabel.at(line);
      if (found.isPresent()) {
        flush(out, label, text);
        label = found.get();
        if (!label.rest().isEmpty()) {
          text.append(label.rest());
        }
        if (!blankLines && !label.rest().isEmpty()) {
          flush(out, label, text);
          label = null;
        }
        continue;
      }
      if (!text.isEmpty()) {
        text.append(' ');
      }
      text.append(line);
      if (boundary) {
        flush(out, label, text);
        label = null;
      }
    }
    flush(out, label, text);
    return out;
  }

  private static boolean hasBlankBetweenText(List<String> body) {
    boolean seenText = false;
    boolean blankAfterText = false;
    for (String line : body) {
      if (line.isBlank()) {
        blankAfterText = seenText;
      } else if (blankAfterText) {
        return true;
      } else {
        seenText = true;
      }
    }
    return false;
  }

  private static void flush(List<Block> out, SpeakerLabel label, StringBuilder text) {
    if (label != null || !text.isEmpty()) {
      out.add(new Block(label, text.toString().strip()));
    }
    text.setLength(0);
  }

  private static String titleFromFile(String file) {
    String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.[^.]+$", "");
    name = name.replaceAll("\\d{4}-\\d{2}-\\d{2}", "").replaceAll("[-_]+", " ").strip();
    return name.isEmpty()
        ? file
        : Character.toUpperCase(name.charAt(0)) + name.substring(1).toLowerCase(Locale.ROOT);
  }
}
