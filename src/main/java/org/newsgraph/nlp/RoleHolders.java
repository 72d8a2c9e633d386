package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntPredicate;
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
  private final IntPredicate quoted;
  private Map<String, Integer> salience;

  /** @param quoted whether a character offset is inside quotation marks */
  RoleHolders(String text, List<MentionSpan> mentions, IntPredicate quoted) {
    this.text = text;
    this.mentions = mentions;
    this.quoted = quoted;
  }

  /**
   * The mention of the given type the article gives this role noun: among the holders, the one whose
   * title or apposition holds most of the description's other words ("the former
   * president" prefers "former President Bill Clinton" to "President Obama"), then one before offset
   * over one after, then the one given the role most often, then the nearest; or null. Not a name inside
   * quotation marks: someone quoted about is not introduced by the article.
   */
  MentionSpan holder(String role, List<String> modifiers, String type, int offset) {
    String noun = role.toLowerCase(Locale.ROOT);
    String abbreviation = ABBREVIATED.get(noun);
    String word = abbreviation == null ? Pattern.quote(noun) : "(?:" + Pattern.quote(noun) + "|"
        + Pattern.quote(abbreviation) + "\\.?)";
    // No comma between: "According to the ministry, Russia's forces ..." gives the ministry no holder.
    Pattern before = Pattern.compile("(?i)(?<![\\p{L}])" + word + "\\s+" + "(?-i)" + BETWEEN + "$");
    Pattern inside = Pattern.compile("(?i)^(?:[\\p{L}.'’-]+\\s+){0,3}?" + word + "\\s+\\p{Lu}");
    // Not when a name follows: in "Hillary Clinton, former UN Ambassador John Bolton" the title is Bolton's.
    Pattern after = Pattern.compile("^,\\s+(?:(?:the|a|an)\\s+)?(?:[\\p{L}'’-]+\\s+){0,5}?(?i)" + word
        + "(?![\\p{L}])(?-i)(?!\\s+\\p{Lu})");
    List<Pattern> others = wordPatterns(modifiers);
    // A former holder comes after present ones: "the president" is rather not "former President Bill Clinton".
    List<Pattern> former = modifiers.contains("former") ? List.of()
        : List.of(Pattern.compile("(?i)(?<![\\p{L}])former\\s+(?:[\\p{L}.'’-]+\\s+){0,2}?" + word + "(?![\\p{L}])"));
    List<MentionSpan> holders = new ArrayList<>();
    for (MentionSpan m : mentions) {
      if (m.type().equals(type) && SpeakerResolver.isName(m) && !quoted.test(m.begin())
          && (holds(m, before, after) || inside.matcher(m.text()).find())) {
        holders.add(m);
      }
    }
    Map<String, Integer> times = salience();
    MentionSpan best = null;
    long bestKey = Long.MIN_VALUE;
    for (MentionSpan m : holders) {
      // More shared words first; then a present holder over a former one; then one before the
      // description over one after; then the one the article names most often ("President Obama" over a "World Bank President" named once): a
      // shortened role refers to someone the story is about; then the nearest.
      boolean isBefore = m.begin() < offset;
      boolean present = former.isEmpty() || sharedWordsOf(m, former) == 0;
      long key = (long) Math.min(sharedWordsOf(m, others), 7) << 45 | (present ? 1L << 44 : 0) | (isBefore ? 1L << 43 : 0)
          | (long) Math.min(times.get(identity(m)), 31) << 38 | (isBefore ? m.begin() : (1L << 31) - m.begin());
      if (key > bestKey) {
        best = m;
        bestKey = key;
      }
    }
    return best;
  }

  private static List<Pattern> wordPatterns(List<String> words) {
    return words.stream().map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])")).toList();
  }

  /** How often the article names each person or organisation, outside quotation marks. */
  Map<String, Integer> salience() {
    if (salience == null) {
      salience = new HashMap<>();
      for (MentionSpan m : mentions) {
        if (SpeakerResolver.isName(m) && !quoted.test(m.begin())) {
          salience.merge(identity(m), 1, Integer::sum);
        }
      }
    }
    return salience;
  }

  /** One holder however the article shortens the name: its full form, else its last word. */
  static String identity(MentionSpan m) {
    if (m.canonical() != null) {
      return m.canonical();
    }
    String[] words = m.text().split("\\s+");
    return words[words.length - 1];
  }

  /**
   * How many of the word patterns match in the mention's title or apposition: 40 characters either side,
   * within its paragraph, lower-cased.
   */
  private int sharedWordsOf(MentionSpan m, List<Pattern> words) {
    int from = Math.max(0, m.begin() - 40);
    int to = Math.min(text.length(), m.end() + 40);
    String left = text.substring(from, m.begin());
    String right = text.substring(m.end(), to);
    left = left.substring(left.lastIndexOf('\n') + 1);
    right = right.indexOf('\n') < 0 ? right : right.substring(0, right.indexOf('\n'));
    String around = (left + " " + m.text() + " " + right).toLowerCase(Locale.ROOT);
    int n = 0;
    for (Pattern w : words) {
      if (w.matcher(around).find()) {
        n++;
      }
    }
    return n;
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
