package dev.marque.capture.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.capture.fetch.FetchException.Problem;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

// Every wait is a few milliseconds here: no backoff, no rate limit, short timeouts.
@Timeout(30)
class FetcherTest {
  private static final String HTML = "<html><head><title>Aurelia tote</title></head></html>";
  private static final FetchConfig FAST = FetchConfig.defaults()
      .withHostInterval(Duration.ZERO)
      .withBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
      .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(5));

  private MockWebServer server;
  private Fetcher fetcher;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
    fetcher = Fetcher.create(FAST);
  }

  @AfterEach
  void stop() {
    fetcher.close();
    server.close();
  }

  private static MockResponse html(String body) {
    return new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "text/html; charset=utf-8").body(body).build();
  }

  private static MockResponse status(int code) {
    return new MockResponse.Builder().code(code).body("error " + code).build();
  }

  private String url(String path) {
    return server.url(path).toString();
  }

  @Test
  void fetchesAPageWithItsStatusTypeBytesAndHashSendingTheUserAgent() throws Exception {
    server.enqueue(html(HTML));
    FetchedPage page = fetcher.fetch(url("/item/1.html"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(new String(page.body(), java.nio.charset.StandardCharsets.UTF_8)).isEqualTo(HTML);
    assertThat(page.byteLength()).isEqualTo(HTML.length());
    assertThat(page.sha256()).matches("[0-9a-f]{64}");
    assertThat(page.finalUrl()).isEqualTo(page.requestedUrl());
    assertThat(page.redirects()).isEmpty();
    assertThat(page.attempts()).isEqualTo(1);
    RecordedRequest request = server.takeRequest();
    assertThat(request.getHeaders().get("User-Agent")).isEqualTo(FetchConfig.DEFAULT_USER_AGENT);
    assertThat(request.getHeaders().get("Accept")).startsWith("text/html");
  }

  @Test
  void followsRedirectsItselfAndRecordsEach() throws Exception {
    server.enqueue(new MockResponse.Builder().code(301).addHeader("Location", "/b").build());
    server.enqueue(new MockResponse.Builder().code(302).addHeader("Location", url("/c?x=1"))
        .build());
    server.enqueue(html(HTML));
    FetchedPage page = fetcher.fetch(url("/a"));
    assertThat(page.requestedUrl()).isEqualTo(url("/a"));
    assertThat(page.redirects()).containsExactly(url("/b"), url("/c?x=1"));
    assertThat(page.finalUrl()).isEqualTo(url("/c?x=1"));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aRedirectLoopStopsAtTheLimit() {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        return new MockResponse.Builder().code(302).addHeader("Location", "/loop").build();
      }
    });
    Fetcher strict = Fetcher.create(FAST.withMaxRedirects(3));
    assertThatThrownBy(() -> strict.fetch(url("/loop")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.TOO_MANY_REDIRECTS);
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.status()).hasValue(302);
        })
        .hasMessageContaining("more than 3 redirects");
    assertThat(server.getRequestCount()).isEqualTo(4);
    strict.close();
  }

  @Test
  void aSlowBodyTimesOutAndIsRetriedThenReported() {
    MockResponse slow = new MockResponse.Builder().code(200)
        .addHeader("Content-Type", "text/html").body(HTML)
        .throttleBody(1, 1, TimeUnit.SECONDS).build();
    server.enqueue(slow);
    server.enqueue(slow);
    Fetcher impatient = Fetcher.create(FAST.withMaxAttempts(2)
        .withTimeouts(Duration.ofSeconds(1), Duration.ofMillis(100), Duration.ofSeconds(5)));
    assertThatThrownBy(() -> impatient.fetch(url("/slow")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.TIMEOUT);
          assertThat(e.attempts()).isEqualTo(2);
          assertThat(e.url()).isEqualTo(url("/slow"));
          assertThat(e.getCause()).isNotNull();
        })
        .hasMessageContaining("timed out fetching");
    impatient.close();
  }

  @Test
  void anOversizeBodyIsRefusedWhileStreaming() {
    Fetcher small = Fetcher.create(FAST.withMaxBodyBytes(1000));
    // Chunked: no Content-Length to refuse up front, so the limit is met while reading.
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "text/html")
        .chunkedBody("<p>" + "x".repeat(5000) + "</p>", 256).build());
    assertThatThrownBy(() -> small.fetch(url("/big")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
          assertThat(e.attempts()).isEqualTo(1);
        })
        .hasMessageContaining("sent more than 1000 bytes; the limit is 1000 bytes");
    server.enqueue(html("x".repeat(5000)));
    assertThatThrownBy(() -> small.fetch(url("/declared")))
        .hasMessageContaining("declares 5000 bytes");
    small.close();
  }

  @Test
  void a429IsRetriedAfterTheRetryAfterSecondsOrDate() throws Exception {
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "0").build());
    String past = DateTimeFormatter.RFC_1123_DATE_TIME.format(
        ZonedDateTime.now(ZoneOffset.UTC).minusMinutes(1));
    server.enqueue(new MockResponse.Builder().code(503).addHeader("Retry-After", past).build());
    server.enqueue(html(HTML));
    FetchedPage page = fetcher.fetch(url("/busy"));
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.attempts()).isEqualTo(3);
  }

  @Test
  void aLongRetryAfterIsCappedByTheMaximumBackoff() throws Exception {
    // Uncapped, this would wait an hour and the test's timeout would fail it.
    server.enqueue(new MockResponse.Builder().code(429).addHeader("Retry-After", "3600").build());
    server.enqueue(html(HTML));
    assertThat(fetcher.fetch(url("/busy")).attempts()).isEqualTo(2);
  }

  @Test
  void serverErrorsExhaustTheRetriesAndReportTheLastStatus() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(status(500));
    }
    assertThatThrownBy(() -> fetcher.fetch(url("/broken")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.HTTP_STATUS);
          assertThat(e.attempts()).isEqualTo(FetchConfig.DEFAULT_MAX_ATTEMPTS);
          assertThat(e.status()).hasValue(500);
        })
        .hasMessage("HTTP 500 from " + url("/broken") + " after 3 attempts");
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void aDroppedConnectionIsRetried() throws Exception {
    server.enqueue(new MockResponse.Builder()
        .onRequestStart(new SocketEffect.CloseSocket(true, false, false)).build());
    server.enqueue(html(HTML));
    FetchedPage page = fetcher.fetch(url("/flaky"));
    assertThat(page.attempts()).isEqualTo(2);
    assertThat(page.status()).isEqualTo(200);
  }

  @Test
  void connectionsDroppedEveryTimeAreReportedWithTheirCause() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().body(new Buffer().writeUtf8(HTML))
          .onResponseStart(new SocketEffect.CloseSocket(true, false, false)).build());
    }
    assertThatThrownBy(() -> fetcher.fetch(url("/down")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.CONNECTION);
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.status()).isEmpty();
          assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
        })
        .hasMessageStartingWith("connection failed fetching " + url("/down") + " after 3 attempts");
  }

  @Test
  void aNonHtmlResponseIsRefusedWithoutRetry() {
    server.enqueue(new MockResponse.Builder().code(200).addHeader("Content-Type", "image/png")
        .body("\u0089PNG").build());
    assertThatThrownBy(() -> fetcher.fetch(url("/photo.png")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.NOT_HTML);
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.status()).hasValue(200);
        })
        .hasMessageContaining("is 'image/png', not an HTML page");
  }

  @Test
  void aClientErrorIsNotRetried() {
    server.enqueue(status(404));
    assertThatThrownBy(() -> fetcher.fetch(url("/gone")))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.HTTP_STATUS);
          assertThat(e.status()).hasValue(404);
          assertThat(e.attempts()).isEqualTo(1);
        });
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void aUrlThatIsNotHttpIsRefusedBeforeAnyRequest() {
    assertThatThrownBy(() -> fetcher.fetch("ftp://example.com/x"))
        .isInstanceOfSatisfying(FetchException.class, e -> {
          assertThat(e.problem()).isEqualTo(Problem.INVALID_URL);
          assertThat(e.attempts()).isZero();
        });
  }

  @Test
  void theConfigurationIsCheckedAndCopiedNotChanged() {
    FetchConfig base = FetchConfig.defaults();
    FetchConfig derived = base.withMaxAttempts(5).withUserAgent("acme-watch/1.0");
    assertThat(base.maxAttempts()).isEqualTo(FetchConfig.DEFAULT_MAX_ATTEMPTS);
    assertThat(derived.maxAttempts()).isEqualTo(5);
    assertThat(derived.userAgent()).isEqualTo("acme-watch/1.0");
    assertThatThrownBy(() -> base.withMaxAttempts(0))
        .hasMessage("maxAttempts must be 1..10: 0");
    assertThatThrownBy(() -> base.withUserAgent("bad\nagent"))
        .hasMessageContaining("userAgent must be non-blank printable ASCII");
    assertThatThrownBy(() -> base.withTimeouts(Duration.ZERO, Duration.ofSeconds(1),
        Duration.ofSeconds(1))).hasMessageContaining("connectTimeout must be positive");
  }
}
