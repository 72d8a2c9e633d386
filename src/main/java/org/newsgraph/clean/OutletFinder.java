package org.newsgraph.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the outlet that published an article from the shapes news pages use to name it: a bare domain
 * line ("presstv.ir"), an author/source label, a wire dateline ("MOSCOW, Jun. 01 (MNA) –"), or an
 * attribution to a wire ("..., Reuters reported.", "Axar.az reports citing ...").
 */
final class OutletFinder {
  static final Pattern DOMAIN = Pattern.compile("(?i)^(?:https?://)?(?:www\\.)?([a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.[a-z]{2,6})/?$");
  private static final Pattern LABEL = Pattern.compile("(?i)^(author|source|by|publisher|agency)\\s*:?\\s*(.*)$");
  private static final Pattern DATELINE = Pattern.compile(
      "^[A-Z][A-Z .'-]{2,30},[^()]{0,40}\\(([A-Z][A-Za-z]{1,12})\\)\\s*[-–—:]");
  private static final Pattern REPORTED = Pattern.compile(
      "(?:^|[,;]\\s+)((?:[A-Z][\\w&-]*(?:\\.[a-z]{2,6})?)(?:\\s+[A-Z][\\w&-]*){0,2})\\s+(?:reported|reports)\\b");

  private OutletFinder() {}

  /** Looks through metadata lines first, then the first body lines. */
  static Optional<String> find(List<String> metaLines, List<String> bodyLines) {
    for (int i = 0; i < metaLines.size(); i++) {
      String line = metaLines.get(i);
      Matcher d = DOMAIN.matcher(line);
      if (d.matches()) {
        return Optional.of(d.group(1));
      }
      Matcher l = LABEL.matcher(line);
      if (l.matches()) {
        String value = !l.group(2).isBlank() ? l.group(2) : (i + 1 < metaLines.size() ? metaLines.get(i + 1) : "");
        if (isOutletName(l.group(1), value)) {
          return Optional.of(value.trim());
        }
      }
    }
    int limit = Math.min(bodyLines.size(), 4);
    for (int i = 0; i < limit; i++) {
      Matcher m = DATELINE.matcher(bodyLines.get(i));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    for (int i = 0; i < limit; i++) {
      Matcher m = REPORTED.matcher(bodyLines.get(i));
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** "Author"/"By" usually name a person, so only a domain counts there; "Source"/"Agency" name outlets. */
  private static boolean isOutletName(String label, String value) {
    String v = value.trim();
    if (v.isEmpty() || v.length() > 60) {
      return false;
    }
    boolean personLabel = label.equalsIgnoreCase("author") || label.equalsIgnoreCase("by");
    return DOMAIN.matcher(v).matches() || (!personLabel && LineShape.words(v) <= 5);
  }
}
