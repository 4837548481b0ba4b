package org.parley.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openapitools.codegen.DefaultGenerator;
import org.openapitools.codegen.config.CodegenConfigurator;
import org.parley.config.ServerConfig;
import org.parley.testing.TestCorpus;
import org.parley.testing.TestIndex;
import org.parley.testing.TestServer;

/**
 * What a client developer would do with {@code /api/openapi.json}: generate a typed Java client
 * from the document a real server serves (openapi-generator, {@code java} generator, {@code native}
 * library: java.net.http and Jackson), compile it, and run a search and a paragraph lookup through
 * it against that server, over the real NATO press conference of 7 January 2022. Slow (generation
 * and compilation take seconds), so in the integration lane.
 */
@Tag("integration")
class GeneratedClientTest {
  private static final String PACKAGE = "org.example.parleyclient";

  @TempDir static Path tmp;
  static TestServer server;
  static URLClassLoader client;

  @BeforeAll
  static void generateAndCompile() throws IOException {
    TestCorpus corpus = TestCorpus.in(tmp.resolve("corpus")).withNatoTranscript();
    Path index = TestIndex.build(corpus.dir(), tmp.resolve("index"));
    ServerConfig noRateLimit = new ServerConfig(null, null, null, 0, null, null, null);
    server = TestServer.over(index).server(noRateLimit).start();

    HttpResponse<String> served = server.get("/api/openapi.json");
    assertThat(served.statusCode()).isEqualTo(200);
    Path spec = Files.writeString(tmp.resolve("openapi.json"), served.body());
    Path generated = tmp.resolve("generated");
    CodegenConfigurator config =
        new CodegenConfigurator()
            .setInputSpec(spec.toString())
            .setGeneratorName("java")
            .setLibrary("native")
            .setOutputDir(generated.toString())
            .setApiPackage(PACKAGE + ".api")
            .setModelPackage(PACKAGE + ".model")
            .setInvokerPackage(PACKAGE)
            // jakarta.annotation.Generated: Jakarta's annotations are on the classpath, javax's
            // went with Java 11.
            .addAdditionalProperty("useJakartaEe", true)
            .addGlobalProperty("apiTests", "false")
            .addGlobalProperty("modelTests", "false")
            .addGlobalProperty("apiDocs", "false")
            .addGlobalProperty("modelDocs", "false");
    new DefaultGenerator().opts(config.toClientOptInput()).generate();

    Path classes = Files.createDirectories(tmp.resolve("classes"));
    compile(generated.resolve("src/main/java"), classes);
    client =
        new URLClassLoader(
            new URL[] {classes.toUri().toURL()}, GeneratedClientTest.class.getClassLoader());
  }

  @AfterAll
  static void stop() throws IOException {
    if (client != null) {
      client.close();
    }
    server.close();
  }

  @Test
  void a_generated_client_runs_a_search_and_reads_typed_hits() throws Exception {
    Object api = api();
    Object response = call(api, "search", Map.of("q", "\"dual-track approach\"", "size", 5));
    assertThat(response.getClass().getSimpleName()).isEqualTo("SearchResponse");
    assertThat(get(response, "getTotal")).isEqualTo(3L);
    assertThat(get(response, "getTotalRelation")).isEqualTo("eq");
    List<?> hits = (List<?>) get(response, "getHits");
    assertThat(hits).hasSize(3);
    Object first = hits.get(0);
    assertThat((String) get(first, "getHighlight")).contains("<mark>dual-track approach</mark>");
    assertThat(get(first, "getSpeaker")).isEqualTo("Jens Stoltenberg");
    Object doc = get(first, "getDoc");
    assertThat(doc.getClass().getSimpleName()).isEqualTo("HitDocRef");
    assertThat(get(doc, "getOrganisation")).isEqualTo("NATO");
  }

  @Test
  void a_generated_client_looks_up_a_paragraph_with_its_context() throws Exception {
    Object api = api();
    Object search = call(api, "search", Map.of("q", "\"dual-track approach\"", "size", 1));
    Object hit = ((List<?>) get(search, "getHits")).get(0);
    String id = (String) get(hit, "getId");

    Object context = call(api, "paragraph", Map.of("id", id, "context", 1));
    assertThat(context.getClass().getSimpleName()).isEqualTo("ParagraphContext");
    assertThat(get(get(context, "getParagraph"), "getId")).isEqualTo(id);
    assertThat((List<?>) get(context, "getBefore")).hasSize(1);
    assertThat((List<?>) get(context, "getAfter")).hasSize(1);
    assertThat(get(get(context, "getDoc"), "getId")).isEqualTo(get(get(hit, "getDoc"), "getId"));
  }

  @Test
  void an_error_reaches_the_generated_client_with_its_status_and_json_body() throws Exception {
    Object api = api();
    Throwable thrown = null;
    try {
      call(api, "paragraph", Map.of("id", "no-such-paragraph-p1"));
    } catch (java.lang.reflect.InvocationTargetException e) {
      thrown = e.getCause();
    }
    assertThat(thrown).isNotNull();
    assertThat(thrown.getClass().getSimpleName()).isEqualTo("ApiException");
    assertThat(get(thrown, "getCode")).isEqualTo(404);
    assertThat((String) get(thrown, "getResponseBody")).contains("\"code\":\"not_found\"");
  }

  /** The generated API class, pointed at the test server. */
  private static Object api() throws Exception {
    Class<?> apiClient = client.loadClass(PACKAGE + ".ApiClient");
    Object configured = apiClient.getConstructor().newInstance();
    String base = server.baseUri().toString();
    apiClient
        .getMethod("updateBaseUri", String.class)
        .invoke(configured, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    return client
        .loadClass(PACKAGE + ".api.DefaultApi")
        .getConstructor(apiClient)
        .newInstance(configured);
  }

  /**
   * Calls the generated operation {@code name} with the named arguments (the client is compiled
   * with {@code -parameters}, so its parameters keep the OpenAPI names); the others are null.
   */
  private static Object call(Object api, String name, Map<String, Object> arguments)
      throws Exception {
    Method method =
        Arrays.stream(api.getClass().getMethods())
            .filter(m -> m.getName().equals(name))
            .max(Comparator.comparingInt(Method::getParameterCount))
            .orElseThrow(() -> new AssertionError("no operation " + name));
    Parameter[] parameters = method.getParameters();
    Object[] values = new Object[parameters.length];
    List<String> names = new ArrayList<>();
    for (int i = 0; i < parameters.length; i++) {
      names.add(parameters[i].getName());
      values[i] = arguments.get(parameters[i].getName());
    }
    assertThat(names).containsAll(arguments.keySet());
    return method.invoke(api, values);
  }

  private static Object get(Object bean, String getter) throws Exception {
    return bean.getClass().getMethod(getter).invoke(bean);
  }

  private static void compile(Path sources, Path classes) throws IOException {
    List<String> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java")).map(Path::toString).toList();
    }
    assertThat(files).isNotEmpty();
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    List<String> args = new ArrayList<>();
    args.addAll(
        List.of(
            "-proc:none",
            "-parameters",
            "-nowarn",
            "-encoding",
            StandardCharsets.UTF_8.name(),
            "-classpath",
            System.getProperty("java.class.path"),
            "-d",
            classes.toString()));
    args.addAll(files);
    ByteArrayOutputStream errors = new ByteArrayOutputStream();
    int status = compiler.run(null, errors, errors, args.toArray(String[]::new));
    assertThat(status).as(errors.toString(StandardCharsets.UTF_8)).isZero();
  }
}
