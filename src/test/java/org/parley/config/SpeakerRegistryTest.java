package org.parley.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.speakers.SpeakerPerson;
import org.parley.speakers.SpeakerRegistry;

class SpeakerRegistryTest {
  private static final SpeakerRegistry SHIPPED =
      SpeakerRegistryLoader.load(Path.of("index-config/speakers.yaml"));

  @TempDir Path dir;

  private static String name(java.util.Optional<SpeakerPerson> person) {
    return person.map(SpeakerPerson::name).orElse(null);
  }

  @Test
  void secretary_general_title_resolves_by_date() {
    assertThat(name(SHIPPED.holderOf("NATO Secretary General", LocalDate.of(2022, 1, 7), null)))
        .isEqualTo("Jens Stoltenberg");
    assertThat(name(SHIPPED.holderOf("NATO Secretary General", LocalDate.of(2025, 6, 1), null)))
        .isEqualTo("Mark Rutte");
    assertThat(name(SHIPPED.holderOf("NATO Secretary General", LocalDate.of(2024, 9, 30), null)))
        .isEqualTo("Jens Stoltenberg");
    assertThat(name(SHIPPED.holderOf("NATO Secretary General", LocalDate.of(2024, 10, 1), null)))
        .isEqualTo("Mark Rutte");
  }

  @Test
  void shared_title_needs_the_organisation_to_break_the_tie() {
    LocalDate date = LocalDate.of(2023, 5, 10);
    assertThat(SHIPPED.holderOf("SECRETARY-GENERAL", date, null)).isEmpty();
    assertThat(name(SHIPPED.holderOf("SECRETARY-GENERAL", date, "UN")))
        .isEqualTo("António Guterres");
    assertThat(name(SHIPPED.holderOf("Secretary General", date, "NATO")))
        .isEqualTo("Jens Stoltenberg");
  }

  @Test
  void name_variants_name_one_person() {
    LocalDate date = LocalDate.of(2022, 3, 1);
    for (String variant :
        new String[] {"Antony J. Blinken", "SECRETARY BLINKEN", "Secretary Blinken", "Blinken"}) {
      assertThat(name(SHIPPED.named(variant, date, null))).as(variant).isEqualTo("Antony Blinken");
    }
    assertThat(name(SHIPPED.named("ANTONIO GUTERRES", date, null))).isEqualTo("António Guterres");
  }

  @Test
  void surname_resolves_only_in_office_on_the_date() {
    assertThat(name(SHIPPED.bySurname("PRICE", LocalDate.of(2022, 1, 24), null)))
        .isEqualTo("Ned Price");
    assertThat(SHIPPED.bySurname("PRICE", LocalDate.of(2019, 1, 24), null)).isEmpty();
    assertThat(SHIPPED.bySurname("PRICE", LocalDate.of(2022, 1, 24), "NATO")).isEmpty();
  }

  @Test
  void folder_names_are_organisation_aliases() {
    assertThat(SHIPPED.organisation("nato")).contains("NATO");
    assertThat(SHIPPED.organisation("state")).contains("US State Department");
    assertThat(SHIPPED.organisation("un")).contains("UN");
    assertThat(SHIPPED.organisation("eu")).contains("EU");
  }

  @Test
  void shipped_registry_titles_a_person_by_the_office_then_held() {
    SpeakerPerson blinken = SHIPPED.named("Antony Blinken", LocalDate.of(2016, 1, 1), null).get();
    assertThat(SHIPPED.titleOn(blinken, LocalDate.of(2016, 1, 1)))
        .contains("Deputy Secretary of State");
    assertThat(SHIPPED.titleOn(blinken, LocalDate.of(2022, 1, 1))).contains("Secretary of State");
    assertThat(SHIPPED.titleOn(blinken, LocalDate.of(2019, 1, 1))).isEmpty();
  }

  @Test
  void bad_date_is_reported_with_file_and_key_path() throws IOException {
    Path file =
        write(
            """
            organisations: [{name: NATO}]
            offices: [{title: NATO Spokesperson, organisation: NATO}]
            persons:
              - name: Test Speaker
                organisation: NATO
                terms:
                  - office: NATO Spokesperson
                    from: 2010-11-01
              - name: Somebody Else
                organisation: NATO
                terms:
                  - office: NATO Spokesperson
                    from: 01/11/2010
            """);
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(file))
        .isInstanceOf(SpeakerRegistryException.class)
        .hasMessageStartingWith("speakers.yaml: persons[1].terms[0].from: not an ISO date");
  }

  @Test
  void unknown_key_is_rejected_naming_its_path() throws IOException {
    Path file =
        write(
            """
            organisations: [{name: NATO}]
            persons:
              - name: Test Speaker
                organisation: NATO
                nickname: Testy
            """);
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(file))
        .isInstanceOf(SpeakerRegistryException.class)
        .hasMessageStartingWith("speakers.yaml: persons[0].nickname: unknown key");
  }

  @Test
  void undeclared_office_and_organisation_are_rejected() throws IOException {
    Path office =
        write(
            """
            organisations: [{name: NATO}]
            persons:
              - name: Test Speaker
                organisation: NATO
                terms: [{office: NATO Spokesperson, from: 2010-11-01}]
            """);
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(office))
        .hasMessage(
            "speakers.yaml: persons[0].terms[0].office: 'NATO Spokesperson' is not declared");
    Path organisation =
        write(
            """
            persons:
              - name: Test Speaker
                organisation: NATO
            """);
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(organisation))
        .hasMessage("speakers.yaml: persons[0].organisation: 'NATO' is not declared");
  }

  @Test
  void term_ending_before_it_starts_and_bad_role_are_rejected() throws IOException {
    Path term =
        write(
            """
            organisations: [{name: NATO}]
            offices: [{title: NATO Spokesperson, organisation: NATO}]
            persons:
              - name: Test Speaker
                organisation: NATO
                terms: [{office: NATO Spokesperson, from: 2010-11-01, to: 2009-01-01}]
            """);
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(term))
        .hasMessageStartingWith("speakers.yaml: persons[0].terms[0].to: 2009-01-01 is before");
    Path role =
        write(
            """
            organisations: [{name: NATO}]
            persons: [{name: Test Speaker, organisation: NATO, role: spokesperson}]
            """);
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(role))
        .hasMessageStartingWith("speakers.yaml: persons[0].role: unknown role 'spokesperson'");
  }

  @Test
  void missing_file_is_an_error_naming_it() {
    assertThatThrownBy(() -> SpeakerRegistryLoader.load(dir.resolve("speakers.yaml")))
        .hasMessage("speakers.yaml: file not found");
  }

  @Test
  void empty_registry_knows_nobody() {
    assertThat(SpeakerRegistry.empty().persons()).isEmpty();
    assertThat(SpeakerRegistry.empty().named("Jens Stoltenberg", LocalDate.now(), null)).isEmpty();
  }

  private Path write(String yaml) throws IOException {
    Path file = dir.resolve("speakers.yaml");
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }
}
