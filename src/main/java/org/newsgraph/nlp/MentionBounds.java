package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mention boundaries repaired before entities are resolved, by general rules of English news text:
 * <ul>
 *   <li>"X-based Y": X only says where Y sits, so the X mention goes ("Britain-based Syrian Observatory");
 *       "X-led / X-backed / ... Y" names X as an actor, so the mention keeps X without the suffix ("US-led");</li>
 *   <li>an Arabic article clitic written before a name belongs to it ("al-" + "Qaeda" = "al-Qaeda");</li>
 *   <li>"Observatory for Human Rights": a capitalised head before "for"/"of" and the mention after it are one
 *       organisation name, when the mention is an organisation or other name (not a place or a person:
 *       "President of Syria" stays two);</li>
 *   <li>in a title-case headline, a span the body does not confirm is cut to the part that the body names
 *       ("ISIS Terrorists Killed" -> "ISIS"), or dropped when it is only common words ("Civilians Killed").</li>
 * </ul>
 */
final class MentionBounds {
  private static final Pattern ACTOR_SUFFIX = Pattern.compile(
      "(?i)[-‐‑](led|backed|funded|sponsored|supported|allied|brokered|controlled|held|run|linked|affiliated|aligned)$");
  private static final Pattern SEAT_SUFFIX = Pattern.compile("(?i)[-‐‑]based$");
  private static final Pattern CLITIC_BEFORE = Pattern.compile("(?<![\\p{L}\\p{N}])([Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dnrsz])[-‐‑]$");
  private static final Pattern HEAD_BEFORE = Pattern.compile(
      "((?:[A-Z][\\p{L}'’]+ ){1,4})(for|of) $");
  /** Role nouns that head "X of Y" phrases naming a person's office, not an organisation. */
  private static final Set<String> ROLES = Set.of("president", "minister", "secretary", "head", "director", "chief",
      "leader", "commander", "spokesman", "spokeswoman", "spokesperson", "governor", "king", "queen", "prince",
      "ambassador", "envoy", "mayor", "chairman", "member", "members", "people", "city", "province", "government",
      "republic", "state", "kingdom", "north", "south", "east", "west", "capital");

  private MentionBounds() {}

  static List<MentionSpan> repair(String text, List<MentionSpan> mentions) {
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    for (MentionSpan m : mentions) {
      MentionSpan r = compound(text, m);
      if (r != null) {
        out.add(clitic(text, r));
      }
    }
    out = qualified(text, out);
    return headline(text, out);
  }

  /** Null for an "X-based" mention; the mention without an actor suffix; otherwise the mention itself. */
  static MentionSpan compound(String text, MentionSpan m) {
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 8));
    if (SEAT_SUFFIX.matcher(m.text()).find() || after.matches("(?i)^[-‐‑]based\\b.*")) {
      return null;
    }
    Matcher a = ACTOR_SUFFIX.matcher(m.text());
    if (a.find() && a.start() > 0) {
      return span(text, m, m.begin(), m.begin() + a.start());
    }
    return m;
  }

  static MentionSpan clitic(String text, MentionSpan m) {
    Matcher c = CLITIC_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 5), m.begin()));
    if (!c.find()) {
      return m;
    }
    return span(text, m, m.begin() - (c.end() - c.start()), m.end());
  }

  /** Joins "Head for|of" + an organisation/MISC mention into one organisation, absorbing mentions inside it. */
  static List<MentionSpan> qualified(String text, List<MentionSpan> mentions) {
    List<MentionSpan> out = new ArrayList<>();
    for (MentionSpan m : mentions) {
      if (!m.type().equals("ORGANIZATION") && !m.type().equals("MISC")) {
        out.add(m);
        continue;
      }
      String before = text.substring(Math.max(0, m.begin() - 60), m.begin());
      Matcher h = HEAD_BEFORE.matcher(before);
      String[] head = h.find() ? h.group(1).trim().split(" ") : new String[0];
      if (head.length == 0 || ROLES.contains(head[head.length - 1].toLowerCase(Locale.ROOT))) {
        out.add(m);
        continue;
      }
      int begin = m.begin() - (before.length() - h.start());
      if (head[0].equals("The") && head.length > 1) {
        begin += 4;
      }
      while (!out.isEmpty() && out.get(out.size() - 1).end() > begin) {
        out.remove(out.size() - 1);
      }
      out.add(new MentionSpan(m.sentence(), begin, m.end(), text.substring(begin, m.end()), "ORGANIZATION",
          m.nerTag(), m.confidence(), null));
    }
    return out;
  }

  /** Title-case headline spans: cut to what the body confirms, or dropped when made of the body's common words. */
  static List<MentionSpan> headline(String text, List<MentionSpan> mentions) {
    int titleEnd = text.indexOf("\n\n");
    if (titleEnd < 0 || !titleCase(text.substring(0, titleEnd))) {
      return mentions;
    }
    String body = text.substring(titleEnd);
    List<MentionSpan> out = new ArrayList<>();
    for (MentionSpan m : mentions) {
      String[] words = m.text().split(" ");
      if (m.begin() >= titleEnd || words.length < 2 || containsWord(body, m.text())) {
        out.add(m);
        continue;
      }
      MentionSpan cut = confirmedPart(text, body, m, words);
      if (cut != null) {
        out.add(cut);
      } else if (!containsWord(body, words[0].toLowerCase(Locale.ROOT))) {
        out.add(m);
      }
    }
    return out;
  }

  private static MentionSpan confirmedPart(String text, String body, MentionSpan m, String[] words) {
    for (int len = words.length - 1; len >= 1; len--) {
      String prefix = String.join(" ", java.util.Arrays.copyOfRange(words, 0, len));
      if (containsWord(body, prefix)) {
        return span(text, m, m.begin(), m.begin() + prefix.length());
      }
      String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - len, words.length));
      if (containsWord(body, suffix)) {
        return span(text, m, m.end() - suffix.length(), m.end());
      }
    }
    return null;
  }

  /** Most words (of three letters or more) capitalised: a headline, not a sentence. */
  static boolean titleCase(String line) {
    int words = 0;
    int capital = 0;
    for (String w : line.split("\\s+")) {
      if (w.length() >= 3 && Character.isLetter(w.charAt(0))) {
        words++;
        capital += Character.isUpperCase(w.charAt(0)) ? 1 : 0;
      }
    }
    return words >= 3 && capital * 4 >= words * 3;
  }

  private static boolean containsWord(String hay, String needle) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])").matcher(hay).find();
  }

  private static MentionSpan span(String text, MentionSpan m, int begin, int end) {
    return new MentionSpan(m.sentence(), begin, end, text.substring(begin, end), m.type(), m.nerTag(), m.confidence(),
        m.canonical());
  }
}
