package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link RequestSample} and {@link RequestSampleFile}: what is kept, and how it is read back. */
class RequestSampleTest {
  @TempDir Path tmp;

  @Test
  void keeps_every_request_until_full_then_a_sample_in_proportion_to_the_traffic() {
    RequestSample sample = new RequestSample(100);
    sample.offer("/api/search?q=nato");
    sample.offer("/api/suggest?q=nat");
    assertThat(sample.requests()).containsExactly("/api/search?q=nato", "/api/suggest?q=nat");

    // 9 in 10 of the next 20,000 searches are for one word: about 9 in 10 of the sample is too.
    for (int i = 0; i < 20_000; i++) {
      sample.offer(i % 10 == 0 ? "/api/search?q=rare" + i : "/api/search?q=frequent");
    }
    List<String> kept = sample.requests();
    assertThat(kept).hasSize(100);
    assertThat(sample.seen()).isEqualTo(20_002);
    assertThat(Collections.frequency(kept, "/api/search?q=frequent")).isBetween(70, 100);
  }

  @Test
  void keeps_only_searches_suggestions_and_phrase_histories_that_a_request_line_can_carry() {
    RequestSample sample = new RequestSample(10);
    sample.offer("/api/search");
    sample.offer("/api/phrase?q=%22open+door%22");
    sample.offer("/api/export?q=nato&format=csv");
    sample.offer("/api/paragraphs/doc-1-p2");
    sample.offer("/api/searches?q=nato");
    sample.offer("/api/search?q=a b");
    sample.offer("/api/search?q=line\r\nHost: elsewhere");
    sample.offer("/api/search?q=caf\u00e9");
    sample.offer("/api/search?q=" + "x".repeat(RequestSample.MAX_TARGET_CHARS));
    assertThat(sample.requests()).containsExactly("/api/search", "/api/phrase?q=%22open+door%22");
  }

  @Test
  void a_sample_of_no_requests_keeps_none() {
    RequestSample none = new RequestSample(0);
    none.offer("/api/search?q=nato");
    assertThat(none.requests()).isEmpty();
  }

  @Test
  void the_file_holds_the_sample_and_is_read_back_up_to_the_size_asked() throws Exception {
    RequestSample sample = new RequestSample(10);
    sample.offer("/api/search?q=nato");
    sample.offer("/api/search?q=arms+control&topic=arms+control");
    sample.offer("/api/suggest?q=kaz");
    RequestSampleFile file = RequestSampleFile.in(tmp);
    file.write(sample);

    assertThat(file.path()).hasFileName(RequestSampleFile.NAME);
    assertThat(file.read(10))
        .containsExactly(
            "/api/search?q=nato",
            "/api/search?q=arms+control&topic=arms+control",
            "/api/suggest?q=kaz");
    assertThat(file.read(2)).hasSize(2);
    assertThat(Files.list(tmp)).as("no temporary file is left").hasSize(1);
  }

  @Test
  void an_empty_sample_leaves_the_last_file_as_it_was() throws Exception {
    RequestSampleFile file = RequestSampleFile.in(tmp);
    RequestSample earlier = new RequestSample(10);
    earlier.offer("/api/search?q=nato");
    file.write(earlier);
    file.write(new RequestSample(10));
    assertThat(file.read(10)).containsExactly("/api/search?q=nato");
  }

  @Test
  void lines_that_are_not_searches_to_replay_are_skipped_and_a_bad_file_is_no_sample()
      throws Exception {
    RequestSampleFile file = RequestSampleFile.in(tmp);
    assertThat(file.read(10)).as("no file yet").isEmpty();

    Files.writeString(
        file.path(),
        "/api/search?q=nato\n\n/api/export?q=nato\nGET /api/search?q=x HTTP/1.1\n/api/suggest?q=ka\n",
        StandardCharsets.UTF_8);
    assertThat(file.read(10)).containsExactly("/api/search?q=nato", "/api/suggest?q=ka");

    Files.write(file.path(), new byte[] {'/', 'a', (byte) 0xC3, (byte) 0x28, '\n'});
    assertThat(file.read(10)).as("not UTF-8").isEmpty();

    Files.delete(file.path());
    Files.createDirectory(file.path());
    assertThat(file.read(10)).as("a folder in its place").isEmpty();
  }
}
