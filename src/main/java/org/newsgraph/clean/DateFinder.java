package org.newsgraph.clean;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds calendar dates written the ways news pages print them, and parses date columns. */
public final class DateFinder {
  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
  private static final String MONTH =
      "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
          + "|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
  private static final Pattern YMD = Pattern.compile("\\b(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\b");
  private static final Pattern MDY = Pattern.compile("(?i)\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DMY = Pattern.compile("(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern NUMERIC_MDY = Pattern.compile("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$");

  private DateFinder() {}

  /** The first date in {@code text}, if any. */
  public static Optional<LocalDate> find(String text) {
    Optional<LocalDate> best = Optional.empty();
    int bestStart = Integer.MAX_VALUE;
    Matcher m = YMD.matcher(text);
    if (m.find()) {
      Optional<LocalDate> d = of(m.group(1), m.group(2), m.group(3));
      if (d.isPresent()) {
        best = d;
        bestStart = m.start();
      }
    }
    m = MDY.matcher(text);
    if (m.find() && m.start() < bestStart) {
      Optional<LocalDate> d = of(m.group(3), month(m.group(1)), m.group(2));
      if (d.isPresent()) {
        best = d;
        bestStart = m.start();
      }
    }
    m = DMY.matcher(text);
    if (m.find() && m.start() < bestStart) {
      Optional<LocalDate> d = of(m.group(3), month(m.group(2)), m.group(1));
      if (d.isPresent()) {
        best = d;
      }
    }
    return best;
  }

  /**
   * Parses a date column value: ISO dates and timestamps, the textual forms {@link #find} knows, and
   * numeric {@code M/D/YYYY} (the US order used by FA-KES and most CSV exports; documented in README).
   */
  public static Optional<LocalDate> parseColumn(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String v = value.trim();
    Matcher m = NUMERIC_MDY.matcher(v);
    if (m.matches()) {
      return of(m.group(3), m.group(1), m.group(2));
    }
    return find(v);
  }

  /** Whether the line is a date (with optional weekday and time) and little else. */
  static boolean isDateLine(String line) {
    String rest = YMD.matcher(line).replaceAll(" ");
    rest = MDY.matcher(rest).replaceAll(" ");
    rest = DMY.matcher(rest).replaceAll(" ");
    if (rest.length() == line.length()) {
      return false;
    }
    String leftover = rest.replaceAll("(?i)\\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b|\\d{1,2}:\\d{2}(:\\d{2})?\\s*(am|pm)?|"
        + "\\b(gmt|utc|updated|published|posted|on|at)\\b|[\\p{Punct}\\s|/–—-]", "");
    return leftover.length() <= 3;
  }

  private static String month(String name) {
    return String.valueOf(MONTHS.get(name.substring(0, 3).toLowerCase(Locale.ROOT)));
  }

  private static Optional<LocalDate> of(String y, String mo, String d) {
    try {
      int year = Integer.parseInt(y);
      if (year < 1900 || year > 2100) {
        return Optional.empty();
      }
      return Optional.of(LocalDate.of(year, Integer.parseInt(mo), Integer.parseInt(d)));
    } catch (NumberFormatException | DateTimeException e) {
      return Optional.empty();
    }
  }
}
