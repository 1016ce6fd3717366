package dev.marque.cases;

/**
 * How a deadline window counts its days, as its source says.
 *
 * <table>
 *   <caption>Counting</caption>
 *   <tr><th>value</th><th>in a window file</th><th>counts</th><th>for example</th></tr>
 *   <tr><td>{@link #CALENDAR}</td><td>{@code calendar}</td><td>every day</td><td></td></tr>
 *   <tr><td>{@link #CALENDAR_ROLL}</td><td>{@code calendar-roll}</td><td>every day, but a last
 *       day that is not a working day moves to the next working day</td><td>PRC Art. 43 with
 *       Civil Code Art. 203</td></tr>
 *   <tr><td>{@link #BUSINESS}</td><td>{@code business}</td><td>working days of the window's
 *       calendar only</td><td>DMCA §512(g)</td></tr>
 * </table>
 */
public enum DayCount {
  /** Every day counts. */
  CALENDAR("calendar"),
  /** Every day counts; a last day off moves to the next working day. */
  CALENDAR_ROLL("calendar-roll"),
  /** Only working days count. */
  BUSINESS("business");

  private final String key;

  DayCount(String key) {
    this.key = key;
  }

  /**
   * The word for this counting in a window file.
   *
   * @return {@code calendar}, {@code calendar-roll} or {@code business}
   */
  public String key() {
    return key;
  }
}
