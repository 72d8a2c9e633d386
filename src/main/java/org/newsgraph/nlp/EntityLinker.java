package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Links each mention to the fullest form of its entity within one article: a surname to the full name
 * given before it ("Lavrov" -> "Sergey Lavrov"), an acronym to the name spelled out beside it
 * ("SDF" -> "Syrian Democratic Forces" after "Syrian Democratic Forces (SDF)"), a short organisation name
 * to its longer form ("Defense Ministry" -> "Russian Defense Ministry"). When two full forms fit
 * ("Bashar Assad" and "Hafez Assad" both named), the nearest one before the mention wins.
 */
public final class EntityLinker {
  private static final Pattern PAREN_ACRONYM = Pattern.compile("\\A\\s*\\(([A-Z][A-Za-z]{1,7})\\)");
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "for", "the", "and", "in", "on", "de");

  private EntityLinker() {}

  public static List<MentionSpan> link(String text, List<MentionSpan> mentions) {
    Map<String, String> acronyms = acronyms(text, mentions);
    List<MentionSpan> candidates = withPrefixes(text, mentions);
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    for (MentionSpan m : mentions) {
      String expansion = acronyms.get(m.text());
      String name = expansion != null ? expansion : fullest(m, candidates);
      out.add(m.withCanonical(stripThe(name)));
    }
    return out;
  }

  /** "Syrian Democratic Forces (SDF)": the acronym in brackets right after a mention whose initials it spells. */
  static Map<String, String> acronyms(String text, List<MentionSpan> mentions) {
    Map<String, String> out = new HashMap<>();
    for (MentionSpan m : mentions) {
      Matcher a = PAREN_ACRONYM.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 12)));
      if (a.find() && initials(m.text()).equalsIgnoreCase(a.group(1))) {
        out.putIfAbsent(a.group(1), m.text());
      }
    }
    return out;
  }

  private static String initials(String name) {
    StringBuilder b = new StringBuilder();
    for (String w : name.split("[\\s-]+")) {
      if (!w.isEmpty() && !SMALL_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }

  /** The longest same-type form containing the mention's words in order and ending like it. */
  private static String fullest(MentionSpan m, List<MentionSpan> candidates) {
    if (!m.type().equals("PERSON") && !m.type().equals("ORGANIZATION")) {
      return m.text();
    }
    List<String> words = SpeakerResolver.words(m.text());
    MentionSpan before = null;
    MentionSpan after = null;
    for (MentionSpan c : candidates) {
      List<String> cw = SpeakerResolver.words(c.text());
      if (!c.type().equals(m.type()) || !(extendsForm(cw, words) || extendsForm(beforeQualifier(cw), words))) {
        continue;
      }
      if (c.begin() <= m.begin()) {
        if (before == null || c.begin() > before.begin() || c.text().length() > before.text().length() && c.begin() == before.begin()) {
          before = c;
        }
      } else if (after == null) {
        after = c;
      }
    }
    return before != null ? before.text() : after != null ? after.text() : m.text();
  }

  /** "syrian observatory for human rights" -> "syrian observatory": the head that short forms keep. */
  private static List<String> beforeQualifier(List<String> words) {
    for (int i = 1; i < words.size(); i++) {
      if (words.get(i).equals("for") || words.get(i).equals("of")) {
        return words.subList(0, i);
      }
    }
    return words;
  }

  static boolean extendsForm(List<String> longer, List<String> shorter) {
    if (longer.size() <= shorter.size() || shorter.isEmpty()) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < longer.size() && j < shorter.size(); i++) {
      if (longer.get(i).equals(shorter.get(j))) {
        j++;
      }
    }
    return j == shorter.size() && longer.get(longer.size() - 1).equals(shorter.get(shorter.size() - 1));
  }

  /**
   * Adds "Russian Defense Ministry" (and "Russia's Defense Ministry") where CoreNLP tagged the nationality
   * or country apart from the organisation it qualifies.
   */
  static List<MentionSpan> withPrefixes(String text, List<MentionSpan> mentions) {
    List<MentionSpan> out = new ArrayList<>(mentions);
    for (int i = 0; i + 1 < mentions.size(); i++) {
      MentionSpan a = mentions.get(i);
      MentionSpan b = mentions.get(i + 1);
      boolean prefix = a.nerTag().equals("NATIONALITY") || a.nerTag().equals("COUNTRY");
      String gap = b.begin() >= a.end() ? text.substring(a.end(), b.begin()) : "x";
      if (prefix && b.type().equals("ORGANIZATION") && (gap.equals(" ") || gap.equals("'s ") || gap.equals("’s "))) {
        out.add(new MentionSpan(a.sentence(), a.begin(), b.end(), text.substring(a.begin(), b.end()),
            "ORGANIZATION", "ORGANIZATION", null, null));
      }
    }
    out.sort(java.util.Comparator.comparingInt(MentionSpan::begin));
    return out;
  }

  private static String stripThe(String name) {
    return name.regionMatches(true, 0, "the ", 0, 4) ? name.substring(4) : name;
  }
}
