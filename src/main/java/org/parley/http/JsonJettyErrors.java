package org.parley.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own refusals (a URI or headers too large, a malformed request line, an ambiguous path, a
 * request during shutdown) never reach Javalin; this handler gives them the same JSON shape and
 * headers as every other error instead of Jetty's HTML page, and never shows a message or stack.
 */
final class JsonJettyErrors extends ErrorHandler {
  /**
   * Every method gets the JSON body. Jetty writes error pages only for GET, POST and HEAD, so a PUT
   * or DELETE to a path it refuses got an empty 400 with none of Parley's headers.
   */
  @Override
  public boolean errorPageForMethod(String method) {
    return true;
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    byte[] body =
        ErrorResponses.json(ErrorResponses.fromStatus(code)).getBytes(StandardCharsets.UTF_8);
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Referrer-Policy", "no-referrer");
    headers.put(HttpHeader.CACHE_CONTROL, "no-store");
    if (code == 405) {
      headers.put(HttpHeader.ALLOW, ErrorResponses.ALLOWED_METHODS);
    }
    response.write(true, ByteBuffer.wrap(body), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json");
    fields.put("X-Content-Type-Options", "nosniff");
    fields.put("Referrer-Policy", "no-referrer");
    return ByteBuffer.wrap(
        ErrorResponses.json(ErrorResponses.fromStatus(status)).getBytes(StandardCharsets.UTF_8));
  }
}
