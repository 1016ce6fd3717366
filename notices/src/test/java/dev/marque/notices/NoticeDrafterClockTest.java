package dev.marque.notices;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.marque.core.Portfolio;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** A drafter dates its notices by the clock it is given, in the clock's time zone. */
class NoticeDrafterClockTest {
  private static final Portfolio PORTFOLIO = Fixtures.samplePortfolio();
  /** Late on 14 June in UTC, already 15 June in Shanghai. */
  private static final Instant LATE = Instant.parse("2026-06-14T20:30:00Z");

  @Test
  void theNoticeDateIsTheClocksDayInItsTimeZone() {
    assertThat(NoticeDrafter.of(PORTFOLIO, Clock.fixed(LATE, ZoneOffset.UTC)).date())
        .isEqualTo(LocalDate.parse("2026-06-14"));
    assertThat(NoticeDrafter.of(PORTFOLIO, Clock.fixed(LATE, ZoneId.of("Asia/Shanghai"))).date())
        .isEqualTo(LocalDate.parse("2026-06-15"));
  }

  @Test
  void aDateSetOnTheBuilderWinsOverTheClock() {
    NoticeDrafter drafter = NoticeDrafter.builder(PORTFOLIO)
        .clock(Clock.fixed(LATE, ZoneOffset.UTC)).date(Fixtures.DATE).build();
    assertThat(drafter.date()).isEqualTo(Fixtures.DATE);
  }

  @Test
  void aMissingClockIsNamed() {
    assertThatThrownBy(() -> NoticeDrafter.of(PORTFOLIO, null)).hasMessage("clock must not be null");
  }
}
