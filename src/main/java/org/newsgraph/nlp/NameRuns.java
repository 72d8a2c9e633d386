package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * "Staffan de Mistura Southern Front" -> "Staffan de Mistura", "Southern Front": where an archive lost the
 * punctuation of tag lines and related-story lists, the tagger runs neighbouring names into one mention. A
 * span the article writes only once that splits, word for word, into two or more names the article tags on
 * their own is those names (fewest parts win), each with the type the article gives it. A person's first
 * name and surname tagged alone ("Hillary", "Clinton") never split a person's full name: two neighbouring
 * parts that are both people, one of them a single word, keep the span whole; so does a generic head
 * tagged alone ("Clinton Foundation" is no "Clinton" + "Foundation") and a place before one other name
 * ("Washington Post" is no "Washington" + "Post"), and so do two organisations alone ("United Nations
 * Security Council" is a body of the United Nations): those are how full names are made. Runs of places
 * only are {@link MentionBounds#placeRuns}' to split (a club named by places stays whole).
 */
final class NameRuns {
  private static final int MAX_WORDS = 12;
  /** Adjectives ("Syrian") qualify the name after them; only names of actors and places are parts. */
  private static final Set<String> NAME_TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION");

  private NameRuns() {}

  static List<MentionSpan> split(String text, List<MentionSpan> mentions) {
    Map<String, MentionSpan> names = new HashMap<>();
    Map<String, Integer> times = new HashMap<>();
    for (MentionSpan m : mentions) {
      String key = m.text().toLowerCase(Locale.ROOT);
      times.merge(key, 1, Integer::sum);
      if (NAME_TYPES.contains(m.type()) && SpeakerResolver.isName(m)) {
        names.putIfAbsent(key, m);
      }
    }
    List<MentionSpan> out = new ArrayList<>(mentions.size());
    for (MentionSpan m : mentions) {
      String[] w = m.text().split(" ");
      List<MentionSpan> parts = w.length < 2 || w.length > MAX_WORDS
          || times.get(m.text().toLowerCase(Locale.ROOT)) > 1 ? null : parts(text, m, w, names);
      if (parts == null) {
        out.add(m);
      } else {
        out.addAll(parts);
      }
    }
    return out;
  }

  /** The fewest names that spell the span, or null when none do or a person's name would be cut. */
  private static List<MentionSpan> parts(String text, MentionSpan m, String[] w, Map<String, MentionSpan> names) {
    int n = w.length;
    int[] count = new int[n + 1];
    int[] from = new int[n + 1];
    Arrays.fill(count, Integer.MAX_VALUE);
    count[0] = 0;
    for (int j = 1; j <= n; j++) {
      for (int i = j == n ? 1 : 0; i < j; i++) {
        if (count[i] != Integer.MAX_VALUE && count[i] + 1 < count[j] && names.containsKey(join(w, i, j))) {
          count[j] = count[i] + 1;
          from[j] = i;
        }
      }
    }
    if (count[n] == Integer.MAX_VALUE || count[n] < 2) {
      return null;
    }
    List<MentionSpan> parts = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    for (int j = n; j > 0; j = from[j]) {
      String part = join(w, from[j], j);
      MentionSpan name = names.get(part);
      int begin = m.begin() + offset(w, from[j]);
      int end = begin + name.text().length();
      parts.add(0, new MentionSpan(m.sentence(), begin, end, text.substring(begin, end), name.type(), name.nerTag(),
          m.confidence(), null));
      sizes.add(0, j - from[j]);
    }
    for (int k = 0; k + 1 < parts.size(); k++) {
      boolean people = parts.get(k).type().equals("PERSON") && parts.get(k + 1).type().equals("PERSON");
      if (people && (sizes.get(k) == 1 || sizes.get(k + 1) == 1)) {
        return null;
      }
    }
    for (int k = 0; k < parts.size(); k++) {
      if (sizes.get(k) == 1 && SpeakerResolver.isOrganisationNoun(parts.get(k).text().toLowerCase(Locale.ROOT))) {
        return null;
      }
    }
    boolean placeFirst = parts.get(0).type().equals("LOCATION") && !parts.get(1).type().equals("LOCATION");
    boolean allPlaces = parts.stream().allMatch(p -> p.type().equals("LOCATION"));
    boolean twoGroups = parts.size() == 2 && parts.get(0).type().equals("ORGANIZATION")
        && parts.get(1).type().equals("ORGANIZATION");
    return allPlaces || twoGroups || parts.size() == 2 && placeFirst ? null : parts;
  }

  private static String join(String[] w, int from, int to) {
    return String.join(" ", Arrays.copyOfRange(w, from, to)).toLowerCase(Locale.ROOT);
  }

  private static int offset(String[] w, int word) {
    int at = 0;
    for (int i = 0; i < word; i++) {
      at += w[i].length() + 1;
    }
    return at;
  }
}
