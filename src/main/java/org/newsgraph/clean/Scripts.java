package org.newsgraph.clean;

/** Letter counts by script, to drop lines written in non-Latin scripts (Persian, Arabic, Cyrillic, ...). */
final class Scripts {
  private Scripts() {}

  /** Share of letters in {@code s} that are not Latin script; 0 when there are no letters. */
  static double nonLatinShare(CharSequence s) {
    int letters = 0;
    int nonLatin = 0;
    for (int i = 0; i < s.length(); ) {
      int cp = Character.codePointAt(s, i);
      i += Character.charCount(cp);
      if (!Character.isLetter(cp)) {
        continue;
      }
      letters++;
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.COMMON
          && script != Character.UnicodeScript.INHERITED) {
        nonLatin++;
      }
    }
    return letters == 0 ? 0.0 : (double) nonLatin / letters;
  }

  static boolean hasLetter(CharSequence s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }
}
