package org.parley.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Holds the code to the layering its {@code package-info.java} files state: each package's Javadoc
 * ends with a "May import:" paragraph, and every import of every source file in the package must be
 * from the JDK, its own package, or one of the prefixes listed there.
 */
class LayeringTest {
  private static final List<Path> SOURCE_ROOTS =
      List.of(Path.of("src/main/java"), Path.of("src/bench/java"));
  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\w.]+);");
  private static final Pattern IMPORT =
      Pattern.compile("(?m)^import (?:static )?([\\w.]+)(?:\\.\\*)?;");
  private static final Pattern MAY_IMPORT =
      Pattern.compile("<p>May import:(.*?)(?:<p>|\\*/)", Pattern.DOTALL);
  private static final Pattern CODE = Pattern.compile("\\{@code\\s+([\\w.]+)}");

  @Test
  void every_package_states_what_it_may_import() throws IOException {
    Map<String, List<Path>> packages = sourcesByPackage();
    assertThat(packages)
        .containsKeys("org.parley.config", "org.parley.ingest", "org.parley.search");
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, List<Path>> p : packages.entrySet()) {
      if (allowedPrefixes(p.getValue()) == null) {
        missing.add(p.getKey());
      }
    }
    assertThat(missing)
        .as("packages without a package-info.java saying what they may import")
        .isEmpty();
  }

  @Test
  void no_package_imports_what_its_package_info_does_not_allow() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Map.Entry<String, List<Path>> p : sourcesByPackage().entrySet()) {
      List<String> allowed = allowedPrefixes(p.getValue());
      if (allowed == null) {
        continue;
      }
      for (Path file : p.getValue()) {
        for (String imported : imports(read(file))) {
          if (!allowed(p.getKey(), imported, allowed)) {
            violations.add(file + " imports " + imported);
          }
        }
      }
    }
    assertThat(violations).isEmpty();
  }

  @Test
  void the_rule_catches_config_importing_ingest() {
    List<String> configAllows = List.of("org.parley.speakers", "com.fasterxml.jackson");
    assertThat(allowed("org.parley.config", "org.parley.ingest.Role", configAllows)).isFalse();
    assertThat(allowed("org.parley.config", "org.parley.speakers.Role", configAllows)).isTrue();
    assertThat(allowed("org.parley.config", "org.parley.configx.Thing", configAllows)).isFalse();
    assertThat(allowed("org.parley.config", "java.util.List", configAllows)).isTrue();
  }

  @Test
  void only_the_benchmark_tests_import_the_benchmark() throws IOException {
    List<String> offenders = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/test/java"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = read(file);
        String pkg = packageOf(source);
        if (!pkg.equals("org.parley.bench")
            && imports(source).stream().anyMatch(i -> i.startsWith("org.parley.bench."))) {
          offenders.add(file.toString());
        }
      }
    }
    assertThat(offenders).isEmpty();
  }

  /** Whether {@code pkg} may import {@code imported}: the JDK, itself, or a listed prefix. */
  static boolean allowed(String pkg, String imported, List<String> prefixes) {
    if (imported.startsWith("java.") || within(imported, pkg)) {
      return true;
    }
    return prefixes.stream().anyMatch(prefix -> within(imported, prefix));
  }

  private static boolean within(String name, String prefix) {
    return name.equals(prefix) || name.startsWith(prefix + ".");
  }

  private static Map<String, List<Path>> sourcesByPackage() throws IOException {
    Map<String, List<Path>> byPackage = new TreeMap<>();
    for (Path root : SOURCE_ROOTS) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
          byPackage.computeIfAbsent(packageOf(read(file)), k -> new ArrayList<>()).add(file);
        }
      }
    }
    return byPackage;
  }

  /** The prefixes of the package's "May import:" paragraph, or null without one. */
  private static List<String> allowedPrefixes(List<Path> files) throws IOException {
    for (Path file : files) {
      if (file.getFileName().toString().equals("package-info.java")) {
        Matcher paragraph = MAY_IMPORT.matcher(read(file));
        if (!paragraph.find()) {
          return null;
        }
        List<String> prefixes = new ArrayList<>();
        // Javadoc wraps lines inside {@code ...}: join them first.
        Matcher code = CODE.matcher(paragraph.group(1).replaceAll("\\s*\\n\\s*\\*\\s*", " "));
        while (code.find()) {
          prefixes.add(code.group(1));
        }
        return prefixes;
      }
    }
    return null;
  }

  private static List<String> imports(String source) {
    List<String> imports = new ArrayList<>();
    Matcher m = IMPORT.matcher(source);
    while (m.find()) {
      imports.add(m.group(1));
    }
    return imports;
  }

  private static String packageOf(String source) {
    Matcher m = PACKAGE.matcher(source);
    return m.find() ? m.group(1) : "";
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }
}
