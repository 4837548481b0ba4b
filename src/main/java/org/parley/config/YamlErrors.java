package org.parley.config;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Jackson's binding errors in the words of the YAML file ({@code topics[3].rules: expected a
 * list}): the key path and what was expected there, never a Java class, enum or token name, which
 * mean nothing to someone editing {@code index-config/}.
 */
public final class YamlErrors {
  private YamlErrors() {}

  /** {@code key.path: what went wrong}, or only what went wrong at the top level. */
  public static String describe(JsonMappingException e) {
    String path = keyPath(e);
    String what = what(e);
    return path.isEmpty() ? what : path + ": " + what;
  }

  /** Jackson's reference path as {@code topics[3].query}. */
  static String keyPath(JsonMappingException e) {
    StringBuilder path = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      if (ref.getFieldName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        path.append('[').append(ref.getIndex()).append(']');
      }
    }
    return path.toString();
  }

  private static String what(JsonMappingException e) {
    if (e instanceof UnrecognizedPropertyException unknown) {
      return knownKeys(unknown);
    }
    if (e instanceof ValueInstantiationException && e.getCause() instanceof RuntimeException r) {
      // A record's own validation (a topic without rules): its message is already in config terms.
      return r.getMessage();
    }
    if (e instanceof InvalidFormatException bad
        && bad.getTargetType() != null
        && bad.getTargetType().isEnum()) {
      return "'" + bad.getValue() + "' is not one of: " + enumValues(bad.getTargetType());
    }
    if (e instanceof MismatchedInputException m && m.getTargetType() != null) {
      return "expected " + expected(m.getTargetType());
    }
    return "a value of the wrong kind";
  }

  private static String knownKeys(UnrecognizedPropertyException e) {
    Collection<Object> known = e.getKnownPropertyIds();
    if (known == null || known.isEmpty()) {
      return "unknown key";
    }
    return "unknown key; the keys here are: "
        + new TreeSet<>(known.stream().map(String::valueOf).toList())
            .stream().collect(Collectors.joining(", "));
  }

  /** An enum's constants as a config file spells them: lower case. */
  private static String enumValues(Class<?> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
        .collect(Collectors.joining(", "));
  }

  private static String expected(Class<?> type) {
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
      return "a whole number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    if (type == String.class) {
      return "a single value";
    }
    if (type.isEnum()) {
      return "one of: " + enumValues(type);
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "a mapping of keys to values";
    }
    return "a different kind of value";
  }
}
