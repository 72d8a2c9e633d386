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
 *   <li>an office and its holder tagged as one span keep the holder ("UN Secretary-General Ban Ki-moon" -> "Ban
 *       Ki-moon", "UN Special Envoy for Syria Staffan de Mistura" -> "Staffan de Mistura");</li>
 *   <li>an Arabic article clitic written before a name belongs to it ("al-" + "Qaeda" = "al-Qaeda"), and so does
 *       a lower-case clitic with the capitalised word after it ("Deir" + "ez-Zor", "Jaish" + "al-Fateh"): the
 *       CRF often ends a name before the lower-case "ez-";</li>
 *   <li>"Observatory for Human Rights": a capitalised head before "for"/"of" and the mention after it are one
 *       organisation name, when the mention is an organisation or other name (not a place or a person:
 *       "President of Syria" stays two);</li>
 *   <li>in title-case text (headlines), a span the rest of the article does not confirm is cut to the names
 *       in it ({@link HeadlineSpans});</li>
 *   <li>a country or nationality run together with a place ("Syrian Raqqa") becomes two mentions, and a run of
 *       places with no separator ("USA Turkey Saudi Arabia", from a list or a tag line) one mention each;</li>
 *   <li>a run of other names the article tags alone becomes those names ({@link NameRuns});</li>
 *   <li>an adjective mention (nationality, religion, ideology) followed by one or two untagged capitalised words
 *       that end in an organisation's head word names that organisation ("Syrian Coalition", "Syrian Armed
 *       Forces", "Islamic State"): the CRF tags the adjective alone.</li>
 * </ul>
 */
final class MentionBounds {
  private static final Pattern ACTOR_SUFFIX = Pattern.compile(
      "(?i)[-‐‑](led|backed|funded|sponsored|supported|allied|brokered|controlled|held|run|linked|affiliated|aligned)$");
  /** Whether "-based" follows offset e: "Britain-based". */
  static boolean seatSuffixAt(String text, int e) {
    return SEAT_AT.matcher(text).region(e, text.length()).lookingAt();
  }

  /** "led" in "US-led": the suffixes that keep the name before them as an actor. */
  static boolean isActorSuffix(String word) {
    return ACTOR_SUFFIX_WORD.matcher(word).matches();
  }

  private static final Pattern ACTOR_SUFFIX_WORD = Pattern.compile(
      "(?i)led|backed|funded|sponsored|supported|allied|brokered|controlled|held|run|linked|affiliated|aligned");
  private static final Pattern SEAT_AT = Pattern.compile("(?i)[-‐‑]based(?![\\p{L}\\p{N}])");
  private static final Pattern SEAT_SUFFIX = Pattern.compile("(?i)[-‐‑]based$");
  private static final Pattern CLITIC_BEFORE = Pattern.compile(
      "(?<![\\p{L}\\p{N}])(?:(?:[Aa]l|[Ee]l|[Aa][dnrstz]|[Aa]sh|[Ee][dnrsz])[-‐‑]|(?:[Aa]l|El) )$");
  /** A lower-case Arabic article joined to a capitalised word, right after a name: " ez-Zor", " al-Fateh". */
  private static final Pattern CLITIC_AFTER = Pattern.compile(
      "\\A (?:al|el|[ae][dnrstz]|ash|ul)[-‐‑](\\p{Lu}\\p{L}+)(?![\\p{L}\\p{N}])");
  private static final Set<String> NO_CLITIC_TAGS = Set.of("COUNTRY", "NATIONALITY", "RELIGION", "IDEOLOGY");
  private static final Set<String> QUALIFIERS = Set.of("for", "of", "to");
  /** Lower-case words inside personal names: "Staffan de Mistura", "Mohammed bin Salman". */
  private static final Set<String> PARTICLES = Set.of("de", "da", "di", "del", "van", "von", "bin", "ibn", "al", "el", "la",
      "le", "der");
  /** One or two capitalised words right after a mention, and what follows them. */
  private static final Pattern CAPITALISED_AFTER = Pattern.compile("\\A ((\\p{Lu}\\p{Ll}+)(?: (\\p{Lu}\\p{Ll}+))?)(?![\\p{L}\\p{N}])");
  private static final Pattern HEAD_BEFORE = Pattern.compile(
      "((?:[A-Z][\\p{L}'’]+ ){1,4})(for|of) (?:the )?$");
  /** Role nouns that head "X of Y" phrases naming a person's office, not an organisation. */
  private static final Set<String> ROLES = Set.of("president", "minister", "secretary", "head", "director", "chief",
      "leader", "commander", "spokesman", "spokeswoman", "spokesperson", "governor", "king", "queen", "prince",
      "ambassador", "envoy", "mayor", "chairman", "member", "members", "people", "city", "province", "government",
      "republic", "state", "kingdom", "north", "south", "east", "west", "capital",
      // quantities and parts: "Tens of ISIS", "Thousands of Afghan", "Remnants of Daesh" name no organisation
      "tens", "hundreds", "thousands", "dozens", "millions", "scores", "some", "most", "many", "all", "part", "parts",
      "half", "fighters", "supporters", "leaders", "remnants", "units", "elements", "militants", "terrorists");

  private MentionBounds() {}

  static List<MentionSpan> repair(String text, List<MentionSpan> mentions) {
    return repair(text, mentions, new java.util.BitSet());
  }

  /** @param verbs where tokens the POS tagger read as verbs, adverbs or modals begin ({@link HeadlineSpans}) */
  static List<MentionSpan> repair(String text, List<MentionSpan> mentions, java.util.BitSet verbs) {
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    for (MentionSpan m : mentions) {
      MentionSpan r = compound(text, m);
      if (r != null) {
        out.add(holder(text, clitic(text, r)));
      }
    }
    out = cliticAfter(text, out);
    out = qualified(text, out);
    return adjectiveOrganisations(text, NameRuns.split(text, placeRuns(text, split(text, HeadlineSpans.repair(text, out, verbs)))));
  }

  /**
   * "Syrian" + " Coalition" -> "Syrian Coalition", "Islamic" + " State" -> "Islamic State": an adjective mention
   * and the untagged capitalised words after it, up to an organisation head ({@link MentionTypes#isOrganisationHead},
   * or "State" after an adjective: a self-declared state is a group), become one organisation mention.
   * Never across a mention, and never a title ("Syrian President Bashar al-Assad" stays as it is).
   */
  static List<MentionSpan> adjectiveOrganisations(String text, List<MentionSpan> mentions) {
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    for (int i = 0; i < mentions.size(); i++) {
      MentionSpan m = mentions.get(i);
      int next = i + 1 < mentions.size() ? mentions.get(i + 1).begin() : text.length();
      Matcher c = MentionTypes.ADJECTIVE_TAGS.contains(m.nerTag())
          ? CAPITALISED_AFTER.matcher(text.substring(m.end(), Math.min(next, m.end() + 40))) : null;
      int end = -1;
      if (c != null && c.find()) {
        if (c.group(3) != null && organisationHead(c.group(3))) {
          end = m.end() + c.end(1);
        } else if (organisationHead(c.group(2))) {
          end = m.end() + c.end(2);
        }
      }
      out.add(end < 0 ? m : new MentionSpan(m.sentence(), m.begin(), end, text.substring(m.begin(), end), "ORGANIZATION",
          "ORGANIZATION", m.confidence(), null));
    }
    return out;
  }

  private static boolean organisationHead(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return lower.equals("state") || MentionTypes.isOrganisationHead(lower);
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

  /**
   * The person after the last office word of a span (and its "for|of|to X"), when two or more name words
   * follow: "UN Secretary-General Ban Ki-moon" -> "Ban Ki-moon". A span ending in its office stays, and so does
   * one whose words after the office end like an organisation or place ("General Electric Company").
   */
  static MentionSpan holder(String text, MentionSpan m) {
    String[] w = m.text().split(" ");
    int role = -1;
    for (int i = 0; i < w.length - 2; i++) {
      if (PersonNames.isRole(w[i])) {
        role = i;
      }
    }
    if (role < 0) {
      return m;
    }
    int j = role + 1;
    if (QUALIFIERS.contains(w[j]) && j + 1 < w.length && Character.isUpperCase(w[j + 1].charAt(0))) {
      j += 2;
    }
    if (w.length - j < 2 || !Character.isUpperCase(w[j].charAt(0))) {
      return m;
    }
    for (int i = j; i < w.length; i++) {
      boolean nameWord = Character.isUpperCase(w[i].charAt(0)) || PARTICLES.contains(w[i]);
      if (!nameWord || MentionTypes.isNameHead(w[i].toLowerCase(Locale.ROOT))) {
        return m;
      }
    }
    int begin = m.begin();
    for (int i = 0; i < j; i++) {
      begin += w[i].length() + 1;
    }
    return new MentionSpan(m.sentence(), begin, m.end(), text.substring(begin, m.end()), "PERSON", "PERSON",
        m.confidence(), null);
  }

  static MentionSpan clitic(String text, MentionSpan m) {
    Matcher c = CLITIC_BEFORE.matcher(text.substring(Math.max(0, m.begin() - 5), m.begin()));
    if (!c.find()) {
      return m;
    }
    return span(text, m, m.begin() - (c.end() - c.start()), m.end());
  }

  /**
   * "Deir" + " ez-Zor" -> "Deir ez-Zor": a name followed by a lower-case Arabic article and a capitalised word
   * takes both, absorbing a mention the CRF made of them; not when that word is a common one the article
   * writes in lower case ("Bashar al-According to", where an apostrophe was lost), nor after a country or
   * nationality ("Syrian al-Nusra" is two names).
   */
  static List<MentionSpan> cliticAfter(String text, List<MentionSpan> mentions) {
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    int absorbedTo = -1;
    for (MentionSpan m : mentions) {
      if (m.begin() < absorbedTo) {
        continue;
      }
      Matcher c = CLITIC_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 40)));
      if (NO_CLITIC_TAGS.contains(m.nerTag()) || !c.find()
          || containsWord(text, c.group(1).toLowerCase(Locale.ROOT))) {
        out.add(m);
        continue;
      }
      absorbedTo = m.end() + c.end();
      out.add(span(text, m, m.begin(), absorbedTo));
    }
    return out;
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

  /**
   * "Syrian Raqqa", "Syrias Idlib", "Raqqah Syria": a country or nationality run together with a place that
   * the article (or the gazetteer) knows as a place on its own becomes two mentions, and so does a country's
   * apostrophe-stripped possessive with any name ("Syrias Bashar al-Assad"). The whole must not be a place
   * itself ("Saudi Arabia").
   */
  static List<MentionSpan> split(String text, List<MentionSpan> mentions) {
    java.util.Map<String, String> placeTypes = new java.util.HashMap<>();
    for (MentionSpan m : mentions) {
      if (m.type().equals("LOCATION")) {
        placeTypes.put(m.text(), m.nerTag());
      }
    }
    List<MentionSpan> out = new ArrayList<>();
    for (MentionSpan m : mentions) {
      int first = m.text().indexOf(' ');
      int last = m.text().lastIndexOf(' ');
      if (first < 0 || FineTypes.isPlace(m.text().toLowerCase(Locale.ROOT))) {
        out.add(m);
        continue;
      }
      String head = m.text().substring(0, first);
      String rest = m.text().substring(first + 1);
      String init = m.text().substring(0, last);
      String tail = m.text().substring(last + 1);
      if (FineTypes.countryOrNationality(head) != null && (isPlace(rest, placeTypes) || strippedPossessive(head))) {
        out.add(part(text, m, m.begin(), m.begin() + first, FineTypes.countryOrNationality(head)));
        out.add(part(text, m, m.begin() + first + 1, m.end(),
            isPlace(rest, placeTypes) ? placeTypes.getOrDefault(rest, "LOCATION") : m.nerTag()));
      } else if (FineTypes.countryOrNationality(tail) != null && isPlace(init, placeTypes)) {
        out.add(part(text, m, m.begin(), m.begin() + last, placeTypes.getOrDefault(init, "LOCATION")));
        out.add(part(text, m, m.begin() + last + 1, m.end(), FineTypes.countryOrNationality(tail)));
      } else {
        out.add(m);
      }
    }
    return out;
  }

  /**
   * "USA Turkey Saudi Arabia" -> "USA", "Turkey", "Saudi Arabia": a span that is no place itself but splits
   * into two or more places, each one the gazetteer lists or the article tags as a place on its own (fewest
   * parts win: "Saudi Arabia" stays whole). A span the article also writes elsewhere is a name and stays.
   */
  static List<MentionSpan> placeRuns(String text, List<MentionSpan> mentions) {
    java.util.Map<String, String> placeTypes = new java.util.HashMap<>();
    java.util.Map<String, Integer> times = new java.util.HashMap<>();
    for (MentionSpan m : mentions) {
      times.merge(m.text(), 1, Integer::sum);
      if (m.type().equals("LOCATION")) {
        placeTypes.put(m.text(), m.nerTag());
      }
    }
    List<MentionSpan> out = new ArrayList<>();
    for (MentionSpan m : mentions) {
      String[] w = m.text().split(" ");
      // Only spans the CRF calls a place: a club or firm named by places is an organisation ("Bayern Munich").
      int[] cut = !m.type().equals("LOCATION") || w.length < 2 || w.length > 10 || times.get(m.text()) > 1
          || FineTypes.isPlace(m.text().toLowerCase(Locale.ROOT)) ? null
          : placeCuts(w, placeTypes);
      if (cut == null) {
        out.add(m);
        continue;
      }
      int b = m.begin();
      for (int i = 0; i + 1 < cut.length; i++) {
        String part = String.join(" ", java.util.Arrays.copyOfRange(w, cut[i], cut[i + 1]));
        String tag = placeTypes.getOrDefault(part, FineTypes.refine("LOCATION", part));
        out.add(part(text, m, b, b + part.length(), tag));
        b += part.length() + 1;
      }
    }
    return out;
  }

  /** Word indexes where the places start (and the end), fewest parts first; null unless two or more. */
  private static int[] placeCuts(String[] w, java.util.Map<String, String> placeTypes) {
    int n = w.length;
    int[] parts = new int[n + 1];
    int[] from = new int[n + 1];
    java.util.Arrays.fill(parts, Integer.MAX_VALUE);
    parts[0] = 0;
    for (int j = 1; j <= n; j++) {
      for (int i = j == n ? 1 : 0; i < j; i++) {
        String part = String.join(" ", java.util.Arrays.copyOfRange(w, i, j));
        if (parts[i] != Integer.MAX_VALUE && parts[i] + 1 < parts[j] && isPlace(part, placeTypes)) {
          parts[j] = parts[i] + 1;
          from[j] = i;
        }
      }
    }
    if (parts[n] == Integer.MAX_VALUE || parts[n] < 2) {
      return null;
    }
    int[] cut = new int[parts[n] + 1];
    for (int j = n, k = parts[n]; k >= 0; k--) {
      cut[k] = j;
      j = from[j];
    }
    return cut;
  }

  /** "Syrias": a country's name with a possessive "s" whose apostrophe the archive lost; never part of a name. */
  private static boolean strippedPossessive(String word) {
    return word.endsWith("s") && "COUNTRY".equals(FineTypes.countryOrNationality(word.substring(0, word.length() - 1)));
  }

  private static boolean isPlace(String name, java.util.Map<String, String> placeTypes) {
    return placeTypes.containsKey(name) || FineTypes.isPlace(name.toLowerCase(Locale.ROOT));
  }

  /** A part of a split mention, typed by its fine tag (COUNTRY, NATIONALITY, CITY, ...). */
  private static MentionSpan part(String text, MentionSpan m, int begin, int end, String fineTag) {
    return new MentionSpan(m.sentence(), begin, end, text.substring(begin, end), EntityTypes.coarse(fineTag), fineTag,
        m.confidence(), null);
  }

  static boolean containsWord(String hay, String needle) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(needle) + "(?![\\p{L}\\p{N}])").matcher(hay).find();
  }

  static MentionSpan span(String text, MentionSpan m, int begin, int end) {
    return new MentionSpan(m.sentence(), begin, end, text.substring(begin, end), m.type(), m.nerTag(), m.confidence(),
        m.canonical());
  }
}
