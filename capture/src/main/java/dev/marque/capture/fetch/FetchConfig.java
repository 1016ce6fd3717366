package dev.marque.capture.fetch;

import dev.marque.capture.extract.ListingExtractor;
import java.time.Duration;
import java.util.Objects;

/**
 * How a {@link Fetcher} behaves: timeouts, the body size limit, the redirect limit, the
 * User-Agent, the per-host rate limit and the retry policy. Immutable; derive variants with the
 * {@code with...} methods.
 *
 * <pre>{@code
 * FetchConfig config = FetchConfig.defaults()
 *     .withUserAgent("acme-brand-watch/1.0 (+https://acme.example/bot)")
 *     .withHostInterval(Duration.ofSeconds(2))
 *     .withMaxAttempts(4);
 * }</pre>
 *
 * @param connectTimeout the longest wait to connect
 * @param readTimeout the longest wait for the next bytes of a response
 * @param callTimeout the longest one request may take, headers and body together
 * @param maxBodyBytes the largest body read; a larger one is refused while streaming
 * @param maxRedirects how many redirects one fetch follows before giving up
 * @param userAgent the {@code User-Agent} header sent
 * @param hostInterval the least time between two requests to the same host
 * @param maxAttempts how many times a fetch is tried in all (1 means no retry)
 * @param initialBackoff the wait before the first retry; it doubles for each retry after, with
 *     jitter
 * @param maxBackoff the longest wait between retries, and the cap on a {@code Retry-After}
 */
public record FetchConfig(
    Duration connectTimeout,
    Duration readTimeout,
    Duration callTimeout,
    long maxBodyBytes,
    int maxRedirects,
    String userAgent,
    Duration hostInterval,
    int maxAttempts,
    Duration initialBackoff,
    Duration maxBackoff) {

  /** The default User-Agent, which says who is fetching and where to read about it. */
  public static final String DEFAULT_USER_AGENT = "marque/0.1 (+https://marque.dev/bot)";

  /** The default redirect limit: 5, as browsers and search engines allow about that many. */
  public static final int DEFAULT_MAX_REDIRECTS = 5;

  /** The default number of tries: 3. */
  public static final int DEFAULT_MAX_ATTEMPTS = 3;

  /** The most redirects allowed in any configuration. */
  public static final int MAX_REDIRECTS_LIMIT = 20;

  /** The most tries allowed in any configuration. */
  public static final int MAX_ATTEMPTS_LIMIT = 10;

  private static final FetchConfig DEFAULTS = new FetchConfig(Duration.ofSeconds(10),
      Duration.ofSeconds(20), Duration.ofSeconds(60), ListingExtractor.MAX_PAGE_BYTES,
      DEFAULT_MAX_REDIRECTS, DEFAULT_USER_AGENT, Duration.ofSeconds(1), DEFAULT_MAX_ATTEMPTS,
      Duration.ofMillis(500), Duration.ofSeconds(30));

  /**
   * Checks every value, naming the one that is wrong.
   *
   * @param connectTimeout the longest wait to connect
   * @param readTimeout the longest wait for the next bytes of a response
   * @param callTimeout the longest one request may take, headers and body together
   * @param maxBodyBytes the largest body read; a larger one is refused while streaming
   * @param maxRedirects how many redirects one fetch follows before giving up
   * @param userAgent the {@code User-Agent} header sent
   * @param hostInterval the least time between two requests to the same host
   * @param maxAttempts how many times a fetch is tried in all (1 means no retry)
   * @param initialBackoff the wait before the first retry; it doubles for each retry after, with
   *     jitter
   * @param maxBackoff the longest wait between retries, and the cap on a {@code Retry-After}
   */
  public FetchConfig {
    positive(connectTimeout, "connectTimeout");
    positive(readTimeout, "readTimeout");
    positive(callTimeout, "callTimeout");
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
    if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS_LIMIT) {
      throw new IllegalArgumentException("maxRedirects must be 0.." + MAX_REDIRECTS_LIMIT + ": "
          + maxRedirects);
    }
    Objects.requireNonNull(userAgent, "userAgent must not be null");
    if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c > 0x7E)) {
      throw new IllegalArgumentException(
          "userAgent must be non-blank printable ASCII: '" + userAgent + "'");
    }
    notNegative(hostInterval, "hostInterval");
    if (maxAttempts < 1 || maxAttempts > MAX_ATTEMPTS_LIMIT) {
      throw new IllegalArgumentException("maxAttempts must be 1.." + MAX_ATTEMPTS_LIMIT + ": "
          + maxAttempts);
    }
    notNegative(initialBackoff, "initialBackoff");
    notNegative(maxBackoff, "maxBackoff");
  }

  /**
   * {@return the defaults: 10 s connect, 20 s read, 60 s per request, 16 MiB, 5 redirects, 1 s per
   * host, 3 tries}
   */
  public static FetchConfig defaults() {
    return DEFAULTS;
  }

  /**
   * {@return a copy with these timeouts}
   *
   * @param connect the connect timeout
   * @param read the read timeout
   * @param call the timeout of a whole request
   */
  public FetchConfig withTimeouts(Duration connect, Duration read, Duration call) {
    return new FetchConfig(connect, read, call, maxBodyBytes, maxRedirects, userAgent,
        hostInterval, maxAttempts, initialBackoff, maxBackoff);
  }

  /**
   * {@return a copy with this body size limit}
   *
   * @param max the largest body accepted, in bytes
   */
  public FetchConfig withMaxBodyBytes(long max) {
    return new FetchConfig(connectTimeout, readTimeout, callTimeout, max, maxRedirects, userAgent,
        hostInterval, maxAttempts, initialBackoff, maxBackoff);
  }

  /**
   * {@return a copy with this redirect limit}
   *
   * @param max the most redirects followed
   */
  public FetchConfig withMaxRedirects(int max) {
    return new FetchConfig(connectTimeout, readTimeout, callTimeout, maxBodyBytes, max, userAgent,
        hostInterval, maxAttempts, initialBackoff, maxBackoff);
  }

  /**
   * {@return a copy sending this User-Agent}
   *
   * @param agent the User-Agent header
   */
  public FetchConfig withUserAgent(String agent) {
    return new FetchConfig(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        agent, hostInterval, maxAttempts, initialBackoff, maxBackoff);
  }

  /**
   * {@return a copy waiting at least this long between two requests to one host}
   *
   * @param interval the least time between two requests to one host
   */
  public FetchConfig withHostInterval(Duration interval) {
    return new FetchConfig(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        userAgent, interval, maxAttempts, initialBackoff, maxBackoff);
  }

  /**
   * {@return a copy trying each fetch at most this many times}
   *
   * @param attempts the most tries, the first included
   */
  public FetchConfig withMaxAttempts(int attempts) {
    return new FetchConfig(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        userAgent, hostInterval, attempts, initialBackoff, maxBackoff);
  }

  /**
   * {@return a copy with this backoff: the first wait, and the cap on every wait (Retry-After
   * included)}
   *
   * @param initial the first wait
   * @param max the longest wait
   */
  public FetchConfig withBackoff(Duration initial, Duration max) {
    return new FetchConfig(connectTimeout, readTimeout, callTimeout, maxBodyBytes, maxRedirects,
        userAgent, hostInterval, maxAttempts, initial, max);
  }

  private static void positive(Duration d, String name) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive: " + d);
    }
  }

  private static void notNegative(Duration d, String name) {
    Objects.requireNonNull(d, name + " must not be null");
    if (d.isNegative()) {
      throw new IllegalArgumentException(name + " must not be negative: " + d);
    }
  }
}
