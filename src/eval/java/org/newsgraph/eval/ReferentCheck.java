package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.newsgraph.nlp.PersonNames;
import org.newsgraph.nlp.QuoteSpan;

/**
 * Whether a quote's resolved speaker ({@code speaker_name}) is the referent a reader would name, for the
 * speaker-resolution gold ({@link SpeakerGold}). Judged on the entity, not the exact string:
 * <ul>
 *   <li>a PERSON is named when the speaker's last name word is the referent's last name word and every
 *       other name word of the speaker is in the referent ("Clinton" and "Hillary Clinton" name Hillary
 *       Clinton; "Bill Clinton" does not). Titles, honorifics, initials and leading words that are no first
 *       name ("Admiral Harris") are ignored;</li>
 *   <li>an ORGANIZATION is named when the words agree without determiners, or the shorter form is inside
 *       the longer and keeps its head (last) word ("Washington Post" / "The Washington Post"; "Trump"
 *       does not name the Trump campaign), or the speaker is the referent's acronym;</li>
 *   <li>a GROUP ("A + B") only when every part is named by the same speaker name;</li>
 *   <li>a line whose article names nobody is right when the speaker stays a description: no speaker name,
 *       or the gold Source as written kept unresolved ("a source", "many Democrats"), or a name with no
 *       capitalised word ("officials").</li>
 * </ul>
 */
public final class ReferentCheck {
  private static final Set<String> IGNORED = Set.of("the", "a", "an", "mr", "mrs", "ms", "miss", "dr", "sen",
      "senator", "rep", "gov", "governor", "president", "jr", "sr", "ii", "iii", "former", "sir", "lord");

  private ReferentCheck() {}

  public static boolean correct(QuoteSpan p, SpeakerGold.Line line) {
    if (!line.named() || line.referentType().equals("NONE")) {
      return p.speakerName() == null || isDescription(p.speakerName())
          || (p.speakerBegin() != null && p.speakerBegin() < line.sourceEnd() && p.speakerEnd() > line.sourceBegin()
              && words(p.speakerName()).equals(words(String.valueOf(p.speaker()))));
    }
    return names(p.speakerName(), line);
  }

  /** For a line whose article names the referent: does the name name it. */
  static boolean names(String speakerName, SpeakerGold.Line line) {
    if (!line.named() || line.referentType().equals("NONE")) {
      return isDescription(speakerName);
    }
    if (speakerName == null) {
      return false;
    }
    List<String> speaker = words(speakerName);
    String[] parts = line.referent().split(" \\+ ");
    if (line.referentType().equals("GROUP")) {
      return Arrays.stream(parts).allMatch(p -> speaker.containsAll(words(p)));
    }
    List<String> referent = words(parts[0]);
    return line.referentType().equals("PERSON") ? namesPerson(speaker, referent)
        : namesOrganisation(speaker, referent, speakerName);
  }

  /** No name: null, or no word that starts with a capital letter. */
  public static boolean isDescription(String speakerName) {
    return speakerName == null || speakerName.chars().noneMatch(Character::isUpperCase);
  }

  static boolean namesPerson(List<String> speaker, List<String> referent) {
    List<String> name = new ArrayList<>(speaker.stream().filter(w -> w.length() > 1).toList());
    // Leading words that are no first name are titles the list does not know ("Admiral", "Assemblywoman").
    while (name.size() > 1 && !referent.contains(name.get(0)) && PersonNames.firstNameGender(name.get(0)) == null) {
      name.remove(0);
    }
    if (name.isEmpty() || referent.isEmpty()) {
      return false;
    }
    return name.get(name.size() - 1).equals(referent.get(referent.size() - 1)) && referent.containsAll(name);
  }

  static boolean namesOrganisation(List<String> speaker, List<String> referent, String written) {
    if (speaker.isEmpty() || referent.isEmpty()) {
      return false;
    }
    if (speaker.equals(referent)) {
      return true;
    }
    List<String> shorter = speaker.size() < referent.size() ? speaker : referent;
    List<String> longer = shorter == speaker ? referent : speaker;
    if (shorter.get(shorter.size() - 1).equals(longer.get(longer.size() - 1))
        && java.util.Collections.indexOfSubList(longer, shorter) >= 0) {
      return true;
    }
    String acronym = written.replaceAll("[^\\p{L}]", "");
    return acronym.length() >= 2 && acronym.chars().allMatch(Character::isUpperCase)
        && acronym.equalsIgnoreCase(initials(referent));
  }

  private static String initials(List<String> ws) {
    StringBuilder sb = new StringBuilder();
    for (String w : ws) {
      if (!Set.of("of", "for", "and").contains(w)) {
        sb.append(w.charAt(0));
      }
    }
    return sb.toString();
  }

  /** Lower-cased letter runs without possessive endings, determiners and titles. */
  static List<String> words(String s) {
    List<String> out = new ArrayList<>();
    for (String w : s.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").split("[^\\p{L}]+")) {
      if (!w.isEmpty() && !IGNORED.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
