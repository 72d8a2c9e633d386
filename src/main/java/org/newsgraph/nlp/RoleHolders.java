package org.newsgraph.nlp;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who an article gives a role: "the senator" is the person it wrote as "Sen. Lindsey Graham" or
 * "Vermont Senator Bernie Sanders" (the role word, maybe abbreviated, before the name, with only
 * capitalised words or role modifiers between; also when the tagger took the title into the name), or as "John Bolton, the former ambassador" (the role in an
 * apposition right after the name). The same for organisations: "Wells Fargo, the bank" / "the bank
 * Wells Fargo". News introduces a role holder this way before shortening to the role, so the nearest
 * holder before the description is taken, else the first one after it.
 */
final class RoleHolders {
  /** Abbreviations news writes before names; the key is the role noun a description uses. */
  private static final Map<String, String> ABBREVIATED = Map.of("senator", "sen", "representative", "rep",
      "congressman", "rep", "governor", "gov", "general", "gen", "colonel", "col", "professor", "prof",
      "president", "pres", "secretary", "sec", "lieutenant", "lt");
  /** Words that may stand between a role noun and the name: "presidential nominee", "chief executive". */
  private static final String BETWEEN = "(?:[\\p{Lu}][\\p{L}.'’-]*\\s+|(?:presidential|vice|deputy|chief|executive|"
      + "general|state|foreign|defense|defence|former|acting|then|of|for|the)\\s+){0,5}";

  private final String text;
  private final List<MentionSpan> mentions;

  RoleHolders(String text, List<MentionSpan> mentions) {
    this.text = text;
    this.mentions = mentions;
  }

  /** The mention of the given type the article gives this role noun, nearest before offset, else after; or null. */
  MentionSpan holder(String role, String type, int offset) {
    String noun = role.toLowerCase(Locale.ROOT);
    String abbreviation = ABBREVIATED.get(noun);
    String word = abbreviation == null ? Pattern.quote(noun) : "(?:" + Pattern.quote(noun) + "|"
        + Pattern.quote(abbreviation) + "\\.?)";
    Pattern before = Pattern.compile("(?i)(?<![\\p{L}])" + word + ",?\\s+" + "(?-i)" + BETWEEN + "$");
    Pattern inside = Pattern.compile("(?i)^(?:[\\p{L}.'’-]+\\s+){0,3}?" + word + "\\s+\\p{Lu}");
    Pattern after = Pattern.compile("^,\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}?(?i)" + word + "(?![\\p{L}])");
    MentionSpan best = null;
    for (MentionSpan m : mentions) {
      if (!m.type().equals(type) || !SpeakerResolver.isName(m)
          || !(holds(m, before, after) || inside.matcher(m.text()).find())) {
        continue;
      }
      if (m.begin() < offset) {
        best = m;
      } else if (best == null) {
        return m;
      }
    }
    return best;
  }

  private boolean holds(MentionSpan m, Pattern before, Pattern after) {
    String left = text.substring(Math.max(0, m.begin() - 80), m.begin());
    int nl = left.lastIndexOf('\n');
    if (before.matcher(nl < 0 ? left : left.substring(nl + 1)).find()) {
      return true;
    }
    String right = text.substring(m.end(), Math.min(text.length(), m.end() + 80));
    int cut = right.indexOf('\n');
    return after.matcher(cut < 0 ? right : right.substring(0, cut)).find();
  }
}
