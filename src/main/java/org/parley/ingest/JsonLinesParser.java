package org.parley.ingest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.parley.config.YamlErrors;
import org.parley.speakers.Role;
import org.parley.speakers.SpeakerRegistry;

/**
 * Reads a JSON Lines file of already-split paragraphs ({@link JsonLinesRecord}), grouped into one
 * transcript per {@code doc_id} in order of first appearance, paragraphs in line order. A line that
 * is not valid JSON or lacks {@code doc_id} or {@code text} is skipped and reported with its line
 * number; the rest of the file is still used. Consecutive lines with the same speaker, label, role
 * and outlet are one turn; journalists' turns are questions that the following answers carry, as in
 * plain text.
 */
final class JsonLinesParser {
  private static final ObjectMapper JSON =
      new ObjectMapper()
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  private final SpeakerRegistry registry;
  private final LabelDetector labels;

  JsonLinesParser(SpeakerRegistry registry) {
    this.registry = registry;
    this.labels = new LabelDetector(registry);
  }

  /** Parses {@code text} (newlines already unified) found at {@code relativePath}. */
  ParsedFile parse(String relativePath, String text) {
    List<SkippedFile> skipped = new ArrayList<>();
    Map<String, List<JsonLinesRecord>> documents = new LinkedHashMap<>();
    String[] lines = text.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (lines[i].isBlank()) {
        continue;
      }
      try {
        JsonLinesRecord record = record(lines[i]);
        documents.computeIfAbsent(record.docId(), id -> new ArrayList<>()).add(record);
      } catch (UnusableFileException e) {
        skipped.add(new SkippedFile(relativePath, "line " + (i + 1) + ": " + e.reason()));
      }
    }
    List<Transcript> transcripts = new ArrayList<>();
    for (Map.Entry<String, List<JsonLinesRecord>> document : documents.entrySet()) {
      try {
        transcripts.add(transcript(relativePath, document.getKey(), document.getValue()));
      } catch (UnusableFileException e) {
        skipped.add(
            new SkippedFile(relativePath, "doc_id '" + document.getKey() + "': " + e.reason()));
      }
    }
    return new ParsedFile(transcripts, skipped);
  }

  private static JsonLinesRecord record(String line) throws UnusableFileException {
    JsonLinesRecord record;
    try {
      record = JSON.readValue(line, JsonLinesRecord.class);
    } catch (UnrecognizedPropertyException e) {
      throw new UnusableFileException("unknown key '" + e.getPropertyName() + "'", e);
    } catch (JsonMappingException e) {
      throw new UnusableFileException("not a valid JSON record: " + YamlErrors.describe(e), e);
    } catch (JsonProcessingException e) {
      // Jackson's own parse messages quote its feature names and source locations; the column
      // is what helps someone fix the line.
      JsonLocation at = e.getLocation();
      throw new UnusableFileException(
          "not a valid JSON record" + (at == null ? "" : " at column " + at.getColumnNr()), e);
    }
    if (record == null || isBlank(record.docId())) {
      throw new UnusableFileException("missing doc_id");
    }
    DocumentIds.checked(record.docId(), "doc_id");
    if (isBlank(record.text())) {
      throw new UnusableFileException("missing text");
    }
    if (record.role() != null && role(record.role()).isEmpty()) {
      throw new UnusableFileException("unknown role '" + record.role() + "'");
    }
    if (record.date() != null && DateParser.find(record.date()).isEmpty()) {
      throw new UnusableFileException("date: not a date: " + record.date());
    }
    return record;
  }

  private Transcript transcript(String relativePath, String docId, List<JsonLinesRecord> records)
      throws UnusableFileException {
    LocalDate date =
        records.stream()
            .map(JsonLinesRecord::date)
            .filter(Objects::nonNull)
            .findFirst()
            .flatMap(DateParser::find)
            .orElseThrow(() -> new UnusableFileException("no date on any line"));
    String organisation =
        DocumentPaths.topFolder(relativePath).flatMap(registry::organisation).orElse(null);
    SpeakerResolver resolver = new SpeakerResolver(registry, date, organisation, Map.of());
    List<TurnLinker.Spoken> spoken = new ArrayList<>();
    JsonLinesRecord previous = null;
    for (JsonLinesRecord record : records) {
      boolean startsTurn = previous == null || !sameTurn(previous, record);
      spoken.add(
          new TurnLinker.Spoken(
              first(record.speakerLabel(), record.speaker()),
              speaker(resolver, record),
              startsTurn,
              TextLines.withoutControls(record.text()).strip(),
              record.topics() == null ? List.of() : record.topics()));
      previous = record;
    }
    boolean rolesGiven = records.stream().anyMatch(r -> r.role() != null);
    return new Transcript(
        docId,
        relativePath,
        first(firstOf(records, JsonLinesRecord::title), docId),
        null,
        date,
        null,
        firstOf(records, JsonLinesRecord::source),
        null,
        false,
        TurnLinker.link(spoken, !rolesGiven),
        new Provenance(organisation, null, null, null, DatePrecision.EXACT));
  }

  private Speaker speaker(SpeakerResolver resolver, JsonLinesRecord record) {
    Speaker speaker;
    if (!isBlank(record.speaker())) {
      speaker = resolver.resolveName(record.speaker().strip(), record.outlet());
    } else if (!isBlank(record.speakerLabel())) {
      String printed = record.speakerLabel().strip();
      Label label =
          labels.parse(printed).orElseGet(() -> new Label(printed, printed, record.outlet()));
      speaker = resolver.resolve(label);
    } else {
      speaker = Speaker.UNKNOWN;
    }
    Optional<Role> role = record.role() == null ? Optional.empty() : role(record.role());
    if (role.isEmpty()) {
      return speaker;
    }
    String outlet = role.get() == Role.JOURNALIST ? first(record.outlet(), speaker.outlet()) : null;
    return new Speaker(speaker.name(), role.get(), outlet, speaker.title());
  }

  private static boolean sameTurn(JsonLinesRecord a, JsonLinesRecord b) {
    return Objects.equals(a.speaker(), b.speaker())
        && Objects.equals(a.speakerLabel(), b.speakerLabel())
        && Objects.equals(a.role(), b.role())
        && Objects.equals(a.outlet(), b.outlet());
  }

  private static Optional<Role> role(String id) {
    String wanted = id.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(Role.values()).filter(r -> r.id().equals(wanted)).findFirst();
  }

  private static String firstOf(
      List<JsonLinesRecord> records, java.util.function.Function<JsonLinesRecord, String> field) {
    return records.stream().map(field).filter(v -> !isBlank(v)).findFirst().orElse(null);
  }

  private static String first(String a, String b) {
    return isBlank(a) ? b : a;
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
