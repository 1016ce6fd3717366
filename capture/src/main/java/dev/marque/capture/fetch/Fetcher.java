package dev.marque.capture.fetch;

import dev.marque.capture.fetch.FetchException.Problem;
import dev.marque.capture.internal.HostRateLimiter;
import dev.marque.capture.internal.RetryAfter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Fetches listing pages over HTTP(S) as {@link FetchConfig} says: timeouts, a body size limit
 * enforced while streaming, counted redirects (followed here, so each is recorded), a per-host
 * rate limit, and retries with exponential backoff and jitter on connection failures, timeouts,
 * 5xx and 429 (honouring {@code Retry-After}, in seconds or as an HTTP-date, capped by
 * {@link FetchConfig#maxBackoff()}). Only HTML is accepted by {@link #fetch}, only images by
 * {@link #fetchImage}. Thread-safe; share one per
 * configuration and close it when done.
 */
public final class Fetcher implements AutoCloseable {
  private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9";
  private static final String ACCEPT_IMAGE =
      "image/jpeg,image/png,image/webp,image/gif,image/bmp,image/tiff;q=0.9,image/*;q=0.8";

  private final FetchConfig config;
  private final OkHttpClient client;
  private final HostRateLimiter limiter;

  private Fetcher(FetchConfig config) {
    this.config = config;
    this.client = new OkHttpClient.Builder()
        .connectTimeout(config.connectTimeout())
        .readTimeout(config.readTimeout())
        .callTimeout(config.callTimeout())
        // Redirects and retries are ours, so that each is counted, limited and recorded.
        .followRedirects(false)
        .followSslRedirects(false)
        .retryOnConnectionFailure(false)
        .build();
    this.limiter = new HostRateLimiter(config.hostInterval());
  }

  /**
   * {@return a fetcher with this configuration}
   *
   * @param config the configuration
   */
  public static Fetcher create(FetchConfig config) {
    return new Fetcher(Objects.requireNonNull(config, "config must not be null"));
  }

  /** {@return this fetcher's configuration} */
  public FetchConfig config() {
    return config;
  }

  /**
   * Fetches a page.
   *
   * @param url the page's URL
   * @return the page, its final URL and the redirects followed
   * @throws FetchException saying why it failed, after how many tries, with the last status
   */
  public FetchedPage fetch(String url) throws FetchException {
    return fetch(url, false);
  }

  /**
   * Fetches an image (a listing's photo) as politely as a page: the same timeouts, size limit,
   * redirects, per-host rate limit and retries. Only an {@code image/*} answer is accepted (or one
   * without a {@code Content-Type}, or {@code application/octet-stream}, as some image hosts send);
   * whether the bytes decode is for the caller to find out.
   *
   * @param url the image's URL
   * @return the image's bytes, its final URL and the redirects followed
   * @throws FetchException saying why it failed ({@link Problem#NOT_IMAGE} for an answer of another
   *     type), after how many tries, with the last status
   */
  public FetchedPage fetchImage(String url) throws FetchException {
    return fetch(url, true);
  }

  private FetchedPage fetch(String url, boolean image) throws FetchException {
    Objects.requireNonNull(url, "url must not be null");
    HttpUrl start = HttpUrl.parse(url.strip());
    if (start == null) {
      throw new FetchException(Problem.INVALID_URL, url, 0, 0,
          "'" + url + "' is not an absolute http or https URL", null);
    }
    for (int attempt = 1; ; attempt++) {
      Duration wait;
      try {
        return fetchOnce(url, start, attempt, image);
      } catch (RetryableStatus e) {
        if (attempt >= config.maxAttempts()) {
          throw new FetchException(Problem.HTTP_STATUS, e.url, attempt, e.status, "HTTP " + e.status
              + " from " + e.url + " after " + attempt + " attempt" + (attempt == 1 ? "" : "s"),
              null);
        }
        wait = e.retryAfter.map(this::capped).orElseGet(() -> backoff(e.attempt));
      } catch (FetchException e) {
        throw e;
      } catch (IOException e) {
        boolean timeout = e instanceof SocketTimeoutException
            || e instanceof InterruptedIOException && "timeout".equals(e.getMessage());
        if (attempt >= config.maxAttempts()) {
          throw new FetchException(timeout ? Problem.TIMEOUT : Problem.CONNECTION, url, attempt, 0,
              (timeout ? "timed out fetching " : "connection failed fetching ") + url + " after "
                  + attempt + " attempt" + (attempt == 1 ? "" : "s") + ": " + e, e);
        }
        wait = backoff(attempt);
      }
      sleep(wait, url, attempt);
    }
  }

  private FetchedPage fetchOnce(String requested, HttpUrl start, int attempt, boolean image)
      throws IOException {
    List<String> redirects = new ArrayList<>();
    HttpUrl current = start;
    while (true) {
      sleep(current.host(), requested, attempt);
      Request request = new Request.Builder().url(current).get()
          .header("User-Agent", config.userAgent())
          .header("Accept", image ? ACCEPT_IMAGE : ACCEPT)
          .build();
      try (Response response = client.newCall(request).execute()) {
        int code = response.code();
        if (isRedirect(code)) {
          String location = response.header("Location");
          HttpUrl next = location == null ? null : current.resolve(location);
          if (next == null) {
            throw new FetchException(Problem.TOO_MANY_REDIRECTS, current.toString(), attempt, code,
                "HTTP " + code + " from " + current + " without a usable Location header", null);
          }
          if (redirects.size() >= config.maxRedirects()) {
            throw new FetchException(Problem.TOO_MANY_REDIRECTS, requested, attempt, code,
                "more than " + config.maxRedirects() + " redirects fetching " + requested
                    + " (last to " + next + ")", null);
          }
          redirects.add(next.toString());
          current = next;
          continue;
        }
        if (code == 429 || code >= 500) {
          throw new RetryableStatus(current.toString(), code, attempt,
              RetryAfter.parse(response.header("Retry-After"), Instant.now()));
        }
        if (code < 200 || code >= 300) {
          throw new FetchException(Problem.HTTP_STATUS, current.toString(), attempt, code,
              "HTTP " + code + " from " + current, null);
        }
        String contentType = Optional.ofNullable(response.header("Content-Type")).orElse("");
        String mime = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (image) {
          if (!mime.isEmpty() && !mime.startsWith("image/")
              && !mime.equals("application/octet-stream")) {
            throw new FetchException(Problem.NOT_IMAGE, current.toString(), attempt, code,
                current + " is '" + mime + "', not an image", null);
          }
        } else if (!mime.isEmpty() && !mime.equals("text/html")
            && !mime.equals("application/xhtml+xml")) {
          throw new FetchException(Problem.NOT_HTML, current.toString(), attempt, code,
              current + " is '" + mime + "', not an HTML page", null);
        }
        byte[] body = readBody(response.body(), current.toString(), attempt, code);
        return new FetchedPage(requested, redirects, Instant.now(), code, contentType, body,
            attempt);
      }
    }
  }

  private byte[] readBody(ResponseBody body, String url, int attempt, int code)
      throws IOException {
    long max = config.maxBodyBytes();
    if (body.contentLength() > max) {
      throw tooLarge(url, attempt, code, "declares " + body.contentLength() + " bytes");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(
        (int) Math.min(max, Math.max(body.contentLength(), 8192)));
    byte[] chunk = new byte[8192];
    try (InputStream in = body.byteStream()) {
      long total = 0;
      for (int n; (n = in.read(chunk)) != -1; ) {
        total += n;
        if (total > max) {
          throw tooLarge(url, attempt, code, "sent more than " + max + " bytes");
        }
        out.write(chunk, 0, n);
      }
    }
    return out.toByteArray();
  }

  private FetchException tooLarge(String url, int attempt, int code, String what) {
    return new FetchException(Problem.TOO_LARGE, url, attempt, code, url + " " + what
        + "; the limit is " + config.maxBodyBytes() + " bytes (FetchConfig.maxBodyBytes)", null);
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  /** Exponential backoff with jitter: a random wait between half and all of the doubled delay. */
  private Duration backoff(int attempt) {
    long base = config.initialBackoff().toNanos();
    long capped = Math.min(config.maxBackoff().toNanos(),
        base << Math.min(attempt - 1, 20));
    if (capped <= 1) {
      return Duration.ofNanos(Math.max(capped, 0));
    }
    return Duration.ofNanos(capped / 2 + ThreadLocalRandom.current().nextLong(capped / 2 + 1));
  }

  private Duration capped(Duration retryAfter) {
    return retryAfter.compareTo(config.maxBackoff()) > 0 ? config.maxBackoff() : retryAfter;
  }

  private void sleep(String host, String url, int attempt) throws FetchException {
    try {
      limiter.acquire(host);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(Problem.INTERRUPTED, url, attempt, 0,
          "interrupted waiting for the rate limit of " + host, e);
    }
  }

  private static void sleep(Duration wait, String url, int attempt) throws FetchException {
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new FetchException(Problem.INTERRUPTED, url, attempt, 0,
          "interrupted waiting to retry " + url, e);
    }
  }

  /** Releases the connection pool and threads. */
  @Override
  public void close() {
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /** A 5xx or 429 answer, worth another try. */
  private static final class RetryableStatus extends IOException {
    private static final long serialVersionUID = 1L;
    private final String url;
    private final int status;
    private final int attempt;
    private final transient Optional<Duration> retryAfter;

    RetryableStatus(String url, int status, int attempt, Optional<Duration> retryAfter) {
      super("HTTP " + status + " from " + url);
      this.url = url;
      this.status = status;
      this.attempt = attempt;
      this.retryAfter = retryAfter;
    }
  }
}
