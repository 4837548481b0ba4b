package org.parley.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.web.ServerRenderedPagesTest.between;
import static org.parley.web.ServerRenderedPagesTest.hit;
import static org.parley.web.ServerRenderedPagesTest.query;
import static org.parley.web.ServerRenderedPagesTest.response;
import static org.parley.web.ServerRenderedPagesTest.tagNames;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.parley.http.page.PageQuery;
import org.parley.http.page.SearchPage;
import org.parley.search.ExchangeScope;

/** The page's choice of where to look, and a question's answer under its hit, without a script. */
class ExchangePanelPageTest {
  @Test
  void the_choice_of_where_to_look_is_part_of_the_form_and_of_the_url() {
    PageQuery state = query("q", "Kazakhstan", "in", "questions");
    assertThat(state.scope()).isEqualTo(ExchangeScope.QUESTIONS);
    assertThat(state.request().scope()).isEqualTo(ExchangeScope.QUESTIONS);
    assertThat(state.params().toString()).isEqualTo("q=Kazakhstan&in=questions");
    assertThat(query("q", "Kazakhstan", "in", "all").params().toString()).isEqualTo("q=Kazakhstan");

    String html = SearchPage.render(state, response(hit("doc-1-p2", "x")), null, null);
    assertThat(html)
        .contains("name=\"in\" value=\"questions\" checked=\"\"")
        .contains("name=\"in\" value=\"answers\">")
        .contains("<label for=\"in-all\">everywhere</label>");
  }

  @Test
  void a_bad_choice_is_a_message_and_the_search_looks_everywhere() {
    PageQuery state = PageQuery.parse(Map.of("q", List.of("x"), "in", List.of("bogus")));
    assertThat(state.error()).contains("in must be one of");
    assertThat(state.scope()).isEqualTo(ExchangeScope.ALL);
  }

  @Test
  void a_question_shows_who_answered_and_how_escaped_and_linked_to_the_answer_in_context() {
    String html = SearchPage.render(query("q", "x"), response(hit("doc-1-p2", "x")), null, null);
    String answer = between(html, "<p class=\"answer\">", "</p>");
    assertThat(tagNames(answer)).containsOnly("q", "a");
    assertThat(answer)
        .startsWith("Answered by &lt;img src=x onerror=&quot;window.parleyPwned=1&quot;&gt;")
        .contains("<a href=\"/p/doc-1-p2-answer\">Answer in context</a>");
  }
}
