package org.parley.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.util.BytesRef;
import org.junit.jupiter.api.Test;

class MarkPassageFormatterTest {
  private static Passage passage(int start, int end, int... matches) {
    Passage p = new Passage();
    p.setStartOffset(start);
    p.setEndOffset(end);
    for (int i = 0; i < matches.length; i += 2) {
      p.addMatch(matches[i], matches[i + 1], new BytesRef("x"), 1);
    }
    return p;
  }

  @Test
  void text_is_escaped_and_only_marks_are_markup() {
    String content = "<script>alert(1)</script> NATO & \"allies\"";
    int nato = content.indexOf("NATO");
    String out =
        (String)
            new MarkPassageFormatter()
                .format(new Passage[] {passage(0, content.length(), nato, nato + 4)}, content);
    assertThat(out)
        .isEqualTo(
            "&lt;script&gt;alert(1)&lt;/script&gt; <mark>NATO</mark> &amp; &quot;allies&quot;");
  }

  @Test
  void hyphen_joined_matches_are_marked_as_one_unit() {
    String content = "our dual-track approach to Russia";
    int dual = content.indexOf("dual");
    int track = content.indexOf("track");
    int approach = content.indexOf("approach");
    String out =
        (String)
            new MarkPassageFormatter()
                .format(
                    new Passage[] {
                      passage(
                          0,
                          content.length(),
                          dual,
                          dual + 4,
                          track,
                          track + 5,
                          approach,
                          approach + 8)
                    },
                    content);
    assertThat(out).isEqualTo("our <mark>dual-track approach</mark> to Russia");
  }

  @Test
  void a_passage_cut_from_a_longer_paragraph_gets_ellipses() {
    String content = "First sentence. Second sentence has NATO. Third sentence.";
    int start = content.indexOf("Second");
    int end = content.indexOf("Third");
    int nato = content.indexOf("NATO");
    String out =
        (String)
            new MarkPassageFormatter()
                .format(new Passage[] {passage(start, end, nato, nato + 4)}, content);
    assertThat(out).isEqualTo("\u2026 Second sentence has <mark>NATO</mark>. \u2026");
  }

  @Test
  void a_literal_escaped_mark_in_the_text_stays_literal() {
    String content = "&lt;mark&gt; and </mark>";
    String out =
        (String)
            new MarkPassageFormatter()
                .format(new Passage[] {passage(0, content.length())}, content);
    assertThat(out).isEqualTo("&amp;lt;mark&amp;gt; and &lt;/mark&gt;");
  }
}
