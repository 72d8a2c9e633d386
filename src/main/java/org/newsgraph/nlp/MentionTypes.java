package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One type per name within an article, by votes: each mention votes for its CRF type with CoreNLP's
 * confidence; the words around it vote too ("in X", "X province", "the town of X" for a place; "X fighters",
 * "members of X" for an organisation), and so does a multi-word name's head word ("Clinton Foundation",
 * "Golan Heights", "Jaish al-Islam"), with weight 2; a one-word name that is the surname of a person the article
 * names in full votes for a person with weight 2 when nothing around it says otherwise (the CRF calls a
 * possessive "Trump’s" a place), and one that opens an organisation's name the article gives ("Fox" after "Fox
 * News") for an organisation, unless it is such a surname or a listed place; and a name that CoreNLP's KBP gazetteer lists as a
 * country, province or city votes for a place with weight 0.5 (a prior that a confident CRF outvotes:
 * "Paris Hilton" stays a person). Every mention of the name then takes the winning type; {@code ner_tag}
 * keeps CoreNLP's own tag. Names from the alias list keep the list's type.
 */
final class MentionTypes {
  private static final String LOCATION = "LOCATION";
  private static final String ORGANIZATION = "ORGANIZATION";
  private static final Pattern PLACE_BEFORE = Pattern.compile(
      "(?i)(?:\\b(?:in|near|outside|around|across|into|throughout)|\\b(?:city|town|village|province|governorate|"
          + "outskirts|suburbs?|countryside|district|north|south|east|west|northeast|northwest|southeast|southwest) of)"
          + "(?: the)? $");
  private static final Pattern PLACE_AFTER = Pattern.compile(
      "^ (?:province|governorate|countryside|city|town|village|district|suburbs?|airport|outskirts)\\b");
  private static final Pattern ORG_BEFORE = Pattern.compile(
      "(?i)\\b(?:members? of|fighters of|militants of|leader of|group|militia|movement|faction|organi[sz]ation)"
          + "(?: the)? $");
  private static final Pattern ORG_AFTER = Pattern.compile(
      "^ (?:fighters|militants|rebels|militia|militias|faction|factions|brigade|brigades|group|insurgents|jihadists|"
          + "members|operatives|commanders)\\b");
  /** Last words that make a multi-word name an organisation ("Clinton Foundation") or a place ("Golan Heights"). */
  private static final Set<String> ORG_HEADS = Set.of("foundation", "party", "committee", "council", "agency", "ministry",
      "army", "front", "forces", "brigade", "brigades", "movement", "organization", "organisation", "institute",
      "university", "group", "company", "corporation", "news", "times", "post", "network", "coalition", "union",
      "association", "commission", "court", "department", "office", "bank", "campaign", "observatory", "authority",
      "parliament", "assembly", "federation", "league", "alliance", "channel", "tv", "television", "radio", "fund",
      "center", "centre", "police", "guard", "command", "battalion", "militia");
  private static final Set<String> PLACE_HEADS = Set.of("province", "governorate", "heights", "river", "mountains",
      "valley", "street", "square", "airport", "island", "islands", "sea", "desert", "county", "district", "region");
  /**
   * First words that open an organisation's name in Arabic transliteration: army (jaish, jaysh), front (jabhat),
   * movement (harakat), brigade (liwa, kataib), legion (faylaq), body (hayat), companies (saraya), free men
   * (ahrar), supporters (ansar); the counterparts of the English heads above.
   */
  private static final Set<String> ARABIC_ORG_OPENERS = Set.of("jaish", "jaysh", "jabhat", "harakat", "liwa", "kataib",
      "faylaq", "hayat", "saraya", "ahrar", "ansar");
  /** Fine tags of adjectives ("European" opens "European Union" but stays an adjective). */
  static final Set<String> ADJECTIVE_TAGS = Set.of("NATIONALITY", "RELIGION", "IDEOLOGY");
  private static final Set<String> REPAIRED = Set.of("PERSON", ORGANIZATION, LOCATION, "MISC");
  /** Words after a name that make "in X" a modifier of something else ("in the Obama administration"). */
  private static final Pattern MODIFIED = Pattern.compile(
      "^ (?:administration|campaign|government|regime|forces|family|era|presidency|team|supporters|loyalists|aides|"
          + "camp|foundation|organization|tower|loyal)\\b");
  /** A cue outweighs the CRF's vote on two mentions: a name is rarely both "in X" and a person. */
  private static final double CUE = 2.0;
  private static final double GAZETTEER_PRIOR = 0.5;

  private MentionTypes() {}

  static List<MentionSpan> repair(String text, List<MentionSpan> mentions, AliasTable aliases) {
    Map<String, Map<String, Double>> votes = new HashMap<>();
    Set<String> surnames = surnames(mentions);
    Set<String> openers = organisationOpeners(mentions);
    for (MentionSpan m : mentions) {
      if (!REPAIRED.contains(m.type()) || aliases.lookup(m.text()) != null) {
        continue;
      }
      Map<String, Double> v = votes.computeIfAbsent(key(m), k -> new HashMap<>());
      v.merge(m.type(), m.confidence() == null ? 1.0 : m.confidence(), Double::sum);
      String cue = contextType(text, m);
      if (cue == null) {
        cue = headType(m.text());
      }
      if (cue == null && surnames.contains(m.text())) {
        cue = "PERSON";
      } else if (cue == null && openers.contains(m.text()) && !FineTypes.isPlace(key(m))
          && !ADJECTIVE_TAGS.contains(m.nerTag())) {
        cue = ORGANIZATION;
      }
      if (cue != null) {
        v.merge(cue, CUE, Double::sum);
      }
    }
    votes.forEach((k, v) -> {
      if (!v.containsKey(LOCATION) && FineTypes.isPlace(k)) {
        v.merge(LOCATION, GAZETTEER_PRIOR, Double::sum);
      }
    });
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    for (MentionSpan m : mentions) {
      Map<String, Double> v = votes.get(key(m));
      if (v == null || !REPAIRED.contains(m.type())) {
        out.add(m);
        continue;
      }
      String best = v.entrySet().stream().max(Map.Entry.<String, Double>comparingByValue()
          .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
      out.add(best.equals(m.type()) ? m
          : new MentionSpan(m.sentence(), m.begin(), m.end(), m.text(), best, m.nerTag(), m.confidence(), m.canonical()));
    }
    return out;
  }

  /** Last words of the article's multi-word person names, titles aside: "Trump" for "Donald Trump". */
  static Set<String> surnames(List<MentionSpan> mentions) {
    Set<String> out = new java.util.HashSet<>();
    for (MentionSpan m : mentions) {
      String[] w = PersonNames.stripTitles(m.text()).split(" ");
      if (m.type().equals("PERSON") && w.length > 1) {
        out.add(w[w.length - 1]);
      }
    }
    return out;
  }

  /** First words of the article's organisation names that end in a head word: "Fox" for "Fox News". */
  static Set<String> organisationOpeners(List<MentionSpan> mentions) {
    Set<String> out = new java.util.HashSet<>();
    for (MentionSpan m : mentions) {
      String[] w = m.text().split(" ");
      if (w.length > 1 && ORGANIZATION.equals(headType(m.text()))) {
        out.add(w[0]);
      }
    }
    return out;
  }

  /** Whether a lower-cased word heads organisation or place names ("army", "province"). */
  static boolean isNameHead(String lowerWord) {
    return ORG_HEADS.contains(lowerWord) || PLACE_HEADS.contains(lowerWord);
  }

  /** Whether a lower-cased word heads organisation names ("army", "coalition"). */
  static boolean isOrganisationHead(String lowerWord) {
    return ORG_HEADS.contains(lowerWord);
  }

  /** What a multi-word name's own head word says its type is, or null. */
  static String headType(String name) {
    String[] w = name.toLowerCase(Locale.ROOT).split("[\\s-]+");
    if (w.length < 2) {
      return null;
    }
    if (ORG_HEADS.contains(w[w.length - 1]) || ARABIC_ORG_OPENERS.contains(w[0])) {
      return ORGANIZATION;
    }
    return PLACE_HEADS.contains(w[w.length - 1]) ? LOCATION : null;
  }

  /** What the words right around a mention say its type is, or null. */
  static String contextType(String text, MentionSpan m) {
    String before = text.substring(Math.max(0, m.begin() - 40), m.begin());
    String after = text.substring(m.end(), Math.min(text.length(), m.end() + 30));
    boolean modifier = after.startsWith("'") || after.startsWith("’") || MODIFIED.matcher(after).find();
    if (PLACE_BEFORE.matcher(before).find() && !modifier || PLACE_AFTER.matcher(after).find()) {
      return LOCATION;
    }
    if (ORG_BEFORE.matcher(before).find() || ORG_AFTER.matcher(after).find()) {
      return ORGANIZATION;
    }
    return null;
  }

  private static String key(MentionSpan m) {
    return m.text().toLowerCase(Locale.ROOT);
  }
}
