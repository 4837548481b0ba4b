package org.parley.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learns acronyms where a text defines them: a long form followed by its acronym in parentheses,
 * "the Conventional Armed Forces in Europe (CFE) Treaty", "enhanced Forward Presence (eFP)". The
 * long form is the shortest run of words before the parenthesis whose initials spell the acronym,
 * where small words ("of", "and", "the") may be skipped or count. Not thread-safe: one per build.
 */
public final class AcronymLearner {
  private static final Pattern DEFINED =
      Pattern.compile(
          "\\(\\s*([A-Za-z][A-Za-z&]{1," + (AcronymTable.MAX_LETTERS - 1) + "})\\s*\\)");
  private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}\\p{M}'’\\-]*");
  private static final Set<String> SMALL_WORDS =
      Set.of("of", "and", "the", "for", "in", "on", "to", "de", "la", "du", "des", "et", "&");

  /** Long forms seen fewer times than this are kept only when the acronym has no other. */
  private static final int KEEP_ALL_ABOVE = 2;

  private final Map<String, Map<String, Integer>> counts = new HashMap<>();

  /** Looks for definitions in one text. */
  public void add(String text) {
    if (text.indexOf('(') < 0) {
      return;
    }
    Matcher m = DEFINED.matcher(text);
    while (m.find()) {
      String acronym = m.group(1);
      if (uppercaseLetters(acronym) < 2) {
        continue;
      }
      String longForm = longForm(text.substring(Math.max(0, m.start() - 200), m.start()), acronym);
      if (longForm != null) {
        counts
            .computeIfAbsent(AcronymTable.key(acronym), k -> new HashMap<>())
            .merge(longForm, 1, Integer::sum);
      }
    }
  }

  /** What was learned: per acronym its most frequent long forms (case folded). */
  public AcronymTable table() {
    Map<String, List<String>> map = new HashMap<>();
    counts.forEach(
        (acronym, forms) -> {
          Map<String, String> byFolded = new HashMap<>();
          Map<String, Integer> folded = new HashMap<>();
          forms.forEach(
              (form, n) -> {
                String key = form.toLowerCase(Locale.ROOT);
                byFolded.putIfAbsent(key, form);
                folded.merge(key, n, Integer::sum);
              });
          List<String> kept =
              folded.entrySet().stream()
                  .sorted((a, b) -> b.getValue() - a.getValue())
                  .filter(e -> e.getValue() >= KEEP_ALL_ABOVE || folded.size() == 1)
                  .limit(3)
                  .map(e -> byFolded.get(e.getKey()))
                  .toList();
          if (!kept.isEmpty()) {
            map.put(acronym, kept);
          }
        });
    return AcronymTable.learned(map);
  }

  /** The shortest run of words ending {@code before} whose initials spell {@code acronym}. */
  static String longForm(String before, String acronym) {
    List<String> words = new ArrayList<>();
    Matcher w = WORD.matcher(before);
    while (w.find()) {
      words.add(w.group());
    }
    String letters = acronym.replace("&", "").toLowerCase(Locale.ROOT);
    int maxWords = Math.min(words.size(), 2 * letters.length() + 2);
    for (int n = 2; n <= maxWords; n++) {
      List<String> run = words.subList(words.size() - n, words.size());
      if (SMALL_WORDS.contains(run.get(0).toLowerCase(Locale.ROOT))) {
        continue; // "the Conventional ..." starts at "Conventional"
      }
      if (spells(run, 0, letters, 0)) {
        return String.join(" ", run);
      }
    }
    return null;
  }

  /** Whether words from {@code wi} on spell letters from {@code li} on; small words may skip. */
  private static boolean spells(List<String> words, int wi, String letters, int li) {
    if (wi == words.size()) {
      return li == letters.length();
    }
    String word = words.get(wi);
    String lower = word.toLowerCase(Locale.ROOT);
    boolean small = SMALL_WORDS.contains(lower);
    if (li < letters.length() && lower.charAt(0) == letters.charAt(li)) {
      // A hyphenated word may give one letter ("Co-operation") or one per part
      // ("Non-Proliferation").
      if (spells(words, wi + 1, letters, li + 1)) {
        return true;
      }
      String[] parts = lower.split("-");
      if (parts.length > 1) {
        int k = li;
        for (String part : parts) {
          if (!part.isEmpty() && k < letters.length() && part.charAt(0) == letters.charAt(k)) {
            k++;
          } else {
            k = -1;
            break;
          }
        }
        if (k > li + 1 && spells(words, wi + 1, letters, k)) {
          return true;
        }
      }
    }
    return small && spells(words, wi + 1, letters, li);
  }

  private static int uppercaseLetters(String s) {
    return (int) s.chars().filter(Character::isUpperCase).count();
  }
}
