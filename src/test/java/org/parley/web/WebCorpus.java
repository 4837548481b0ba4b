package org.parley.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The corpus the browser tests search: the bundled NATO sample (three paragraphs say "dual-track
 * approach") plus three short transcripts on other dates, by other speakers, one of them hostile
 * (markup and a script in its title and text, which must stay text).
 */
final class WebCorpus {
  /** A word only the hostile paragraph contains. */
  static final String HOSTILE_WORD = "zebracorn";

  private static final Map<String, String> EXTRA =
      Map.of(
          "state/2022-02-18-blinken-munich.txt",
          """
          Secretary Blinken at a Press Availability

          by Secretary of State Antony J. Blinken at the Munich Security Conference

          18 Feb. 2022 -

          (As delivered)

          Good morning. We continue to pursue diplomacy with Russia while we prepare for every contingency around Ukraine.

          Our Allies and partners have offered Moscow a serious path on arms control and transparency, on a reciprocal basis.

          Anna Weber (Reuters): Mr Secretary, do you still believe an invasion of Ukraine can be prevented?

          SECRETARY BLINKEN: We will keep every door to diplomacy open until the tanks are actually rolling. Ukraine deserves nothing less, and our unity with Allies is the strongest message to Moscow.
          """,
          "nato/2023-06-14-geoana-press-point.txt",
          """
          Press point

          by NATO Deputy Secretary General Mircea Geoana following the meeting of NATO Defence Ministers

          14 Jun. 2023 -

          Allies agreed today to step up support for Ukraine with more air defence and ammunition.

          We also reviewed our deterrence and defence posture on the eastern flank.
          """,
          "nato/2024-11-05-rutte-partners.txt",
          """
          Joint press conference <i>with</i> partners

          by NATO Secretary General Mark Rutte following talks with partners

          05 Nov. 2024 -

          Support for Ukraine will continue through the winter, and Allies will deliver what they have promised.

          The zebracorn protocol <img src=x onerror="window.parleyPwned=1"> was discussed with <script>window.parleyPwned=2</script> all partners & friends.

          We will meet again in the spring.
          """);

  private WebCorpus() {}

  /** Writes the corpus under {@code dir} and returns it. */
  static Path write(Path dir) throws IOException {
    Path sample = Path.of("corpus");
    try (Stream<Path> files = Files.walk(sample)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        Path target = dir.resolve(sample.relativize(file).toString());
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
      }
    }
    for (Map.Entry<String, String> e : EXTRA.entrySet()) {
      Path target = dir.resolve(e.getKey());
      Files.createDirectories(target.getParent());
      Files.writeString(target, e.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }
}
