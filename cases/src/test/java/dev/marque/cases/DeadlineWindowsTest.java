package dev.marque.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped deadline windows and working-day calendars, and files of a user's own. */
class DeadlineWindowsTest {
  @TempDir
  Path dir;

  static DeadlineRule rule(String id) {
    return DeadlineRule.standard().stream().filter(r -> r.id().equals(id)).findFirst()
        .orElseThrow();
  }

  @Test
  void every_shipped_window_names_its_source_and_how_it_counts() {
    List<DeadlineRule> rules = DeadlineRule.standard();
    assertThat(rules).extracting(DeadlineRule::id).containsExactly("dmca-512g",
        "ebay-vero-counter", "prc-art43", "cn-spc-2020-9", "alibaba-ipp-first-counter");
    assertThat(rules).allSatisfy(r -> assertThat(r.source()).isNotBlank());
    assertThat(rule("dmca-512g").source()).contains("512(g)(2)(C)");
    assertThat(rule("dmca-512g").counting()).isEqualTo(DayCount.BUSINESS);
    assertThat(rule("dmca-512g").calendar().name()).isEqualTo("US");
    assertThat(rule("prc-art43").counting()).isEqualTo(DayCount.CALENDAR_ROLL);
    assertThat(rule("prc-art43").calendar().name()).isEqualTo("CN");
    assertThat(rule("cn-spc-2020-9").counting()).isEqualTo(DayCount.BUSINESS);
  }

  @Test
  void the_us_calendar_keeps_federal_holidays_and_their_observed_days() {
    WorkCalendar us = WorkCalendar.shipped("US");
    assertThat(us.isWorkingDay(LocalDate.of(2026, 1, 19))).isFalse(); // 3rd Monday: MLK Day
    assertThat(us.isWorkingDay(LocalDate.of(2026, 7, 3))).isFalse(); // 4 July is a Saturday
    assertThat(us.isWorkingDay(LocalDate.of(2026, 11, 26))).isFalse(); // Thanksgiving
    assertThat(us.isWorkingDay(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(us.isWorkingDay(LocalDate.of(2020, 6, 19))).isTrue(); // before Juneteenth was
    assertThat(us.isWorkingDay(LocalDate.of(2023, 6, 19))).isFalse();
    // 1 January 2022 was a Saturday: observed on Friday 31 December 2021
    assertThat(us.holiday(LocalDate.of(2021, 12, 31))).hasValueSatisfying(h -> assertThat(h)
        .contains("New Year's Day").contains("6103"));
    assertThat(us.covers(LocalDate.of(2031, 1, 1))).isTrue();
  }

  @Test
  void the_cn_calendar_has_the_announced_holidays_and_worked_weekends() {
    WorkCalendar cn = WorkCalendar.shipped("CN");
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 14))).isTrue(); // a Saturday worked
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 16))).isFalse(); // Spring Festival
    assertThat(cn.isWorkingDay(LocalDate.of(2026, 2, 24))).isTrue();
    assertThat(cn.covers(LocalDate.of(2026, 6, 1))).isTrue();
    assertThat(cn.covers(LocalDate.of(2027, 6, 1))).isFalse();
  }

  @Test
  void business_days_skip_the_windows_own_holidays() {
    // a counter-notice on Monday 23 November 2026: Thanksgiving (Thursday) is not counted
    assertThat(rule("dmca-512g").plus(LocalDate.of(2026, 11, 23), 10))
        .isEqualTo(LocalDate.of(2026, 12, 8));
    // Alibaba IPP, complaint on Friday 13 February 2026: the worked Saturday counts, the
    // Spring Festival does not
    assertThat(rule("alibaba-ipp-first-counter").plus(LocalDate.of(2026, 2, 13), 3))
        .isEqualTo(LocalDate.of(2026, 2, 25));
  }

  @Test
  void art_43s_fifteen_days_end_on_the_next_working_day_after_a_holiday() {
    // 16 September + 15 days is 1 October, National Day; the week off ends on 7 October
    assertThat(rule("prc-art43").plus(LocalDate.of(2026, 9, 16), 15))
        .isEqualTo(LocalDate.of(2026, 10, 8));
    // an ordinary last day stays
    assertThat(rule("prc-art43").plus(LocalDate.of(2026, 3, 2), 15))
        .isEqualTo(LocalDate.of(2026, 3, 17));
  }

  @Test
  void a_users_window_file_is_read_and_every_bad_line_named() throws Exception {
    Path good = Files.writeString(dir.resolve("w.tsv"), "# ours\n"
        + "temu-answer\ttemu\tSUBMITTED\t0\t2\tbusiness\tweekends\tour contract\tTemu answers\n");
    assertThat(DeadlineRule.read(good)).singleElement().satisfies(r -> {
      assertThat(r.routes()).containsExactly("temu");
      assertThat(r.plus(LocalDate.of(2026, 3, 6), 2)).isEqualTo(LocalDate.of(2026, 3, 10));
    });
    Path bad = Files.writeString(dir.resolve("bad.tsv"),
        "a\t*\tSENT\t0\t2\tbusiness\tUS\ts\td\n"
            + "b\t*\tSUBMITTED\t0\ttwo\tbusiness\tUS\ts\td\n"
            + "c\t*\tSUBMITTED\t0\t2\tweekdays\tUS\ts\td\n"
            + "d\t*\tSUBMITTED\t0\t2\tbusiness\tFR\ts\td\n"
            + "e\t*\tSUBMITTED\t0\t2\tbusiness\tUS\t \td\n"
            + "f\t*\tSUBMITTED\n");
    assertThatThrownBy(() -> DeadlineRule.read(bad)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("bad.tsv line 1: after 'SENT' is not one of")
        .hasMessageContaining("line 2: to 'two' is not a number")
        .hasMessageContaining("line 3: counting 'weekdays'")
        .hasMessageContaining("line 4: no working-day calendar 'FR'")
        .hasMessageContaining("line 5: source must not be blank")
        .hasMessageContaining("line 6: expected 9 tab-separated columns");
  }

  @Test
  void a_users_calendar_file_is_read() throws Exception {
    Path file = Files.writeString(dir.resolve("fr.tsv"), "05-01\toff\tFête du Travail\tCode du"
        + " travail L3133-1\n2026-05-14\toff\tAscension\tCode du travail L3133-1\n");
    WorkCalendar fr = WorkCalendar.read("FR", file);
    assertThat(fr.isWorkingDay(LocalDate.of(2026, 5, 1))).isFalse();
    assertThat(fr.isWorkingDay(LocalDate.of(2026, 5, 14))).isFalse();
    assertThat(fr.isWorkingDay(LocalDate.of(2026, 5, 13))).isTrue();
    Path windows = Files.writeString(dir.resolve("w.tsv"),
        "fr\t*\tSUBMITTED\t0\t2\tbusiness\tFR\ts\td\n");
    assertThat(DeadlineRule.read(windows, List.of(fr)).get(0).plus(LocalDate.of(2026, 4, 30),
        2)).isEqualTo(LocalDate.of(2026, 5, 5));
    Path bad = Files.writeString(dir.resolve("bad.tsv"), "13-45\toff\tx\ty\n"
        + "2026-01-03\toff-observed\tx\ty\n");
    assertThatThrownBy(() -> WorkCalendar.read("X", bad))
        .hasMessageContaining("bad.tsv line 1: '13-45' is not")
        .hasMessageContaining("line 2: off-observed is for every-year rules");
  }
}
