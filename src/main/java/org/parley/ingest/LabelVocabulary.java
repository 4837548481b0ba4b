package org.parley.ingest;

import java.util.Set;
import org.parley.speakers.SpeakerNames;

/**
 * The fixed English words that label detection and speaker resolution rely on. All entries are
 * {@link SpeakerNames#key} forms (lower case, no accents or dots).
 */
final class LabelVocabulary {
  /** Labels for whoever asks from the floor ("QUESTION:", "Q:"): a journalist, name unknown. */
  static final Set<String> QUESTION_LABELS =
      Set.of(
          "question",
          "questions",
          "q",
          "journalist",
          "reporter",
          "correspondent",
          "audience question",
          "audience member",
          "press");

  /** Labels for the answer in a Q/A layout ("A:"). */
  static final Set<String> ANSWER_LABELS = Set.of("a", "answer", "response");

  /** Labels for whoever hands out the floor. */
  static final Set<String> MODERATOR_LABELS =
      Set.of(
          "moderator",
          "chair",
          "chairperson",
          "chairman",
          "chairwoman",
          "host",
          "operator",
          "presenter",
          "mc",
          "master of ceremonies");

  /** Labels for others on the record. */
  static final Set<String> PARTICIPANT_LABELS =
      Set.of(
          "participant",
          "audience",
          "panellist",
          "panelist",
          "guest",
          "student",
          "interpreter",
          "speaker",
          "remark",
          "comment",
          "aide",
          "staff",
          "voice",
          "voices",
          "unidentified speaker",
          "audience members",
          "participants");

  /**
   * Words that make a capitalised phrase a title rather than a sentence opening: offices, ranks,
   * honorifics. A label containing one is a speaker label even if nobody is registered under it.
   */
  static final Set<String> TITLE_WORDS =
      Set.of(
          "secretary",
          "general",
          "deputy",
          "under",
          "assistant",
          "spokesperson",
          "spokesman",
          "spokeswoman",
          "minister",
          "prime",
          "president",
          "vice",
          "chancellor",
          "ambassador",
          "representative",
          "envoy",
          "commissioner",
          "chair",
          "chairman",
          "chairwoman",
          "chairperson",
          "director",
          "commander",
          "admiral",
          "colonel",
          "lieutenant",
          "captain",
          "senator",
          "congressman",
          "congresswoman",
          "governor",
          "mayor",
          "king",
          "queen",
          "prince",
          "princess",
          "sheikh",
          "emir",
          "official",
          "officials",
          "counselor",
          "counsellor",
          "adviser",
          "advisor",
          "coordinator",
          "administrator",
          "attorney",
          "moderator",
          "host",
          "interpreter",
          "operator",
          "mr",
          "mrs",
          "ms",
          "miss",
          "dr",
          "prof",
          "professor",
          "sir",
          "dame",
          "lord",
          "lady",
          "excellency",
          "hon",
          "honourable",
          "honorable",
          "amb",
          "gen",
          "hr/vp",
          "hrvp",
          "sg",
          "dsg",
          "head",
          "chief",
          "premier",
          "foreign",
          "defence",
          "defense",
          "spokespersons",
          "senior",
          "acting",
          "permanent",
          "high",
          "taoiseach",
          "tanaiste",
          "leader",
          "sultan",
          "crown",
          "rapporteur",
          "delegate",
          "consul",
          "justice",
          "judge",
          "marshal",
          "officer",
          "pope",
          "cardinal",
          "patriarch",
          "archbishop",
          "bishop",
          "rabbi",
          "reverend",
          "rev",
          "gov",
          "sen",
          "rep",
          "secretary general");

  /** Honorifics: followed by a surname, they name a person, never an office. */
  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "mx");

  /** Lower-case words allowed inside titles and names ("Secretary of State", "von der Leyen"). */
  static final Set<String> CONNECTIVES =
      Set.of(
          "of", "the", "for", "to", "and", "on", "de", "da", "del", "della", "di", "do", "dos",
          "du", "la", "le", "van", "von", "der", "den", "ter", "al", "el", "bin", "ibn", "y", "e");

  /** Name particles that belong to the surname that follows them. */
  static final Set<String> NAME_PARTICLES =
      Set.of(
          "de", "da", "del", "della", "di", "do", "dos", "du", "la", "le", "van", "von", "der",
          "den", "ter", "al", "el", "bin", "ibn");

  /**
   * Capitalised words that open sentences, headings or web chrome, never a speaker label: "Then
   * Kazakhstan:", "On arms control:", "Note:", "Last updated:".
   */
  static final Set<String> SENTENCE_OPENERS =
      Set.of(
          "on",
          "in",
          "at",
          "and",
          "but",
          "then",
          "so",
          "first",
          "firstly",
          "second",
          "secondly",
          "third",
          "thirdly",
          "finally",
          "lastly",
          "this",
          "that",
          "these",
          "those",
          "our",
          "we",
          "my",
          "i",
          "it",
          "as",
          "with",
          "from",
          "to",
          "next",
          "also",
          "now",
          "today",
          "here",
          "there",
          "for",
          "if",
          "when",
          "why",
          "how",
          "what",
          "which",
          "who",
          "because",
          "yes",
          "no",
          "well",
          "thank",
          "thanks",
          "please",
          "let",
          "dear",
          "ladies",
          "gentlemen",
          "example",
          "note",
          "notes",
          "update",
          "updated",
          "source",
          "sources",
          "photo",
          "video",
          "audio",
          "transcript",
          "subject",
          "re",
          "topic",
          "topics",
          "date",
          "time",
          "place",
          "location",
          "language",
          "tags",
          "keywords",
          "last",
          "http",
          "https",
          "www",
          "summary",
          "agenda",
          "context",
          "caption",
          "warning",
          "disclaimer",
          "copyright",
          "contact",
          "correction",
          "editor",
          "editors",
          "all",
          "every",
          "each",
          "some",
          "one",
          "two",
          "three",
          "after",
          "before",
          "during",
          "following",
          "since",
          "until",
          "read",
          "see",
          "related",
          "share",
          "print",
          "email",
          "embargo",
          "embargoed",
          "end",
          "ends",
          "important",
          "breaking",
          "live",
          "watch",
          "listen",
          "download",
          "menu",
          "search",
          "home",
          "quote",
          "unquote",
          "a",
          "an",
          "mis",
          "derniere",
          "mise",
          "jour",
          "bottom");

  /**
   * Words that do not occur in personal names, so that "Arms Control:" or "NATO Allies:" is not
   * taken for a person's name (titles may still contain them).
   */
  static final Set<String> NOT_NAME_WORDS =
      Set.of(
          "the",
          "of",
          "remarks",
          "statement",
          "opening",
          "closing",
          "background",
          "council",
          "committee",
          "assembly",
          "affairs",
          "policy",
          "security",
          "summit",
          "meeting",
          "conference",
          "briefing",
          "session",
          "answers",
          "key",
          "points",
          "priorities",
          "message",
          "situation",
          "control",
          "arms",
          "article",
          "treaty",
          "nato",
          "alliance",
          "allies",
          "europe",
          "russia",
          "ukraine",
          "news",
          "press",
          "release",
          "releases",
          "speech",
          "speeches",
          "interview",
          "interviews",
          "transcripts",
          "line",
          "more",
          "questions",
          "part",
          "section",
          "chapter",
          "day",
          "week",
          "year",
          "minutes",
          "hours");

  /** Words that turn an ALL-CAPS phrase into a sentence ("THE ANSWER IS:"). */
  static final Set<String> VERBS =
      Set.of(
          "is", "are", "was", "were", "be", "been", "will", "would", "shall", "should", "can",
          "could", "may", "must", "have", "has", "had", "do", "does", "did", "remains", "remain",
          "said", "says", "say", "think", "believe", "want", "need", "agree", "agreed");

  private LabelVocabulary() {}

  static boolean isTitleWord(String word) {
    return TITLE_WORDS.contains(SpeakerNames.key(word));
  }

  /** Whether {@code word} can be part of a personal name. */
  static boolean canBeInName(String word) {
    String key = SpeakerNames.key(word);
    return !SENTENCE_OPENERS.contains(key) && !NOT_NAME_WORDS.contains(key);
  }

  static boolean isRoleLabel(String key) {
    return QUESTION_LABELS.contains(key)
        || ANSWER_LABELS.contains(key)
        || MODERATOR_LABELS.contains(key)
        || PARTICIPANT_LABELS.contains(key);
  }
}
