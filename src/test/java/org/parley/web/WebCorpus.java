package org.parley.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.parley.testing.TestCorpus;

/**
 * The corpus the browser tests search: the real NATO press conference of 7 January 2022 (three
 * paragraphs say "dual-track approach") plus three short invented transcripts on other dates, by
 * plainly fictional people of a fictional country, one of them hostile (markup and a script in its
 * title and text, which must stay text).
 */
final class WebCorpus {
  /** A word only the hostile paragraph contains. */
  static final String HOSTILE_WORD = "zebracorn";

  /** The fictional minister of the 2022 transcript, a speaker facet value. */
  static final String MINISTER = "Ada Testington";

  private static final Map<String, String> EXTRA =
      Map.of(
          "examplestan/2022-02-18-testington-press-availability.txt",
          """
          Foreign Minister Testington at a Press Availability

          by Foreign Minister Ada Testington of the Republic of Examplestan at the Test Security Conference

          18 Feb. 2022 -

          (As delivered)

          Good morning. We continue to pursue diplomacy with Russia while we prepare for every contingency around Ukraine.

          Our partners have offered a serious path on arms control and transparency, on a reciprocal basis.

          Anna Testwell (Example News): Minister, do you still believe an invasion of Ukraine can be prevented?

          MINISTER TESTINGTON: We will keep every door to diplomacy open. Ukraine deserves nothing less, and our unity with partners is the strongest message we can send.
          """,
          "examplestan/2023-06-14-testerson-press-point.txt",
          """
          Press point

          by Defence Minister Bo Testerson of the Republic of Examplestan following the meeting of the Examplestan Defence Council

          14 Jun. 2023 -

          The council agreed today to step up support for Ukraine with more air defence and ammunition.

          We also reviewed our deterrence and defence posture on the eastern border.
          """,
          "examplestan/2024-11-05-testova-partners.txt",
          """
          Joint press conference <i>with</i> partners

          by Prime Minister Cy Testova of the Republic of Examplestan following talks with partners

          05 Nov. 2024 -

          Support for Ukraine will continue through the winter, and Examplestan will deliver what it has promised.

          The zebracorn protocol <img src=x onerror="window.parleyPwned=1"> was discussed with <script>window.parleyPwned=2</script> all partners & friends.

          We will meet again in the spring.
          """);

  private WebCorpus() {}

  /** Writes the corpus under {@code dir} and returns it. */
  static Path write(Path dir) throws IOException {
    TestCorpus.in(dir).withNatoTranscript();
    for (Map.Entry<String, String> e : EXTRA.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }
}
