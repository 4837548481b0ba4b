package org.parley.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.parley.speakers.Role;
import org.parley.speakers.SpeakerNames;
import org.parley.speakers.SpeakerRegistry;

/**
 * Parses one plain-text transcript, with or without front matter: header metadata, paragraphs,
 * speakers, turns and question links.
 *
 * <p>The event date comes from, in order: the front matter, the header's date line, a date in the
 * title, a date in the file name, the "Last updated" stamp. The document's organisation comes from
 * the front matter, else the corpus folder the file is in ("nato/", "state/"), else the opening
 * speaker. Unlabelled opening text is spoken by the front matter's default speaker, else the person
 * in the by-line, else the person after "by" in the title, else nobody known.
 */
final class TextTranscriptParser {
  /** "(Laughter.)", "(The briefing was concluded at 2:20 p.m.)", "[Applause]": not speech. */
  private static final Pattern STAGE_DIRECTION =
      Pattern.compile("^\\([^()]+\\)\\.?$|^\\[[^\\[\\]]+\\]\\.?$");

  /** "... by Secretary Blinken", "Remarks of National Security Advisor Jake Sullivan ...". */
  private static final Pattern SPEAKER_IN_TITLE =
      Pattern.compile(
          " by |^(Remarks|Statement|Address|Speech|Message|Keynote Remarks|Opening Remarks) of ");

  private final SpeakerRegistry registry;
  private final LabelDetector labels;
  private final HeaderReader headers;
  private final ParagraphSplitter splitter;

  TextTranscriptParser(SpeakerRegistry registry) {
    this.registry = registry;
    this.labels = new LabelDetector(registry);
    this.headers = new HeaderReader(labels);
    this.splitter = new ParagraphSplitter(labels);
  }

  /**
   * Parses {@code text} (BOM removed) found at {@code relativePath}.
   *
   * @throws UnusableFileException when the text has no paragraphs or no date can be found
   */
  Transcript parse(String relativePath, String text) throws UnusableFileException {
    FrontMatterReader.Split split = FrontMatterReader.split(TextDecoder.unifyNewlines(text));
    FrontMatter front = split.frontMatter();
    List<String> lines = TextLines.split(split.body());
    DocumentHeader header = headers.read(lines, front.title() != null);
    String title =
        first(front.title(), header.title(), DocumentPaths.titleFromFileName(relativePath));
    LocalDate date = date(front, header, lines, title, relativePath);

    List<ParagraphSplitter.RawParagraph> raws =
        splitter.split(lines.subList(header.bodyStart(), lines.size()));
    SpeakerResolver resolver =
        new SpeakerResolver(registry, date, organisation(front, relativePath), hints(front));
    resolver.expectLabels(raws.stream().map(ParagraphSplitter.RawParagraph::label).toList());
    String openingPhrase = openingPhrase(front, header, title);
    Speaker opening =
        openingPhrase != null
            ? resolver.resolveOpening(openingPhrase)
            : resolver.resolveOpeningIfRegistered(
                header.title() == null ? null : ByLines.speakerPhrase(header.title()));
    List<Paragraph> paragraphs = TurnLinker.link(attribute(raws, resolver, opening), true);
    if (paragraphs.isEmpty()) {
      throw new UnusableFileException("no paragraphs after the header");
    }
    String chosenId = first(front.id());
    return new Transcript(
        chosenId != null
            ? DocumentIds.checked(chosenId, "front matter: id")
            : DocumentPaths.id(relativePath),
        relativePath,
        title,
        header.byLine(),
        date,
        lastUpdated(header, lines),
        front.source(),
        first(front.place(), header.place()),
        header.asDelivered(),
        paragraphs,
        // The publisher as the document names it, like corpus.yaml and the manifest do; the
        // registry's short name ("Kremlin") is for resolving speakers, not for citing.
        new Provenance(
            front.organisation(),
            front.licence(),
            null,
            front.attribution(),
            DatePrecision.fromId(front.datePrecision())));
  }

  /**
   * Who speaks each paragraph. A label opens a turn; text without one continues the turn before it.
   * Text before the first label is the opening speaker's, or, when nobody is named for it in a
   * labelled transcript, the publisher's lead (editorial). A paragraph that is only a stage
   * direction in parentheses is editorial, and the turn it interrupted resumes after it.
   */
  private static List<TurnLinker.Spoken> attribute(
      List<ParagraphSplitter.RawParagraph> raws, SpeakerResolver resolver, Speaker opening) {
    boolean labelled = raws.stream().anyMatch(r -> r.label() != null);
    Speaker lead = opening.role() == Role.UNKNOWN && labelled ? Speaker.EDITORIAL : opening;
    List<TurnLinker.Spoken> spoken = new ArrayList<>();
    String label = null;
    Speaker speaker = lead;
    boolean interrupted = true;
    for (ParagraphSplitter.RawParagraph raw : raws) {
      if (raw.label() != null) {
        label = raw.label().printed();
        speaker = resolver.resolve(raw.label());
        spoken.add(new TurnLinker.Spoken(label, speaker, true, raw.text(), List.of()));
        interrupted = false;
      } else if (STAGE_DIRECTION.matcher(raw.text()).matches()) {
        spoken.add(new TurnLinker.Spoken(null, Speaker.EDITORIAL, true, raw.text(), List.of()));
        interrupted = true;
      } else {
        spoken.add(new TurnLinker.Spoken(label, speaker, interrupted, raw.text(), List.of()));
        interrupted = false;
      }
    }
    return spoken;
  }

  private LocalDate date(
      FrontMatter front, DocumentHeader header, List<String> lines, String title, String path)
      throws UnusableFileException {
    if (front.date() != null) {
      return DateParser.find(front.date())
          .orElseThrow(
              () -> new UnusableFileException("front matter: date: not a date: " + front.date()));
    }
    Optional<LocalDate> date =
        Optional.ofNullable(header.date())
            .or(() -> DateParser.find(title))
            .or(() -> DateParser.fromFileName(DocumentPaths.fileName(path)))
            .or(() -> Optional.ofNullable(lastUpdated(header, lines)).flatMap(DateParser::find));
    return date.orElseThrow(
        () -> new UnusableFileException("no date in text, front matter or file name"));
  }

  /** The header's stamp, else one printed at the foot of the page. */
  private static String lastUpdated(DocumentHeader header, List<String> lines) {
    if (header.lastUpdated() != null) {
      return header.lastUpdated();
    }
    return lines.stream()
        .skip(header.bodyStart())
        .map(TextLines::updatedStamp)
        .filter(s -> s != null)
        .findFirst()
        .orElse(null);
  }

  private String organisation(FrontMatter front, String relativePath) {
    if (front.organisation() != null) {
      return registry.organisation(front.organisation()).orElse(front.organisation());
    }
    return DocumentPaths.topFolder(relativePath).flatMap(registry::organisation).orElse(null);
  }

  private static String openingPhrase(FrontMatter front, DocumentHeader header, String title) {
    if (front.speakers() != null && front.speakers().defaultSpeaker() != null) {
      return front.speakers().defaultSpeaker();
    }
    if (header.byLine() != null) {
      return ByLines.speakerPhrase(header.byLine());
    }
    Matcher by = title == null ? null : SPEAKER_IN_TITLE.matcher(title);
    return by == null || !by.find() ? null : ByLines.speakerPhrase(title.substring(by.end()));
  }

  private static Map<String, String> hints(FrontMatter front) {
    Map<String, String> hints = new HashMap<>();
    if (front.speakers() != null && front.speakers().labels() != null) {
      front.speakers().labels().forEach((label, who) -> hints.put(SpeakerNames.key(label), who));
    }
    return hints;
  }

  private static String first(String... values) {
    for (String value : values) {
      if (value != null && !value.isBlank()) {
        return value.strip();
      }
    }
    return null;
  }
}
