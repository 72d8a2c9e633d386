package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Tells a run-together span from a fuller form of a name. The tagger runs neighbouring names into one
 * mention where punctuation was lost ("Daesh Rami Abdel Rahman Al-Qaryatayn" from a tag list, "Islamic
 * State ISIS ISIL", "Kurdish YPG"); such a span contains the short name but is not its full form, and
 * linking "Daesh" to it would make every "Daesh" of the article a one-article entity. The words it adds
 * hold another name the article tags on its own, where a full form adds qualifiers ("Russian Defense
 * Ministry", "Syrian Observatory for Human Rights", "Clinton Foundation").
 */
final class RunTogether {
  /** Words after which a name qualifies the one before it ("Observatory for Human Rights"). */
  private static final Set<String> QUALIFIER_WORDS = Set.of("for", "of", "in", "on", "and", "to");

  /** One article's names: the words of each mention, with its type. */
  record Name(List<String> words, String type) {}

  private final List<Name> names;

  RunTogether(List<MentionSpan> mentions) {
    List<Name> out = new ArrayList<>();
    for (MentionSpan m : mentions) {
      List<String> w = SpeakerResolver.words(m.text());
      if (!w.isEmpty() && SpeakerResolver.isName(m)) {
        out.add(new Name(w, m.type()));
      }
    }
    this.names = out;
  }

  /**
   * Whether {@code longer} (a candidate full form) runs {@code shorter} (the mention's words) together with
   * another of the article's names: after it (a person, an organisation; for an acronym also a place), or
   * before it (a person or an organisation; for an acronym any name: "Kurdish YPG", "Syria ISIL"), unless the
   * short name is a generic head ("Ministry", "Foundation") that a name before it qualifies. A place before a
   * name is as often part of it ("Washington Post"). A name after
   * "for"/"of" qualifies, it does not run on. For a person, other people's names do not count: the first
   * name tagged alone ("Hillary") is part of the full name.
   */
  boolean joins(List<String> longer, List<String> shorter, String type, boolean acronym) {
    int at = Collections.lastIndexOfSubList(longer, shorter);
    if (at < 0 || longer.size() == shorter.size()) {
      return false;
    }
    List<String> before = longer.subList(0, at);
    List<String> after = longer.subList(at + shorter.size(), longer.size());
    boolean genericHead = SpeakerResolver.isOrganisationNoun(shorter.get(shorter.size() - 1));
    for (Name n : names) {
      if (n.words().equals(shorter) || n.words().equals(longer)) {
        continue;
      }
      boolean person = n.type().equals("PERSON");
      if (person && type.equals("PERSON")) {
        continue;
      }
      boolean org = n.type().equals("ORGANIZATION");
      boolean place = n.type().equals("LOCATION");
      if ((person || org || acronym && place) && !after.isEmpty() && !QUALIFIER_WORDS.contains(after.get(0))
          && Collections.indexOfSubList(after, n.words()) >= 0) {
        return true;
      }
      if ((person || org || acronym) && !genericHead && Collections.indexOfSubList(before, n.words()) >= 0) {
        return true;
      }
    }
    return false;
  }
}
