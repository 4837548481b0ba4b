package org.parley.http.page;

import org.parley.search.ExchangeScope;
import org.parley.search.Hit;

/**
 * The search page's parts for question and answer exchanges: the choice of where to look (in
 * questions, in answers, everywhere: the {@code in} parameter) and, under a question's hit, who
 * answered and how the answer begins, linked to the answer's permalink. The script builds the same
 * (app.js, {@code answerLine}).
 */
final class ExchangePanel {
  private ExchangePanel() {}

  /** Radio buttons named {@code in}, part of the page's GET form; "everywhere" by default. */
  static void scopeChoice(Html html, ExchangeScope current) {
    html.raw("<fieldset class=\"exchange\"><legend>Look</legend>");
    option(html, ExchangeScope.QUESTIONS, "in questions", current);
    option(html, ExchangeScope.ANSWERS, "in answers", current);
    option(html, ExchangeScope.ALL, "everywhere", current);
    html.raw("</fieldset>");
  }

  /** Under a question: "Answered by …: “first lines”", linked in context; nothing otherwise. */
  static void answer(Html html, Hit hit) {
    Hit.AnswerRef answer = hit.answer();
    if (answer == null) {
      return;
    }
    String who = answer.speaker() != null ? answer.speaker() : "the podium";
    html.raw("<p class=\"answer\">")
        .text("Answered by " + who + ": ")
        .element("q", answer.text())
        .raw(" ")
        .element("a", "Answer in context", "href", PageLayout.permalink(answer.id()))
        .raw("</p>");
  }

  private static void option(Html html, ExchangeScope scope, String label, ExchangeScope current) {
    String id = "in-" + scope.param();
    html.open(
            "input",
            "type",
            "radio",
            "id",
            id,
            "name",
            "in",
            "value",
            // Blank is the default, everywhere, so a submitted form leaves it out of the URL.
            scope == ExchangeScope.ALL ? "" : scope.param(),
            "checked",
            scope == current ? "" : null)
        .element("label", label, "for", id);
  }
}
