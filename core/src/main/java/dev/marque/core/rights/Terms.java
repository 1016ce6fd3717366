package dev.marque.core.rights;

import dev.marque.core.Jurisdiction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Date and territory rules that the registered rights share. */
final class Terms {
  private Terms() {}

  /** Throws when {@code later} is before {@code earlier}, naming both. */
  static void ordered(Optional<LocalDate> earlier, String earlierName,
      Optional<LocalDate> later, String laterName) {
    if (earlier.isPresent() && later.isPresent() && later.get().isBefore(earlier.get())) {
      throw new IllegalArgumentException(laterName + " " + later.get() + " is before "
          + earlierName + " " + earlier.get());
    }
  }

  /** Whether {@code date} falls within [from, until], each end open when absent. */
  static boolean within(LocalDate date, Optional<LocalDate> from, Optional<LocalDate> until) {
    return from.map(f -> !date.isBefore(f)).orElse(true)
        && until.map(u -> !date.isAfter(u)).orElse(true);
  }

  /**
   * Where a registration applies: the designated jurisdictions when given (an international
   * registration), else the office's own.
   */
  static List<Jurisdiction> territory(Optional<Office> office, List<Jurisdiction> designations,
      String what) {
    if (!designations.isEmpty()) {
      return designations;
    }
    Optional<Jurisdiction> home = office.flatMap(Office::jurisdiction);
    if (home.isPresent()) {
      return List.of(home.get());
    }
    throw new IllegalArgumentException(office.map(o -> o.isInternational()
        ? "a WIPO " + what + " must list its designated jurisdictions"
        : "office " + o.code() + " has no known jurisdiction: list the " + what
            + "'s jurisdictions").orElse("a " + what + " must name its office or jurisdictions"));
  }
}
