package org.parley.reliability;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.parley.search.SortOrder;

/**
 * The golden answers ({@link GoldenAnswers}) read over HTTP from a running server, in the same
 * shape, so an answer from the API can be compared with one from a fresh search stack.
 */
final class HttpAnswers {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private HttpAnswers() {}

  static Map<String, String> of(URI base) throws IOException, InterruptedException {
    Map<String, String> answers = new LinkedHashMap<>();
    for (String q : GoldenAnswers.queries()) {
      for (SortOrder sort : List.of(SortOrder.RELEVANCE, SortOrder.DATE_DESC)) {
        JsonNode r =
            getJson(
                base,
                "api/search?size="
                    + GoldenAnswers.PAGE
                    + "&sort="
                    + URLEncoder.encode(sort.param(), StandardCharsets.UTF_8)
                    + "&q="
                    + URLEncoder.encode(q, StandardCharsets.UTF_8));
        List<String> ids = new ArrayList<>();
        r.get("hits").forEach(hit -> ids.add(hit.get("id").asText()));
        answers.put(sort + " " + q, "total=" + r.get("total").asLong() + " ids=" + ids);
      }
    }
    return answers;
  }

  static JsonNode getJson(URI base, String pathAndQuery) throws IOException, InterruptedException {
    HttpResponse<String> response = get(base, pathAndQuery);
    if (response.statusCode() != 200) {
      throw new AssertionError(pathAndQuery + " answered " + response.statusCode());
    }
    return JSON.readTree(response.body());
  }

  static HttpResponse<String> get(URI base, String pathAndQuery)
      throws IOException, InterruptedException {
    return CLIENT.send(
        HttpRequest.newBuilder(base.resolve(pathAndQuery)).timeout(Duration.ofSeconds(30)).build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static String generation(URI base) throws IOException, InterruptedException {
    return getJson(base, "api/health").get("generation").asText();
  }
}
