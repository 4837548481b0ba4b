package org.parley.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.parley.ingest.CorpusSnapshot;
import org.parley.ingest.Paragraph;
import org.parley.ingest.Transcript;

/**
 * Finds the paragraph each judgment names, in the corpus as Parley parses it: the paragraph of the
 * judged file whose text contains the judged piece. White space runs compare as one space, and a
 * piece may include the speaker label printed before the paragraph.
 */
public final class JudgmentResolver {
  private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

  private final Map<String, Transcript> byFile = new HashMap<>();

  public JudgmentResolver(CorpusSnapshot snapshot) {
    for (Transcript t : snapshot.transcripts()) {
      byFile.put(t.file(), t);
    }
  }

  /** The graded paragraph ids of {@code query}, and a problem line for each judgment not found. */
  public Resolved resolve(JudgedQuery query) {
    Map<String, Integer> grades = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    for (Judgment judgment : query.judgments()) {
      Transcript transcript = byFile.get(judgment.file());
      if (transcript == null) {
        problems.add(query.id() + ": " + judgment.file() + ": no such transcript in the corpus");
        continue;
      }
      List<String> ids = find(transcript, normalise(judgment.match()));
      if (ids.size() != 1) {
        problems.add(
            query.id()
                + ": "
                + judgment.file()
                + ": '"
                + judgment.match()
                + "' is in "
                + ids.size()
                + " paragraphs, expected one");
        continue;
      }
      grades.merge(ids.get(0), judgment.grade(), Math::max);
    }
    return new Resolved(grades, problems);
  }

  private static List<String> find(Transcript transcript, String piece) {
    List<String> ids = new ArrayList<>();
    for (Paragraph p : transcript.paragraphs()) {
      String text = normalise(p.text());
      String label = p.turn().speakerLabel();
      if (text.contains(piece)
          || (label != null && normalise(label + ": " + p.text()).contains(piece))) {
        ids.add(transcript.paragraphId(p));
      }
    }
    return ids;
  }

  static String normalise(String text) {
    return SPACES.matcher(text).replaceAll(" ").strip();
  }

  /**
   * @param grades paragraph id to grade
   * @param problems judgments that name no paragraph, or more than one
   */
  public record Resolved(Map<String, Integer> grades, List<String> problems) {}
}
