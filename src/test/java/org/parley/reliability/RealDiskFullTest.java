package org.parley.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The disk-full case on a real file system: the index folder is a small tmpfs, mounted in a private
 * mount namespace ({@code unshare -rm}, no privileges needed where user namespaces are allowed;
 * skipped elsewhere), and {@code parley index} runs as people run it. The kernel's own ENOSPC must
 * come out as one clear line, the live generation must keep answering, and the same command must
 * succeed once the tmpfs is grown.
 */
@EnabledOnOs(OS.LINUX)
@Tag("integration")
class RealDiskFullTest {
  @TempDir Path tmp;

  @Test
  void the_command_line_rebuild_on_a_full_tmpfs_fails_clearly_and_succeeds_once_grown()
      throws Exception {
    assumeTrue(namespacesWork(), "unshare -rm with a tmpfs mount is not permitted here");
    Path small = tmp.resolve("small");
    Path big = tmp.resolve("big");
    SyntheticCorpus.write(small, Workspace.SEED, 5, 3, 1);
    SyntheticCorpus.write(big, Workspace.SEED, 240, 10, 1);
    Path config = Workspace.copyConfig(tmp.resolve("config"));
    Path index = Files.createDirectories(tmp.resolve("index"));

    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String parley =
        String.join(
            " ",
            quote(java),
            "-Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -cp",
            quote(System.getProperty("java.class.path")),
            "org.parley.cli.ParleyCommand");
    String common = " --index " + quote(index.toString()) + " --config " + quote(config.toString());
    String script =
        String.join(
            "\n",
            "mount -t tmpfs -o size=384k tmpfs " + quote(index.toString()) + " || exit 90",
            parley + " index --corpus " + quote(small.toString()) + common + " > /dev/null 2>&1",
            "echo STEP small=$?",
            parley + " index --force --corpus " + quote(big.toString()) + common + " 2>&1",
            "echo STEP full=$?",
            "echo STEP current=$(cat " + quote(index + "/CURRENT") + ")",
            "echo STEP folders=$(ls " + quote(index.toString()) + " | grep gen- | tr '\\n' ,)",
            parley
                + " search --index "
                + quote(index.toString())
                + " --size 1 ukraine > "
                + quote(tmp.resolve("search.out").toString())
                + " 2>&1",
            "echo STEP search=$?",
            "mount -o remount,size=64m " + quote(index.toString()) + " || exit 91",
            parley + " index --corpus " + quote(big.toString()) + common + " > /dev/null 2>&1",
            "echo STEP grown=$?",
            "echo STEP current=$(cat " + quote(index + "/CURRENT") + ")");
    Path scriptFile = tmp.resolve("disk-full.sh");
    Files.writeString(scriptFile, script + "\n", StandardCharsets.UTF_8);
    Process p =
        new ProcessBuilder("unshare", "-rm", "sh", scriptFile.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    System.out.println("real disk full:\n" + output);
    List<String> steps = new ArrayList<>();
    for (String line : output.split("\n")) {
      if (line.startsWith("STEP ")) {
        steps.add(line.substring(5));
      }
    }
    assertThat(p.exitValue()).as(output).isZero();
    assertThat(steps.get(0)).isEqualTo("small=0");
    assertThat(steps.get(1)).as(output).isNotEqualTo("full=0");
    assertThat(output)
        .contains("No space left on device")
        .contains("could not write generation gen-000002")
        .contains("the live generation gen-000001 is unchanged");
    assertThat(steps.get(2)).isEqualTo("current=gen-000001");
    assertThat(steps.get(3))
        .as("the partial generation is removed")
        .isEqualTo("folders=gen-000001,");
    assertThat(steps.get(4)).isEqualTo("search=0");
    assertThat(steps.get(5)).isEqualTo("grown=0");
    // The failed generation never went live, so its name is free again.
    assertThat(steps.get(6)).isEqualTo("current=gen-000002");
  }

  private static String quote(String s) {
    return "'" + s.replace("'", "'\\''") + "'";
  }

  private static boolean namespacesWork() {
    try {
      Process p =
          new ProcessBuilder(
                  "unshare", "-rm", "sh", "-c", "mount -t tmpfs -o size=64k tmpfs /mnt && echo ok")
              .redirectErrorStream(true)
              .start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0 && out.contains("ok");
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }
}
