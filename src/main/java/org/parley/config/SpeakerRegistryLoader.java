package org.parley.config;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.parley.speakers.Role;
import org.parley.speakers.SpeakerNames;
import org.parley.speakers.SpeakerOffice;
import org.parley.speakers.SpeakerOrganisation;
import org.parley.speakers.SpeakerPerson;
import org.parley.speakers.SpeakerRegistry;
import org.parley.speakers.SpeakerTerm;

/**
 * Reads {@code speakers.yaml}. The file has three lists:
 *
 * <pre>
 * organisations:            # name, plus aliases such as corpus folder names
 *   - name: NATO
 *     aliases: [nato, North Atlantic Treaty Organization]
 * offices:                  # canonical title, organisation, other printed forms
 *   - title: NATO Secretary General
 *     organisation: NATO
 *     aliases: [Secretary General, Secretary-General]
 * persons:
 *   - name: Jens Stoltenberg
 *     organisation: NATO
 *     role: official        # optional; official by default
 *     surname: Stoltenberg  # optional; the last word of the name by default
 *     variants: [Secretary General Stoltenberg]
 *     terms:
 *       - office: NATO Secretary General
 *         from: 2014-10-01  # ISO dates, both ends inclusive
 *         to: 2024-09-30    # optional; absent while in office
 * </pre>
 *
 * Unknown keys are rejected, every reference must be declared, and every error names the file and
 * the key path.
 */
public final class SpeakerRegistryLoader {
  private static final ObjectMapper YAML =
      new ObjectMapper(new YAMLFactory())
          .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  record FileShape(
      List<OrganisationShape> organisations,
      List<OfficeShape> offices,
      List<PersonShape> persons) {}

  record OrganisationShape(String name, List<String> aliases) {}

  record OfficeShape(String title, String organisation, List<String> aliases) {}

  record PersonShape(
      String name,
      String surname,
      String organisation,
      String role,
      List<String> variants,
      List<TermShape> terms) {}

  record TermShape(String office, String from, String to) {}

  private final String fileName;

  private SpeakerRegistryLoader(String fileName) {
    this.fileName = fileName;
  }

  public static SpeakerRegistry load(Path yamlFile) {
    String fileName = String.valueOf(yamlFile.getFileName());
    if (!Files.isRegularFile(yamlFile)) {
      throw new SpeakerRegistryException(fileName + ": file not found");
    }
    FileShape shape;
    try (InputStream in = Files.newInputStream(yamlFile)) {
      shape = YAML.readValue(in, FileShape.class);
    } catch (JsonMappingException e) {
      throw new SpeakerRegistryException(fileName + ": " + YamlErrors.describe(e), e);
    } catch (JsonParseException e) {
      throw new SpeakerRegistryException(
          fileName + ": not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new SpeakerRegistryException(fileName + ": cannot read: " + e.getMessage(), e);
    }
    if (shape == null) {
      throw new SpeakerRegistryException(fileName + ": file is empty");
    }
    return new SpeakerRegistryLoader(fileName).build(shape);
  }

  private SpeakerRegistry build(FileShape shape) {
    List<SpeakerOrganisation> organisations = organisations(listOf(shape.organisations()));
    Set<String> organisationNames =
        organisations.stream().map(SpeakerOrganisation::name).collect(Collectors.toSet());
    List<SpeakerOffice> offices = offices(listOf(shape.offices()), organisationNames);
    Set<String> officeTitles =
        offices.stream().map(SpeakerOffice::title).collect(Collectors.toSet());
    List<SpeakerPerson> persons = persons(listOf(shape.persons()), organisationNames, officeTitles);
    return SpeakerRegistry.of(organisations, offices, persons);
  }

  private List<SpeakerOrganisation> organisations(List<OrganisationShape> shapes) {
    List<SpeakerOrganisation> result = new ArrayList<>();
    Map<String, String> owners = new HashMap<>();
    for (int i = 0; i < shapes.size(); i++) {
      String at = "organisations[" + i + "]";
      OrganisationShape shape = require(shapes.get(i), at);
      String name = required(shape.name(), at + ".name");
      List<String> aliases = listOf(shape.aliases());
      claim(owners, name, name, at + ".name");
      for (int a = 0; a < aliases.size(); a++) {
        claim(owners, required(aliases.get(a), at + ".aliases[" + a + "]"), name, at);
      }
      result.add(new SpeakerOrganisation(name, aliases));
    }
    return result;
  }

  private List<SpeakerOffice> offices(List<OfficeShape> shapes, Set<String> organisations) {
    List<SpeakerOffice> result = new ArrayList<>();
    Set<String> titles = new HashSet<>();
    for (int i = 0; i < shapes.size(); i++) {
      String at = "offices[" + i + "]";
      OfficeShape shape = require(shapes.get(i), at);
      String title = required(shape.title(), at + ".title");
      if (!titles.add(title)) {
        throw error(at + ".title", "office '" + title + "' is declared twice");
      }
      String organisation = declared(shape.organisation(), organisations, at + ".organisation");
      List<String> aliases = listOf(shape.aliases());
      for (int a = 0; a < aliases.size(); a++) {
        required(aliases.get(a), at + ".aliases[" + a + "]");
      }
      result.add(new SpeakerOffice(title, organisation, aliases));
    }
    return result;
  }

  private List<SpeakerPerson> persons(
      List<PersonShape> shapes, Set<String> organisations, Set<String> offices) {
    List<SpeakerPerson> result = new ArrayList<>();
    Set<String> names = new HashSet<>();
    for (int i = 0; i < shapes.size(); i++) {
      String at = "persons[" + i + "]";
      PersonShape shape = require(shapes.get(i), at);
      String name = required(shape.name(), at + ".name");
      if (!names.add(SpeakerNames.key(name))) {
        throw error(at + ".name", "'" + name + "' is declared twice");
      }
      String surname =
          shape.surname() == null
              ? SpeakerNames.lastWord(name)
              : required(shape.surname(), at + ".surname");
      String organisation = declared(shape.organisation(), organisations, at + ".organisation");
      Role role = shape.role() == null ? Role.OFFICIAL : role(shape.role(), at + ".role");
      List<String> variants = listOf(shape.variants());
      for (int v = 0; v < variants.size(); v++) {
        required(variants.get(v), at + ".variants[" + v + "]");
      }
      List<SpeakerTerm> terms = new ArrayList<>();
      List<TermShape> termShapes = listOf(shape.terms());
      for (int t = 0; t < termShapes.size(); t++) {
        terms.add(term(require(termShapes.get(t), at + ".terms[" + t + "]"), offices, at, t));
      }
      result.add(new SpeakerPerson(name, surname, organisation, role, variants, terms));
    }
    return result;
  }

  private SpeakerTerm term(TermShape shape, Set<String> offices, String person, int index) {
    String at = person + ".terms[" + index + "]";
    String office = declared(shape.office(), offices, at + ".office");
    LocalDate from = date(required(shape.from(), at + ".from"), at + ".from");
    LocalDate to = shape.to() == null ? null : date(shape.to(), at + ".to");
    if (to != null && to.isBefore(from)) {
      throw error(at + ".to", to + " is before from " + from);
    }
    return new SpeakerTerm(office, from, to);
  }

  private LocalDate date(String text, String at) {
    if (!ISO_DATE.matcher(text.trim()).matches()) {
      throw error(at, "not an ISO date (yyyy-mm-dd): '" + text + "'");
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new SpeakerRegistryException(
          fileName + ": " + at + ": not an ISO date (no such day): '" + text + "'", e);
    }
  }

  private Role role(String id, String at) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    return Arrays.stream(Role.values())
        .filter(r -> r.id().equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                error(
                    at,
                    "unknown role '"
                        + id
                        + "' (one of "
                        + Arrays.stream(Role.values())
                            .map(Role::id)
                            .collect(Collectors.joining(", "))
                        + ")"));
  }

  private String declared(String value, Set<String> declared, String at) {
    String name = required(value, at);
    if (!declared.contains(name)) {
      throw error(at, "'" + name + "' is not declared");
    }
    return name;
  }

  private void claim(Map<String, String> owners, String form, String owner, String at) {
    String previous = owners.putIfAbsent(SpeakerNames.key(form), owner);
    if (previous != null && !previous.equals(owner)) {
      throw error(at, "'" + form + "' already names organisation " + previous);
    }
  }

  private <T> T require(T value, String at) {
    if (value == null) {
      throw error(at, "empty entry");
    }
    return value;
  }

  private String required(String value, String at) {
    if (value == null || value.isBlank()) {
      throw error(at, "missing");
    }
    return value.trim();
  }

  private SpeakerRegistryException error(String at, String message) {
    return new SpeakerRegistryException(fileName + ": " + at + ": " + message);
  }

  private static <T> List<T> listOf(List<T> list) {
    return list == null ? List.of() : list;
  }
}
