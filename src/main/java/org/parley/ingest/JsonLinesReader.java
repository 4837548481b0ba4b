package org.parley.ingest;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads JSON Lines of already-split paragraphs, one object a line: {@code doc_id, title, date,
 * speaker, speaker_label, role, outlet, text, topics, source}. Records group into one transcript
 * per {@code doc_id}, in order of appearance; a new turn starts when the speaker changes. A bad
 * line is reported with its line number and skipped.
 */
final class JsonLinesReader {
  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

  record Record(
      @JsonProperty("doc_id") String docId,
      String title,
      String date,
      String speaker,
      @JsonProperty("speaker_label") String speakerLabel,
      String role,
      String outlet,
      String text,
      List<String> topics,
      String source) {}

  record Result(List<Transcript> transcripts, List<String> problems) {}

  private JsonLinesReader() {}

  static Result read(String file, String content) {
    Map<String, List<Record>> docs = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    String[] lines = content.split("\n");
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        Record r = JSON.readValue(line, Record.class);
        String problem = check(r);
        if (problem != null) {
          problems.add("line " + (i + 1) + ": " + problem);
          continue;
        }
        docs.computeIfAbsent(r.docId(), k -> new ArrayList<>()).add(r);
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        problems.add(
            "line " + (i + 1) + ": not a valid JSON record (" + e.getOriginalMessage() + ")");
      }
    }
    List<Transcript> transcripts = new ArrayList<>();
    for (Map.Entry<String, List<Record>> doc : docs.entrySet()) {
      transcripts.add(toTranscript(file, doc.getKey(), doc.getValue()));
    }
    return new Result(transcripts, problems);
  }

  private static String check(Record r) {
    if (r == null || r.docId() == null || r.docId().isBlank()) {
      return "doc_id is required";
    }
    if (r.text() == null || r.text().isBlank()) {
      return "text is required";
    }
    if (r.date() == null) {
      return "date is required";
    }
    try {
      LocalDate.parse(r.date());
    } catch (DateTimeParseException e) {
      return "date is not an ISO date";
    }
    if (r.role() != null) {
      try {
        Role.fromId(r.role());
      } catch (IllegalArgumentException e) {
        return "unknown role";
      }
    }
    return null;
  }

  private static Transcript toTranscript(String file, String docId, List<Record> records) {
    List<Paragraph> paragraphs = new ArrayList<>();
    Turn turn = null;
    Question pending = null;
    for (Record r : records) {
      Role role =
          r.role() != null
              ? Role.fromId(r.role())
              : r.speaker() != null ? Role.OFFICIAL : Role.UNKNOWN;
      Speaker speaker = new Speaker(r.speaker(), role, r.outlet(), null);
      String label = r.speakerLabel() != null ? r.speakerLabel() : r.speaker();
      if (turn == null
          || !java.util.Objects.equals(turn.speaker(), speaker)
          || !java.util.Objects.equals(turn.speakerLabel(), label)) {
        turn =
            new Turn(turn == null ? 1 : turn.number() + 1, label, speaker, role == Role.JOURNALIST);
      }
      Question answers = null;
      if (turn.question()) {
        pending = new Question(turn.number(), speaker, r.text().strip());
      } else if (role != Role.MODERATOR) {
        answers = pending;
      }
      paragraphs.add(
          new Paragraph(
              paragraphs.size() + 1,
              r.text().strip(),
              turn,
              answers,
              r.topics() == null ? List.of() : r.topics()));
    }
    Record first = records.get(0);
    return new Transcript(
        CorpusReader.slug(docId),
        file,
        first.title() != null ? first.title() : docId,
        null,
        LocalDate.parse(first.date()),
        null,
        first.source(),
        null,
        false,
        paragraphs);
  }
}
