package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a person's name says about the person: the honorifics and titles written before it ("Mr.",
 * "Sen.", "President"), the gender an honorific gives ("Mrs. Clinton") and the gender of a first name,
 * from the first-name list CoreNLP's coreference ships in its models jar (loaded once per JVM, ~200 kB).
 */
public final class PersonNames {
  static final String NAME_GENDER = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
  /** Words that may stand before a name without being part of it. */
  private static final Set<String> TITLES = Set.of("mr", "mrs", "ms", "miss", "mme", "madam", "dr", "sir", "lady", "lord",
      "sen", "senator", "rep", "representative", "gov", "governor", "president", "vice", "prime", "minister", "secretary",
      "gen", "general", "col", "colonel", "lt", "sgt", "capt", "captain", "sheikh", "shaikh", "king", "queen", "prince",
      "princess", "pope", "judge", "justice", "former", "chancellor", "mayor", "ambassador", "envoy", "speaker", "mp",
      "mep", "chairman", "chairwoman", "assemblyman", "assemblywoman", "congressman", "congresswoman",
      "councillor", "councilman", "councilwoman", "commissioner", "admiral", "adm", "rev");
  private static final Set<String> ROLE_NOUNS = Set.of("chief", "head", "director", "chair", "chairman", "chairwoman",
      "leader", "commander", "spokesman", "spokeswoman", "spokesperson", "coordinator", "founder");
  private static final Pattern HONORIFIC_START = Pattern.compile("\\A(Mr|Mrs|Ms|Miss|Mme|Madam)\\.? ");
  private static final Pattern HONORIFIC_BEFORE = Pattern.compile("(?<![\\p{L}])(Mr|Mrs|Ms|Miss|Mme|Madam)\\.? $");
  public enum Gender { MALE, FEMALE }

  private static volatile Map<String, Gender> firstNames;

  private PersonNames() {}

  /** The name's words without the titles before it: "Mr. Obama" -> [obama], "President Bashar al-Assad" -> [bashar, al, assad]. */
  public static List<String> withoutTitles(List<String> lowerWords) {
    int i = 0;
    while (i < lowerWords.size() - 1 && TITLES.contains(lowerWords.get(i))) {
      i++;
    }
    return lowerWords.subList(i, lowerWords.size());
  }

  /** Whether a word as written ("Mr.", "President") is a title that may stand before a name. */
  public static boolean isTitle(String word) {
    return TITLES.contains(word.replace(".", "").toLowerCase(Locale.ROOT));
  }

  /**
   * Whether a word as written names an office held by a person: a title, a role noun ("Chief", "Spokesman"), or
   * a hyphenated compound of titles ("Secretary-General").
   */
  public static boolean isRole(String word) {
    for (String part : word.split("[-‐‑]")) {
      String p = part.replace(".", "").toLowerCase(Locale.ROOT);
      if (!TITLES.contains(p) && !ROLE_NOUNS.contains(p)) {
        return false;
      }
    }
    return !word.isEmpty();
  }

  /** A person's name as written without the titles before it: "Mr. Obama" -> "Obama", "Sen. Bernie Sanders" -> "Bernie Sanders". */
  public static String stripTitles(String name) {
    String[] w = name.trim().split("\\s+");
    int i = 0;
    while (i < w.length - 1 && isTitle(w[i])) {
      i++;
    }
    return String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length));
  }

  /**
   * A person's name split into the titles, offices and affiliations written before it and the name itself:
   * "Sen. Bernie Sanders" -> ["Sen.", "Bernie Sanders"], "Tory MP Jane Roe" -> ["Tory MP", "Jane Roe"]
   * (capitalised words before a known first name), "Obama" -> [null, "Obama"].
   */
  public static String[] splitTitle(String name) {
    String[] w = name.trim().split("\\s+");
    int i = 0;
    for (int k = 0; k < w.length - 1 && (k == 0 || opensName(w[k - 1])); k++) {
      // "Retired Lt. Gen. Michael Flynn", "Tory MP Jane Smith": everything up to the last title word.
      if (isTitle(w[k])) {
        i = k + 1;
      }
    }
    for (int j = i; j < w.length - 1; j++) {
      if (firstNameGender(w[j]) != null) {
        boolean affiliation = j > i;
        for (int k = i; k < j && affiliation; k++) {
          affiliation = opensName(w[k]);
        }
        i = affiliation ? j : i;
        break;
      }
    }
    String title = i == 0 ? null : String.join(" ", java.util.Arrays.copyOfRange(w, 0, i));
    return new String[] {title, String.join(" ", java.util.Arrays.copyOfRange(w, i, w.length))};
  }

  /** A capitalised word not closing a phrase: may stand in the title run before a name. */
  private static boolean opensName(String word) {
    return Character.isUpperCase(word.codePointAt(0)) && !word.endsWith(",");
  }

  /** The gender the honorific written right before a mention gives it, or null. */
  public static Gender honorificBefore(String text, int begin) {
    Matcher m = HONORIFIC_BEFORE.matcher(text.substring(Math.max(0, begin - 6), begin));
    if (!m.find()) {
      return null;
    }
    return m.group(1).equals("Mr") ? Gender.MALE : Gender.FEMALE;
  }

  /**
   * The gender of a person mention's honorific, written before it or, when the tagger took it into the
   * mention ("Ms. Trump"), at its start; null without one.
   */
  public static Gender honorific(String text, int begin, String mention) {
    Gender before = honorificBefore(text, begin);
    if (before != null) {
      return before;
    }
    return honorificAtStart(mention);
  }

  /** The gender of an honorific opening a name ("Ms. Trump"), or null. */
  public static Gender honorificAtStart(String name) {
    Matcher m = HONORIFIC_START.matcher(name);
    return !m.find() ? null : m.group(1).equals("Mr") ? Gender.MALE : Gender.FEMALE;
  }

  /** The usual gender of a first name, or null when the list does not know it. */
  public static Gender firstNameGender(String firstName) {
    return table().get(firstName.toLowerCase(Locale.ROOT));
  }

  private static Map<String, Gender> table() {
    Map<String, Gender> t = firstNames;
    if (t == null) {
      synchronized (PersonNames.class) {
        t = firstNames;
        if (t == null) {
          firstNames = t = load();
        }
      }
    }
    return t;
  }

  private static Map<String, Gender> load() {
    Map<String, Gender> out = new HashMap<>();
    try (InputStream in = PersonNames.class.getClassLoader().getResourceAsStream(NAME_GENDER)) {
      if (in == null) {
        throw new IllegalStateException(NAME_GENDER + " is not on the classpath: add the CoreNLP models jar");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length == 2 && (f[1].equals("MALE") || f[1].equals("FEMALE"))) {
          out.put(f[0].toLowerCase(Locale.ROOT), Gender.valueOf(f[1]));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + NAME_GENDER, e);
    }
    return out;
  }
}
