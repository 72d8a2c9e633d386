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
  /** "X, also known as Y and Z", "X (also known as Y)", "X, aka Y": the article says Y is another name of X. */
  private static final Pattern AKA = Pattern.compile("\\A\\s*[,(]?\\s*(?:(?:also|otherwise|better) known as|a\\.k\\.a\\.|aka)\\s+");
  /** An opening bracket after a name: "Daesh (ISIS)". */
  private static final Pattern PAREN = Pattern.compile("\\A\\s?\\(\\s*");
  /** The bracket closing such a list, not a credit line's: "(AFP) -", "... the Observatory said (AFP)." */
  private static final Pattern CLOSING = Pattern.compile("\\s*\\)(?!\\s*(?:[-–—.:;]|$))");
  /** What may stand between the names of one such list. */
  private static final Pattern LIST_GAP = Pattern.compile("(?:\\s|,|\\band\\b|\\bor\\b|\\bthe\\b)*");
  /** A gap that introduces a list's last name. */
  private static final Pattern FINAL_GAP = Pattern.compile("\\b(?:and|or)\\b");
  private static final java.util.Set<String> SMALL_WORDS = java.util.Set.of("of", "for", "the", "and", "in", "on", "de");

  private EntityLinker() {}

  public static List<MentionSpan> link(String text, List<MentionSpan> mentions) {
    Map<String, String> acronyms = acronyms(text, mentions);
    List<MentionSpan> candidates = withPrefixes(text, mentions);
    RunTogether runTogether = new RunTogether(mentions);
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    Map<String, MentionSpan> byText = new HashMap<>();
    for (MentionSpan m : mentions) {
      byText.putIfAbsent(m.text(), m);
    }
    for (MentionSpan m : mentions) {
      String expansion = acronyms.get(m.text());
      // Another name of a mention is named as that mention is: its own fullest form.
      MentionSpan defining = expansion == null ? null : byText.get(expansion);
      String name = expansion == null ? fullest(text, m, candidates, runTogether)
          : defining == null || defining.text().equals(m.text()) ? expansion : fullest(text, defining, candidates, runTogether);
      out.add(m.withCanonical(stripThe(name)));
    }
    return out;
  }

  /**
   * Names the article defines: "Syrian Democratic Forces (SDF)", the acronym in brackets right after a
   * mention whose initials it spells; and the names listed after "also known as" ("the Islamic State, also
   * known as ISIS and ISIL"). An acronym defined so is also a definition the archive learns (ArchiveMerges).
   */
  static Map<String, String> acronyms(String text, List<MentionSpan> mentions) {
    Map<String, String> out = new HashMap<>();
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan m = mentions.get(i);
      Matcher a = PAREN_ACRONYM.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 12));
      if (a.find() && spells(initials(m.text()), a.group(1))) {
        out.putIfAbsent(a.group(1), m.text());
      }
      if (m.type().equals("LOCATION")) {
        continue;
      }
      // Regions, not substrings: this runs for every mention of every article.
      Matcher aka = AKA.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 30));
      if (aka.find()) {
        nameList(text, mentions, i, aka.end(), false, out);
      } else if (!m.type().equals("PERSON")) {
        Matcher paren = PAREN.matcher(text).region(m.end(), Math.min(text.length(), m.end() + 3));
        if (paren.find()) {
          nameList(text, mentions, i, paren.end(), true, out);
        }
      }
    }
    return out;
  }

  /**
   * The names listed from {@code from} on, after mention i: each becomes another name of it. The list ends
   * after the name that "and"/"or" introduces, and at a person: in "also known as ISIS or ISIL, Trump said"
   * the sentence goes on after the list. In brackets ("Daesh (ISIS)", "ISIL (Islamic State, ISIS and
   * Daesh)") it holds only group names and ends at the closing bracket, which a credit line's does not:
   * "Hezbollah (AFP reported)", "... (AFP)." or "(Reuters) -".
   */
  private static void nameList(String text, List<MentionSpan> mentions, int i, int from, boolean bracketed,
                               Map<String, String> out) {
    MentionSpan m = mentions.get(i);
    List<String> names = new ArrayList<>();
    boolean last = false;
    int end = from;
    for (int j = i + 1; !last && j < mentions.size() && mentions.get(j).begin() >= end
        && LIST_GAP.matcher(text).region(end, mentions.get(j).begin()).matches(); j++) {
      MentionSpan y = mentions.get(j);
      if (y.type().equals("PERSON") && !m.type().equals("PERSON")) {
        break;
      }
      boolean acronym = NameShapes.isAcronym(y.text());
      // A longer name's own acronym must spell it: "Observatory for Human Rights (SOHR)" is the tagger's cut
      // of a longer name, whose acronym the rule above reads where the tagger has it whole.
      if (bracketed && (!y.type().equals("ORGANIZATION") && !acronym
          || acronym && m.text().contains(" ") && !spells(initials(m.text()), y.text()))) {
        return;
      }
      last = FINAL_GAP.matcher(text).region(end, y.begin()).find();
      names.add(y.text());
      end = y.end();
    }
    if (bracketed && !CLOSING.matcher(text).region(end, text.length()).lookingAt()) {
      return;
    }
    for (String y : names) {
      if (!y.equals(m.text())) {
        out.putIfAbsent(y, m.text());
      }
    }
  }

  /**
   * Whether a bracketed acronym abbreviates a name with these initials: it spells them ("Free Syrian Army
   * (FSA)"), or starts with them and spells a longer form of the name ("Islamic State (ISIS)": Islamic State
   * of Iraq and Syria).
   */
  static boolean spells(String initials, String acronym) {
    return initials.equalsIgnoreCase(acronym)
        || initials.length() >= 2 && acronym.length() > initials.length()
        && acronym.toUpperCase(Locale.ROOT).startsWith(initials.toUpperCase(Locale.ROOT));
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

  /**
   * The nearest same-type fuller form before the mention (else the first after it): one that contains the
   * mention's words in order and ends like it ("Lavrov" -> "Sergey Lavrov"), or, for a one-word person name
   * that is no one's surname here, one that starts with it ("Hillary" -> "Hillary Clinton"). Titles before a
   * person's name do not count as its words ("Mr. Obama"), and an honorific's gender rules out a full name
   * whose first name has the other gender ("Mrs. Clinton" is not "Bill Clinton"). A span that runs the name
   * together with another ("Daesh Rami Abdel Rahman") is no fuller form ({@link RunTogether}).
   */
  private static String fullest(String text, MentionSpan m, List<MentionSpan> candidates, RunTogether runTogether) {
    if (!m.type().equals("PERSON") && !m.type().equals("ORGANIZATION")) {
      return m.text();
    }
    boolean person = m.type().equals("PERSON");
    List<String> words = person ? PersonNames.withoutTitles(SpeakerResolver.words(m.text())) : SpeakerResolver.words(m.text());
    PersonNames.Gender gender = person ? PersonNames.honorific(text, m.begin(), m.text()) : null;
    boolean acronym = NameShapes.isAcronym(m.text());
    MentionSpan found = nearest(m, candidates, c -> (extendsForm(c, words) || !person && extendsForm(beforeQualifier(c), words))
        && !runTogether.joins(c, words, m.type(), acronym), gender);
    if (found == null && person && words.size() == 1) {
      found = nearest(m, candidates, c -> c.size() > 1 && c.get(0).equals(words.get(0)), gender);
    }
    return found != null ? found.text() : m.text();
  }

  /**
   * Among the fitting forms, the one the article names most often (its subject: "Clinton" in a story about
   * Hillary Clinton that names Bill Clinton once), then the nearest before the mention, then the first after.
   */
  private static MentionSpan nearest(MentionSpan m, List<MentionSpan> candidates,
                                     java.util.function.Predicate<List<String>> fits, PersonNames.Gender gender) {
    Map<String, Integer> times = new HashMap<>();
    for (MentionSpan c : candidates) {
      times.merge(c.text(), 1, Integer::sum);
    }
    MentionSpan best = null;
    for (MentionSpan c : candidates) {
      if (!c.type().equals(m.type())) {
        continue;
      }
      List<String> cw = m.type().equals("PERSON") ? PersonNames.withoutTitles(SpeakerResolver.words(c.text()))
          : SpeakerResolver.words(c.text());
      if (!fits.test(cw) || gender != null && cw.size() > 1 && PersonNames.firstNameGender(cw.get(0)) != null
          && PersonNames.firstNameGender(cw.get(0)) != gender) {
        continue;
      }
      if (better(c, best, m, times)) {
        best = c;
      }
    }
    return best;
  }

  private static boolean better(MentionSpan c, MentionSpan best, MentionSpan m, Map<String, Integer> times) {
    if (best == null) {
      return true;
    }
    int t = Integer.compare(times.get(c.text()), times.get(best.text()));
    if (t != 0) {
      return t > 0;
    }
    boolean cBefore = c.begin() <= m.begin();
    if (cBefore != best.begin() <= m.begin()) {
      return cBefore;
    }
    // Both before: the nearer (or, at one place, the longer); both after: the first, as candidates come in text order.
    return cBefore && (c.begin() > best.begin() || c.begin() == best.begin() && c.text().length() > best.text().length());
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
