package org.parley.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.parley.speakers.Role;

/**
 * Groups paragraphs into turns, recognises the moderator, links each answer to the question it
 * answers and each question to the answer it received.
 *
 * <p>A journalist's turn is a question, and so is the turn of a named participant who interviews an
 * official (mostly questions, each followed by an official's answer) or who asks from the floor
 * (one or two turns, asking a question of some length, each answered by an official). The turns
 * after it that are neither questions nor a moderator's carry that question, until the next
 * question; the first of them is the answer that question received. A spokesperson (or chair, or
 * host) who hands the floor to journalists but never takes a turn straight after a question is the
 * moderator of the event: "NATO Spokesperson:" at a NATO press conference moderates, while "MR
 * PRICE:" at a State Department briefing answers and stays an official.
 */
final class TurnLinker {
  private static final Pattern MODERATING_TITLE =
      Pattern.compile("spokes|moderat|chair|press secretary|host|presenter");

  /** A paragraph with who speaks it; {@code startsTurn} is false for continuation paragraphs. */
  record Spoken(
      String label, Speaker speaker, boolean startsTurn, String text, List<String> topics) {}

  private record Draft(String label, Speaker speaker, List<Spoken> paragraphs) {}

  /** An interviewer asks at least this many questions; one question is a guest's remark. */
  private static final int MIN_INTERVIEW_TURNS = 3;

  /** A question from the floor is longer than a greeting ("How are you?"). */
  private static final int MIN_QUESTION_CHARS = 80;

  private TurnLinker() {}

  /**
   * Builds the paragraphs, ordinals 1..n.
   *
   * @param findModerators whether to recognise moderators by their place in the exchange (off when
   *     the source states every role itself)
   */
  static List<Paragraph> link(List<Spoken> spoken, boolean findModerators) {
    List<Draft> drafts = drafts(spoken);
    if (findModerators) {
      Set<Speaker> questioners = questioners(drafts);
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        if (questioners.contains(d.speaker())) {
          Speaker s = d.speaker();
          drafts.set(
              i,
              new Draft(
                  d.label(),
                  new Speaker(s.name(), Role.JOURNALIST, s.outlet(), s.title()),
                  d.paragraphs()));
        }
      }
      Set<Speaker> moderators = moderators(drafts);
      for (int i = 0; i < drafts.size(); i++) {
        Draft d = drafts.get(i);
        if (moderators.contains(d.speaker())) {
          Speaker s = d.speaker();
          drafts.set(
              i,
              new Draft(
                  d.label(),
                  new Speaker(s.name(), Role.MODERATOR, s.outlet(), s.title()),
                  d.paragraphs()));
        }
      }
    }
    int count = drafts.size();
    Turn[] turns = new Turn[count];
    String[] texts = new String[count];
    Question[] answered = new Question[count];
    int[] firstOrdinal = new int[count];
    Question current = null;
    int ordinal = 1;
    for (int t = 0; t < count; t++) {
      Draft draft = drafts.get(t);
      Turn turn = new Turn(t + 1, draft.label(), draft.speaker(), isQuestion(draft.speaker()));
      turns[t] = turn;
      firstOrdinal[t] = ordinal;
      ordinal += draft.paragraphs().size();
      texts[t] = String.join("\n\n", draft.paragraphs().stream().map(Spoken::text).toList());
      if (turn.question()) {
        current = new Question(turn.number(), turn.speaker(), texts[t]);
      } else if (turn.speaker().role() != Role.MODERATOR
          && turn.speaker().role() != Role.EDITORIAL) {
        answered[t] = current;
      }
    }
    Answer[] answers = answers(turns, texts, answered, firstOrdinal);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int t = 0; t < count; t++) {
      for (Spoken p : drafts.get(t).paragraphs()) {
        paragraphs.add(
            new Paragraph(
                paragraphs.size() + 1, p.text(), turns[t], answered[t], answers[t], p.topics()));
      }
    }
    return paragraphs;
  }

  /**
   * The reverse of the question link: for each question turn, the first turn that answers it (the
   * first turn carrying it). A question followed by another before anyone answers, or ending the
   * transcript, has none.
   */
  private static Answer[] answers(
      Turn[] turns, String[] texts, Question[] answered, int[] firstOrdinal) {
    Answer[] answers = new Answer[turns.length];
    for (int t = 0; t < turns.length; t++) {
      Question q = answered[t];
      if (q != null && answers[q.turn() - 1] == null) {
        answers[q.turn() - 1] = new Answer(firstOrdinal[t], turns[t], texts[t]);
      }
    }
    return answers;
  }

  private static List<Draft> drafts(List<Spoken> spoken) {
    List<Draft> drafts = new ArrayList<>();
    for (Spoken p : spoken) {
      if (p.startsTurn() || drafts.isEmpty()) {
        drafts.add(new Draft(p.label(), p.speaker(), new ArrayList<>()));
      }
      drafts.get(drafts.size() - 1).paragraphs().add(p);
    }
    return drafts;
  }

  private static Set<Speaker> moderators(List<Draft> drafts) {
    Set<Speaker> titled = new HashSet<>();
    Set<Speaker> answers = new HashSet<>();
    boolean anyQuestion = false;
    for (int i = 0; i < drafts.size(); i++) {
      Speaker speaker = drafts.get(i).speaker();
      anyQuestion |= isQuestion(speaker);
      if (i > 0 && isQuestion(drafts.get(i - 1).speaker())) {
        answers.add(speaker);
      }
      if (soundsModerating(drafts.get(i).label()) || soundsModerating(speaker.title())) {
        titled.add(speaker);
      }
    }
    if (!anyQuestion) {
      return Set.of();
    }
    Set<Speaker> moderators = new HashSet<>(titled);
    moderators.removeAll(answers);
    moderators.removeIf(
        s ->
            s.role() == Role.JOURNALIST
                || s.role() == Role.MODERATOR
                || s.role() == Role.EDITORIAL);
    return moderators;
  }

  /**
   * Named participants without an office who interview officials: most of their turns ask a
   * question and an official answers each ("Megyn Kelly:" in an interview with the President of
   * Russia). Their turns are questions, so the answers after them link to them.
   */
  private static Set<Speaker> questioners(List<Draft> drafts) {
    Map<Speaker, int[]> counts = new HashMap<>();
    for (int i = 0; i < drafts.size(); i++) {
      Speaker speaker = drafts.get(i).speaker();
      if (speaker.role() != Role.PARTICIPANT || speaker.name() == null || speaker.title() != null) {
        continue;
      }
      int[] c = counts.computeIfAbsent(speaker, k -> new int[4]);
      c[0]++;
      if (drafts.get(i).paragraphs().stream().anyMatch(p -> p.text().contains("?"))) {
        c[1]++;
      }
      c[3] += drafts.get(i).paragraphs().stream().mapToInt(p -> p.text().length()).sum();
      if (i + 1 < drafts.size() && drafts.get(i + 1).speaker().role() == Role.OFFICIAL) {
        c[2]++;
      }
    }
    Set<Speaker> questioners = new HashSet<>();
    counts.forEach(
        (speaker, c) -> {
          boolean interviewer = c[0] >= MIN_INTERVIEW_TURNS && 2 * c[1] > c[0] && 2 * c[2] > c[0];
          // At a big news conference each journalist, often named without an outlet, speaks once
          // or twice (a greeting, then the question): a question of some length, every turn
          // answered by an official.
          boolean floorQuestioner =
              c[0] < MIN_INTERVIEW_TURNS && c[1] >= 1 && c[2] == c[0] && c[3] >= MIN_QUESTION_CHARS;
          if (interviewer || floorQuestioner) {
            questioners.add(speaker);
          }
        });
    return questioners;
  }

  private static boolean soundsModerating(String text) {
    return text != null && MODERATING_TITLE.matcher(text.toLowerCase(Locale.ROOT)).find();
  }

  private static boolean isQuestion(Speaker speaker) {
    return speaker.role() == Role.JOURNALIST;
  }
}
