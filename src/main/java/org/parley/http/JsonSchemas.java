package org.parley.http;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * JSON Schemas (2020-12, as OpenAPI 3.1 uses) of the records the API serialises, read from the
 * mapper that writes them: each record's properties, names and inclusion rules come from Jackson's
 * own introspection ({@link SerializationConfig#introspect}), mix-ins and all, so a schema cannot
 * name a member differently from the JSON.
 *
 * <p>A member is required when the mapper always writes it: a primitive, or a reference under the
 * default inclusion. A record whose members can be null declares {@code NON_NULL} (or {@code
 * NON_EMPTY}) inclusion, as the search records do in {@code ResponseJson}; such members are then
 * optional, and never null. Records become components referred to by {@code $ref}.
 */
final class JsonSchemas {
  /** Where the components live in an OpenAPI document. */
  static final String COMPONENTS = "#/components/schemas/";

  private final ObjectMapper mapper;
  private final Map<String, Map<String, Object>> components = new TreeMap<>();
  private final Map<String, Class<?>> namedAfter = new LinkedHashMap<>();

  JsonSchemas(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** The schema of a value of {@code type}: a {@code $ref} for a record, inline for the rest. */
  Map<String, Object> schemaOf(Type type) {
    return schemaOf(mapper.constructType(type));
  }

  /** Every record reached so far, by component name, in name order. */
  Map<String, Map<String, Object>> components() {
    return new LinkedHashMap<>(components);
  }

  private Map<String, Object> schemaOf(JavaType type) {
    Class<?> raw = type.getRawClass();
    if (raw == String.class) {
      return schema("type", "string");
    }
    if (raw == int.class || raw == Integer.class || raw == short.class || raw == Short.class) {
      return schema("type", "integer", "format", "int32");
    }
    if (raw == long.class || raw == Long.class) {
      return schema("type", "integer", "format", "int64");
    }
    if (raw == float.class || raw == Float.class) {
      return schema("type", "number", "format", "float");
    }
    if (raw == double.class || raw == Double.class) {
      return schema("type", "number", "format", "double");
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return schema("type", "boolean");
    }
    if (type.isCollectionLikeType() || type.isArrayType()) {
      return schema("type", "array", "items", schemaOf(type.getContentType()));
    }
    if (type.isMapLikeType()) {
      if (type.getKeyType().getRawClass() != String.class) {
        throw new IllegalArgumentException("JSON object keys are strings, not " + type);
      }
      JavaType values = type.getContentType();
      return values.getRawClass() == Object.class
          ? schema("type", "object")
          : schema("type", "object", "additionalProperties", schemaOf(values));
    }
    if (raw.isRecord()) {
      return schema("$ref", COMPONENTS + component(type));
    }
    throw new IllegalArgumentException("no JSON Schema mapping for " + type);
  }

  /** Registers {@code type}'s schema (and those it reaches) and returns its component name. */
  private String component(JavaType type) {
    Class<?> raw = type.getRawClass();
    String name = componentName(raw);
    Class<?> previous = namedAfter.putIfAbsent(name, raw);
    if (previous != null) {
      if (previous != raw) {
        throw new IllegalStateException(
            "two records named " + name + ": " + previous.getName() + ", " + raw.getName());
      }
      return name;
    }
    components.put(name, Map.of()); // reserved first, so a record that holds itself terminates
    components.put(name, objectSchema(type));
    return name;
  }

  /**
   * A record's simple name, prefixed with its enclosing record's ({@code HitDocRef}, {@code
   * ApiErrorBody}) so that a generated client's class names say what they belong to.
   */
  private static String componentName(Class<?> record) {
    Class<?> outer = record.getEnclosingClass();
    return outer != null && outer.isRecord()
        ? componentName(outer) + record.getSimpleName()
        : record.getSimpleName();
  }

  private Map<String, Object> objectSchema(JavaType type) {
    SerializationConfig config = mapper.getSerializationConfig();
    BeanDescription bean = config.introspect(type);
    Set<String> ignored =
        config
            .getDefaultPropertyIgnorals(bean.getBeanClass(), bean.getClassInfo())
            .findIgnoredForSerialization();
    JsonInclude.Value byClass =
        bean.findPropertyInclusion(
            config.getDefaultPropertyInclusion(bean.getBeanClass(), JsonInclude.Value.empty()));
    Map<String, Object> properties = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    for (BeanPropertyDefinition property : bean.findProperties()) {
      if (!property.couldSerialize()
          || ignored.contains(property.getName())
          || ignored.contains(property.getInternalName())) {
        continue;
      }
      JavaType propertyType = property.getPrimaryType();
      properties.put(property.getName(), schemaOf(propertyType));
      JsonInclude.Include inclusion =
          config
              .getDefaultInclusion(bean.getBeanClass(), propertyType.getRawClass(), byClass)
              .withOverrides(property.findInclusion())
              .getValueInclusion();
      if (alwaysWritten(propertyType, inclusion)) {
        required.add(property.getName());
      }
    }
    Map<String, Object> schema = schema("type", "object");
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    schema.put("properties", properties);
    return schema;
  }

  /**
   * Whether the mapper writes the member whatever its value: a primitive unless only non-default
   * values are written, a reference only under the default inclusion.
   */
  private static boolean alwaysWritten(JavaType type, JsonInclude.Include inclusion) {
    return switch (inclusion) {
      case ALWAYS, USE_DEFAULTS -> true;
      case NON_DEFAULT, CUSTOM -> false;
      case NON_NULL, NON_ABSENT, NON_EMPTY -> type.isPrimitive();
    };
  }

  /** A schema whose keys keep the order written, so the document is the same on every run. */
  private static Map<String, Object> schema(Object... keysAndValues) {
    Map<String, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }
}
