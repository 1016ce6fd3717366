package dev.marque.cases.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Posts notices as JSON to a webhook or API (OkHttp), with the idempotency key in the
 * {@code Idempotency-Key} header so the receiver can drop a repeat.
 *
 * <p>What a failure means: no connection is TRANSIENT; 408, 429 and 5xx are TRANSIENT (the key
 * makes the retry safe); any other 4xx is PERMANENT, with the server's answer; a connection lost
 * after the request went out is UNKNOWN.
 */
public final class WebhookChannel implements Channel {
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_ANSWER = 2000;

  private final OkHttpClient client;

  private WebhookChannel(OkHttpClient client) {
    this.client = client;
  }

  /**
   * A webhook channel with 10-second connect and 30-second read timeouts.
   *
   * @return the channel
   */
  public static WebhookChannel create() {
    return new WebhookChannel(new OkHttpClient.Builder().connectTimeout(Duration.ofSeconds(10))
        .readTimeout(Duration.ofSeconds(30)).callTimeout(Duration.ofSeconds(60))
        .retryOnConnectionFailure(false).followRedirects(false).build());
  }

  @Override
  public ChannelKind kind() {
    return ChannelKind.WEBHOOK;
  }

  @Override
  public String send(Outgoing outgoing) throws SendException {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("noticeId", outgoing.noticeId());
    body.put("sha256", outgoing.noticeSha256());
    body.put("route", outgoing.route());
    body.put("marketplace", outgoing.recipient().marketplace().name());
    body.put("subject", outgoing.subject());
    body.put("body", outgoing.body());
    String json;
    try {
      json = JsonMapper.builder().build().writeValueAsString(body);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a map of strings always becomes JSON", e);
    }
    Request request = new Request.Builder().url(outgoing.recipient().address())
        .header("Idempotency-Key", outgoing.idempotencyKey())
        .post(RequestBody.create(json, JSON_TYPE)).build();
    try (Response response = client.newCall(request).execute()) {
      String answer = response.code() + " " + response.message();
      String text = response.body().string();
      if (text.length() > MAX_ANSWER) {
        text = text.substring(0, MAX_ANSWER) + "...";
      }
      String full = text.isBlank() ? answer : answer + ": " + text.strip();
      int code = response.code();
      if (code >= 200 && code < 300) {
        return full;
      }
      if (code == 408 || code == 429 || code >= 500) {
        throw new SendException(SendException.Kind.TRANSIENT, "the webhook answered " + code,
            full, null);
      }
      throw new SendException(SendException.Kind.PERMANENT, "the webhook refused the notice ("
          + code + ")", full, null);
    } catch (ConnectException | UnknownHostException e) {
      throw new SendException(SendException.Kind.TRANSIENT, "cannot connect to "
          + outgoing.recipient().address() + ": " + e.getMessage(), "", e);
    } catch (IOException e) {
      throw new SendException(SendException.Kind.UNKNOWN, "the webhook "
          + outgoing.recipient().address() + " did not answer: " + e.getMessage()
          + "; it may have received the notice", "", e);
    }
  }
}
