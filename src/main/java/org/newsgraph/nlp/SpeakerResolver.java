package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resolves a speaker as written ("Lavrov", "he", "the ministry") to the fullest name the article gives
 * it ("Sergey Lavrov", "Russian Defense Ministry"). A cheap, news-specific substitute for full
 * coreference: surnames and short forms link to the longest earlier mention that contains them;
 * pronouns and descriptions link to the most recent speaker (or mention) of a compatible type. Speakers
 * in news are named once in full and then shortened, which is exactly what this exploits.
 */
final class SpeakerResolver {
  static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her");
  static final Set<String> GROUP_PRONOUNS = Set.of("it", "they", "them");
  /** Head nouns that name organisations when no NER type is known. */
  private static final Set<String> ORG_NOUNS = Set.of("ministry", "government", "army", "military", "forces",
      "agency", "group", "council", "committee", "department", "office", "party", "coalition", "police",
      "observatory", "organization", "organisation", "command", "administration", "campaign", "company",
      "embassy", "court", "commission", "alliance", "militia", "movement", "kremlin", "pentagon", "statement",
      "spokesperson's office", "board", "union", "bank", "house", "senate", "congress", "parliament", "cabinet",
      "network", "newspaper", "channel", "service", "authority", "authorities", "officials");
  private static final Set<String> PERSON_NOUNS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
      "minister", "president", "source", "commander", "leader", "director", "secretary", "officer", "envoy",
      "ambassador", "chief", "general", "colonel", "analyst", "witness", "resident", "expert", "aide", "senator",
      "governor", "mayor", "activist", "candidate", "nominee", "lawmaker", "representative", "man", "woman");

  /** A resolved speaker: the name used in the quotes table and its coarse type (null when unknown). */
  record Resolved(String name, String type, int offset) {}

  private final List<MentionSpan> mentions;
  private final List<Resolved> speakers = new ArrayList<>();

  SpeakerResolver(String text, List<MentionSpan> mentions) {
    this.mentions = EntityLinker.withPrefixes(text, mentions);
  }


  /**
   * @param written  the speaker as written (determiner already stripped for descriptions)
   * @param type     the NER coarse type of the phrase, or null
   * @param offset   where the phrase starts, for recency
   */
  Resolved resolve(String written, String type, int offset) {
    String lower = written.toLowerCase(Locale.ROOT);
    Resolved r;
    if (PERSON_PRONOUNS.contains(lower)) {
      r = recent("PERSON", offset);
    } else if (GROUP_PRONOUNS.contains(lower)) {
      r = recentGroup(offset);
    } else if (type != null) {
      r = new Resolved(longestForm(written, type), type, offset);
    } else {
      r = description(written, offset);
    }
    if (r != null) {
      speakers.add(new Resolved(r.name(), r.type(), offset));
    }
    return r;
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

  private Resolved recent(String type, int offset) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Resolved s = speakers.get(i);
      if (type.equals(s.type()) && s.offset() < offset) {
        return s;
      }
    }
    MentionSpan m = lastMentionBefore(offset, Set.of(type));
    return m == null ? null : new Resolved(longestForm(m.text(), m.type()), m.type(), offset);
  }

  private Resolved recentGroup(int offset) {
    for (int i = speakers.size() - 1; i >= 0; i--) {
      Resolved s = speakers.get(i);
      if (s.type() != null && !s.type().equals("PERSON") && s.offset() < offset) {
        return s;
      }
    }
    MentionSpan m = lastMentionBefore(offset, Set.of("ORGANIZATION"));
    return m == null ? null : new Resolved(longestForm(m.text(), m.type()), m.type(), offset);
  }

  /** "the ministry" -> the latest speaker or mention whose last word is "ministry". */
  private Resolved description(String written, int offset) {
    List<String> ws = words(written);
    String head = ws.isEmpty() ? "" : ws.get(ws.size() - 1);
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
      if (m.begin() < offset && !mw.isEmpty() && mw.get(mw.size() - 1).equals(head) && ws.size() <= 2) {
        return new Resolved(longestForm(m.text(), m.type()), m.type(), offset);
      }
    }
    String type = ORG_NOUNS.contains(head) ? "ORGANIZATION" : PERSON_NOUNS.contains(head) ? "PERSON" : null;
    return new Resolved(written, type, offset);
  }

  private MentionSpan lastMentionBefore(int offset, Set<String> types) {
    MentionSpan best = null;
    for (MentionSpan m : mentions) {
      if (m.end() <= offset && types.contains(m.type())) {
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
