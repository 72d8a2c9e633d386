package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves a speaker as written ("Lavrov", "he", "the senator", "the ministry") to the fullest name the
 * article gives it ("Sergey Lavrov", "Lindsey Graham", "Russian Defense Ministry"). A cheap, news-specific
 * substitute for full coreference, following how news introduces and then shortens its actors:
 * <ul>
 *   <li>surnames and short forms link to the longest mention that contains them;</li>
 *   <li>"he"/"she" link to a person of compatible gender (honorific, first name): the first one named
 *       earlier in the same sentence, then the previous sentence's speaker, then its first-named person,
 *       then the latest speaker, then the latest mention. Names inside quotation marks or inside the
 *       content attributed are not candidates: a person spoken about is rarely the one speaking. "it"
 *       links to the latest organisation speaker or mention;</li>
 *   <li>a definite role or description ("the senator", "the company") links to whoever the article gave
 *       that role ({@link RoleHolders}), else to the latest speaker or mention with that head noun;
 *       indefinite and plural descriptions ("a source", "officials") stay as written, and "they", "we",
 *       "I" stay unresolved: the article rarely says who exactly they are.</li>
 * </ul>
 */
final class SpeakerResolver {
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  private static final Set<String> ORG_PRONOUNS = Set.of("it");
  private static final Set<String> PRONOUNS = Set.of("he", "she", "him", "her", "his", "hers", "himself", "herself",
      "it", "its", "they", "them", "their", "i", "me", "my", "we", "us", "our", "you", "your");
  /** Plural speakers that may stand for people the passage names together. */
  private static final Set<String> TOGETHER = Set.of("they", "both");
  /** Between the names of "X and Y", "X, Y and Z", "Republican Trump and Democrat Clinton". */
  private static final Pattern JOIN = Pattern.compile("\\s*,\\s*|\\s*,?\\s+and\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,2}");
  /** Capitalised words right before a name: where its titles stand. */
  private static final Pattern TITLE_RUN = Pattern.compile("(?:\\p{Lu}[\\p{L}.'’-]*\\s+)+$");
  private static final Pattern AND = Pattern.compile("\\band\\b");
  private static final Pattern POSSESSIVE = Pattern.compile("(?i)^(his|her|its)\\s+");
  private static final Pattern DEFINITE_BEFORE = Pattern.compile("(?i)(?<![\\p{L}])the\\s+$");
  /** Head nouns that name organisations when no NER type is known. */
  private static final Set<String> ORG_NOUNS = Set.of("ministry", "government", "army", "military", "forces",
      "agency", "group", "council", "committee", "department", "office", "party", "coalition", "police",
      "observatory", "organization", "organisation", "command", "administration", "campaign", "company",
      "embassy", "court", "commission", "alliance", "militia", "movement", "kremlin", "pentagon", "statement",
      "spokesperson's office", "board", "union", "bank", "house", "senate", "congress", "parliament", "cabinet",
      "network", "newspaper", "channel", "service", "authority", "authorities", "officials", "firm", "paper",
      "foundation", "corporation", "website", "station", "university", "institute", "center", "centre");
  private static final Set<String> PERSON_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
      "minister", "president", "source", "commander", "leader", "director", "secretary", "officer", "envoy",
      "ambassador", "chief", "general", "colonel", "analyst", "witness", "resident", "expert", "aide", "senator",
      "governor", "mayor", "activist", "candidate", "nominee", "lawmaker", "representative", "man", "woman",
      "chairman", "chairwoman", "congressman", "congresswoman", "businessman", "businesswoman", "judge",
      "attorney", "lawyer", "chancellor", "adviser", "advisor", "manager", "executive", "founder", "actor",
      "actress", "prince", "king", "queen", "host", "anchor", "author", "professor", "economist", "speaker",
      "strategist", "pollster", "tycoon", "mogul", "billionaire", "veteran", "father", "mother", "son", "daughter",
      "wife", "husband", "frontrunner", "front-runner", "challenger", "incumbent", "democrat", "republican");

  /** Role nouns that do not single out a person the story named: "the source", "the man" in the street. */
  private static final Set<String> GENERIC_PEOPLE = Set.of("source", "man", "woman", "witness", "resident", "official",
      "expert", "analyst", "activist", "officer", "spokesman", "spokeswoman", "spokesperson", "aide", "reporter");
  private static final Set<String> FEMALE_NOUNS = Set.of("woman", "spokeswoman", "chairwoman", "congresswoman",
      "businesswoman", "actress", "queen", "mother", "daughter", "wife");
  private static final Set<String> MALE_NOUNS = Set.of("man", "spokesman", "chairman", "congressman", "businessman",
      "prince", "king", "father", "son", "husband");

  /** A resolved speaker: the name used in the quotes table and its coarse type (null when unknown). */
  record Resolved(String name, String type, int offset) {}

  private final String text;
  private final List<MentionSpan> mentions;
  private final IntUnaryOperator sentenceOf;
  private final List<int[]> quoted;
  private final RoleHolders roles;
  private final List<Resolved> speakers = new ArrayList<>();
  /** The content span of the quote being resolved, {@link #resolve(String, String, int, int, int)}. */
  private int contentBegin = -1;
  private int contentEnd = -1;

  /**
   * @param sentenceOf the index of the sentence holding a character offset
   * @param quoted     the spans inside quotation marks, {begin, end}
   */
  SpeakerResolver(String text, List<MentionSpan> mentions, IntUnaryOperator sentenceOf, List<int[]> quoted) {
    this.text = text;
    this.mentions = EntityLinker.link(text, EntityLinker.withPrefixes(text, mentions));
    this.sentenceOf = sentenceOf;
    this.quoted = quoted;
    this.roles = new RoleHolders(text, this.mentions, this::insideQuote);
  }

  /**
   * @param written  the speaker as written (determiner already stripped for descriptions)
   * @param type     the NER coarse type of the phrase, or null
   * @param offset   where the phrase starts, for recency
   * @param contentBegin where the statement's content starts (-1: unknown), contentEnd where it ends; names
   *                     inside it are what the speaker talks about, not who speaks ("Clinton lied, he said")
   */
  Resolved resolve(String written, String type, int offset, int contentBegin, int contentEnd) {
    this.contentBegin = contentBegin;
    this.contentEnd = contentEnd;
    String lower = written.toLowerCase(Locale.ROOT);
    Resolved r;
    if (PERSON_PRONOUNS.contains(lower)) {
      r = person(lower.startsWith("h") && !lower.equals("her") ? PersonNames.Gender.MALE : PersonNames.Gender.FEMALE,
          offset);
    } else if (ORG_PRONOUNS.contains(lower)) {
      r = recentGroup(offset);
    } else if (TOGETHER.contains(lower)) {
      r = together(offset);
    } else if (PRONOUNS.contains(lower)) {
      r = null;
    } else if (type != null) {
      MentionSpan at = mentionAt(offset, type);
      r = at != null ? named(at, offset) : new Resolved(longestForm(written, type), type, offset);
    } else {
      r = description(written, offset);
    }
    if (r != null) {
      speakers.add(new Resolved(r.name(), r.type(), offset));
    }
    return r;
  }

  /**
   * A person speaker's {title, name}: titles in the resolved name ("Sen. Bernie Sanders"), else the ones
   * the article writes before that full name where it first gives one ("Mayor" before "Bill de Blasio",
   * which the mention repairs leave out of the name); title null when none.
   */
  String[] titled(String name) {
    String[] split = PersonNames.splitTitle(name);
    if (split[0] != null) {
      return split;
    }
    for (MentionSpan m : mentions) {
      if (!m.text().equals(name) || !m.type().equals("PERSON")) {
        continue;
      }
      String left = text.substring(Math.max(0, m.begin() - 40), m.begin());
      Matcher run = TITLE_RUN.matcher(left.substring(left.lastIndexOf('\n') + 1));
      if (run.find()) {
        String[] before = PersonNames.splitTitle(run.group() + name);
        // A title word is needed: "Yesterday Hillary Clinton" has no title.
        if (before[0] != null && before[1].equals(name)
            && Arrays.stream(before[0].split("\\s+")).anyMatch(PersonNames::isTitle)) {
          return before;
        }
      }
    }
    return split;
  }

  /** Remembers a speaker carried over to a continuing quote. */
  void remember(Resolved r, int offset) {
    speakers.add(new Resolved(r.name(), r.type(), offset));
  }

  /** The longest mention of the same type whose words contain the written form's words in order. */
  private String longestForm(String written, String type) {
    List<String> words = words(written);
    String best = written;
    for (MentionSpan m : mentions) {
      if (!m.type().equals(type) || m.text().length() <= best.length()) {
        continue;
      }
      if (EntityLinker.extendsForm(words(m.text()), words)) {
        best = m.text();
      }
    }
    return best;
  }

  /** The mention's full name as the article links it (EntityLinker: nearest compatible full form). */
  private Resolved named(MentionSpan m, int offset) {
    return new Resolved(fullName(m), m.type(), offset);
  }

  private String fullName(MentionSpan m) {
    return m.canonical() != null ? m.canonical() : longestForm(m.text(), m.type());
  }

  private MentionSpan mentionAt(int offset, String type) {
    for (MentionSpan m : mentions) {
      if (m.begin() == offset && m.type().equals(type)) {
        return m;
      }
    }
    return null;
  }

  /**
   * he/she (gender null: either), gender agreeing: the first person named earlier in the same sentence
   * (its subject, as a rule), then the previous sentence's speaker, then the previous sentence's first
   * person, then the latest speaker, then the latest mention. Names in quotation marks or in the content
   * being attributed are not candidates.
   */
  private Resolved person(PersonNames.Gender gender, int offset) {
    Resolved near = nearPerson(gender, offset);
    if (near != null) {
      return near;
    }
    Resolved speaker = latestSpeaker(gender, offset);
    if (speaker != null) {
      return speaker;
    }
    MentionSpan latest = null;
    for (MentionSpan m : mentions) {
      if (m.end() > offset) {
        break;
      }
      if (candidate(m, gender)) {
        latest = m;
      }
    }
    return latest == null ? null : named(latest, offset);
  }

  /** The previous sentence's speaker, else its first-named person (given), agreeing; or null. */
  private Resolved previousSentence(PersonNames.Gender gender, int offset, int s, MentionSpan previousFirst) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Resolved sp = speakers.get(i);
      int ss = sentenceOf.applyAsInt(sp.offset());
      if (ss < s - 1) {
        break;
      }
      if (ss == s - 1 && namedPerson(sp, gender)) {
        return sp;
      }
    }
    return previousFirst == null ? null : named(previousFirst, offset);
  }

  private Resolved latestSpeaker(PersonNames.Gender gender, int offset) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Resolved sp = speakers.get(i);
      if (sp.offset() < offset && namedPerson(sp, gender)) {
        return sp;
      }
    }
    return null;
  }

  /** The person the passage is about: named earlier in the same sentence or in the previous one; or null. */
  private Resolved nearPerson(PersonNames.Gender gender, int offset) {
    int s = sentenceOf.applyAsInt(offset);
    MentionSpan same = null;
    MentionSpan previousFirst = null;
    for (MentionSpan m : mentions) {
      if (m.end() > offset) {
        break;
      }
      if (m.sentence() >= s - 1 && candidate(m, gender)) {
        if (m.sentence() == s && same == null) {
          same = m;
        } else if (m.sentence() == s - 1 && previousFirst == null) {
          previousFirst = m;
        }
      }
    }
    return same != null ? named(same, offset) : previousSentence(gender, offset, s, previousFirst);
  }

  /** A speaker who is a named person (not a description kept as written) of an agreeing gender. */
  private boolean namedPerson(Resolved sp, PersonNames.Gender gender) {
    return "PERSON".equals(sp.type()) && hasCapital(sp.name()) && agrees(sp.name(), -1, gender);
  }

  /** A named person outside quotation marks and the content being attributed, of an agreeing gender. */
  private boolean candidate(MentionSpan m, PersonNames.Gender gender) {
    return m.type().equals("PERSON") && isName(m) && !insideQuote(m.begin()) && !inContent(m.begin()) && agrees(m, gender);
  }

  private boolean inContent(int offset) {
    return contentBegin >= 0 && offset >= contentBegin && offset < contentEnd;
  }

  /** CoreNLP also gives pronouns ("his", "He") PERSON mentions; only names are antecedents. */
  static boolean isName(MentionSpan m) {
    return !PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
  }

  /** A name, not a description kept as written ("his wife", "the man"). */
  private static boolean hasCapital(String name) {
    return name.chars().anyMatch(Character::isUpperCase);
  }

  private boolean agrees(MentionSpan m, PersonNames.Gender gender) {
    return agrees(fullName(m), m.begin(), gender);
  }

  /** Whether a person's name (and the honorific before it, when at a known offset) allows the gender. */
  private boolean agrees(String name, int begin, PersonNames.Gender gender) {
    PersonNames.Gender known = begin >= 0 ? PersonNames.honorific(text, begin, name) : PersonNames.honorificAtStart(name);
    if (known == null) {
      List<String> ws = PersonNames.withoutTitles(words(name));
      known = ws.size() > 1 ? PersonNames.firstNameGender(ws.get(0)) : null;
    }
    return known == null || gender == null || known == gender;
  }

  private boolean insideQuote(int offset) {
    for (int[] q : quoted) {
      if (offset >= q[0] && offset < q[1]) {
        return true;
      }
    }
    return false;
  }

  /**
   * "they", "both": the people named together ("Obama and Clinton", "X, Y and Z") earlier in the same
   * sentence, else in one of the two before (each sentence's first such list), as "X and Y" with no type: a group is no
   * antecedent for a later "he". Null when neither sentence names people together: "they" then stays
   * unresolved, as the article rarely says who exactly they are.
   */
  private Resolved together(int offset) {
    int s = sentenceOf.applyAsInt(offset);
    List<MentionSpan> list = null;
    for (int back = 0; back <= 2 && list == null; back++) {
      list = firstList(s - back, offset);
    }
    if (list == null) {
      return null;
    }
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < list.size(); i++) {
      name.append(i == 0 ? "" : i == list.size() - 1 ? " and " : ", ").append(fullName(list.get(i)));
    }
    return new Resolved(name.toString(), null, offset);
  }

  /** The first run of two or more people the sentence joins with "and" before offset; or null. */
  private List<MentionSpan> firstList(int sentence, int offset) {
    List<MentionSpan> run = new ArrayList<>();
    for (MentionSpan m : mentions) {
      if (m.end() > offset || m.sentence() > sentence) {
        break;
      }
      if (m.sentence() != sentence || !candidate(m, null)) {
        continue;
      }
      if (!run.isEmpty()) {
        Matcher join = JOIN.matcher(text).region(run.get(run.size() - 1).end(), m.begin());
        if (!join.matches()) {
          run.clear();
        } else if (AND.matcher(join.group()).find()) {
          run.add(m);
          return run;
        }
      }
      run.add(m);
    }
    return null;
  }

  private Resolved recentGroup(int offset) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Resolved s = speakers.get(i);
      if (s.type() != null && !s.type().equals("PERSON") && s.offset() < offset) {
        return s;
      }
    }
    MentionSpan m = lastNameBefore(offset, Set.of("ORGANIZATION"), false);
    return m == null ? null : named(m, offset);
  }

  /**
   * "the senator" -> the article's senator; "the ministry" -> the latest speaker or mention whose last word
   * is "ministry"; anything not definite stays as written.
   */
  private Resolved description(String written, int offset) {
    List<String> ws = words(written);
    String head = ws.isEmpty() ? "" : ws.get(ws.size() - 1);
    String type = ORG_NOUNS.contains(head) ? "ORGANIZATION" : PERSON_NOUNS.contains(head) ? "PERSON" : null;
    Matcher possessive = POSSESSIVE.matcher(written);
    if (possessive.find() && "ORGANIZATION".equals(type)) {
      // "his campaign" -> "Bernie Sanders's campaign": the organisation is the possessor's.
      String p = possessive.group(1).toLowerCase(Locale.ROOT);
      Resolved owner = p.equals("its") ? recentGroup(offset) : person(p.equals("his") ? PersonNames.Gender.MALE
          : PersonNames.Gender.FEMALE, offset);
      return owner == null ? new Resolved(written, type, offset)
          : new Resolved(owner.name() + "'s " + written.substring(possessive.end()), type, offset);
    }
    String left = text.substring(Math.max(0, offset - 8), offset);
    boolean definite = DEFINITE_BEFORE.matcher(left).find() || written.contains("'s ") || written.contains("’s ");
    if (!definite || type == null) {
      return new Resolved(written, type, offset);
    }
    MentionSpan holder = roles.holder(head, ws.subList(0, ws.size() - 1), type, offset);
    if (holder != null) {
      // "President Obama": the titled name as written, not a full name the linker guessed for a surname.
      return holder.text().contains(" ") ? named(holder, offset) : new Resolved(holder.text(), type, offset);
    }
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Resolved s = speakers.get(i);
      List<String> sw = words(s.name());
      if (s.offset() < offset && !sw.isEmpty() && sw.get(sw.size() - 1).equals(head) && s.type() != null) {
        return s;
      }
    }
    for (int i = mentions.size() - 1; i >= 0; i--) {
      MentionSpan m = mentions.get(i);
      List<String> mw = words(m.text());
      if (m.begin() < offset && isName(m) && !mw.isEmpty() && mw.get(mw.size() - 1).equals(head) && ws.size() <= 2) {
        return named(m, offset);
      }
    }
    if (type.equals("ORGANIZATION") && ws.size() <= 2) {
      // "the company", "the group": the organisation the story is about, named shortly before.
      MentionSpan org = lastNameBefore(offset, head.equals("government") ? Set.of("ORGANIZATION", "LOCATION")
          : Set.of("ORGANIZATION"), true);
      if (org != null) {
        return named(org, offset);
      }
    }
    if (type.equals("PERSON") && !GENERIC_PEOPLE.contains(head)) {
      // "the candidate", "the New York businessman": a definite role names someone the story is about,
      // the person it names most often so far.
      Resolved someone = mostNamed(FEMALE_NOUNS.contains(head) ? PersonNames.Gender.FEMALE
          : MALE_NOUNS.contains(head) ? PersonNames.Gender.MALE : null, offset);
      if (someone != null) {
        return someone;
      }
    }
    return new Resolved(written, type, offset);
  }

  /** A head noun that names an organisation: "ministry", "foundation", "group". */
  static boolean isOrganisationNoun(String word) {
    return ORG_NOUNS.contains(word);
  }

  /** The agreeing person named most often before offset (the latest of equals); or null. */
  private Resolved mostNamed(PersonNames.Gender gender, int offset) {
    java.util.Map<String, Integer> times = roles.salience();
    MentionSpan best = null;
    for (MentionSpan m : mentions) {
      if (m.end() > offset) {
        break;
      }
      if (candidate(m, gender) && (best == null
          || times.get(RoleHolders.identity(m)) >= times.get(RoleHolders.identity(best)))) {
        best = m;
      }
    }
    return best == null ? null : named(best, offset);
  }

  /** The latest name of those types before offset; with outsideQuotes, none inside quotation marks. */
  private MentionSpan lastNameBefore(int offset, Set<String> types, boolean outsideQuotes) {
    MentionSpan best = null;
    for (MentionSpan m : mentions) {
      if (m.end() <= offset && types.contains(m.type()) && isName(m) && !(outsideQuotes && insideQuote(m.begin()))) {
        best = m;
      }
    }
    return best;
  }

  static List<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty()).toList();
  }
}
