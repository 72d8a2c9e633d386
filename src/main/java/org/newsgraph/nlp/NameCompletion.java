package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Names the CRF tagged somewhere in an article but missed elsewhere in it: it often leaves a surname at the
 * start of a sentence or before a colon untagged ("Pence: ...", "Sanders promised ...") after tagging "Mike
 * Pence" and "Bernie Sanders" further on. Every capitalised occurrence of a name the article tags (and of a
 * tagged person's surname) becomes a mention of the tagged type, on token boundaries, where no mention
 * overlaps and no other capitalised word runs on from it ("Trump Tower", "Bush Cheney": a longer name the
 * CRF did not tag, left alone; a title before it is fine: "Mr. Pence"). Not for names the article also
 * writes as a lower-case word ("State", "Post"), months and weekdays ("May"), or nationality and other
 * adjectives; nor before "-based" ("Britain-based": where an organisation sits). Inside a hyphenated token
 * too ("anti-Daesh", "al-Qaeda-linked"), see {@link #compoundPart}.
 */
final class NameCompletion {
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");
  private static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
      "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
      "friday", "saturday", "sunday");
  private static final Pattern SURNAME = Pattern.compile("\\p{Lu}\\p{Ll}+(?:[-‐‑]\\p{Lu}?\\p{Ll}+)?");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\S+) $");
  /** The lower-case word and hyphen right before a compound's name part: "anti-". */
  private static final Pattern LOWER_PREFIX = Pattern.compile("(?<![\\p{L}\\p{N}-])(\\p{Ll}+)[-‐‑]$");
  private static final Pattern SUFFIX_WORD = Pattern.compile("[-‐‑](\\p{Ll}+)(?![\\p{L}\\p{N}])");
  /** A name that opens with a lower-case Arabic article: "al-Qaeda", "ad-Dawla". */
  private static final Pattern ARTICLE_NAME = Pattern.compile("(?:al|el|ad|ar|as|ash|at|az|ed|er|es|ez|an|en|ul)[-‐‑]\\p{Lu}");
  private static final Set<String> ARTICLES = Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ed", "er", "es",
      "ez", "an", "en", "ul");
  private static final Pattern CAPITALISED_AFTER = Pattern.compile("\\A \\p{Lu}");

  private NameCompletion() {}

  static List<MentionSpan> complete(CoreDocument doc, List<MentionSpan> mentions) {
    String text = doc.text();
    Map<String, MentionSpan> names = names(text, mentions);
    if (names.isEmpty()) {
      return mentions;
    }
    List<MentionSpan> out = new ArrayList<>(mentions);
    List<String> surfaces = new ArrayList<>(names.keySet());
    // Longest first, so "Mike Pence" is found before "Pence" at the same place.
    surfaces.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    for (String surface : surfaces) {
      Matcher x = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(surface) + "(?![\\p{L}\\p{N}])").matcher(text);
      while (x.find()) {
        int b = x.start();
        int e = x.end();
        if (AliasMentions.overlaps(out, b, e) || runsOn(text, b, e) || MentionBounds.seatSuffixAt(text, e)) {
          continue;
        }
        int sentence = AliasMentions.sentenceAt(doc, b, e);
        if (sentence < 0 && compoundPart(text, b, e)) {
          sentence = AliasMentions.sentenceHolding(doc, b);
        }
        if (sentence >= 0) {
          MentionSpan source = names.get(surface);
          out.add(new MentionSpan(sentence, b, e, surface, source.type(), source.nerTag(), null, null));
        }
      }
    }
    out.sort(Comparator.comparingInt(MentionSpan::begin));
    return out;
  }

  /** Surface -> the first mention that gives it (for a surname, the full name's mention). */
  static Map<String, MentionSpan> names(String text, List<MentionSpan> mentions) {
    Map<String, MentionSpan> out = new LinkedHashMap<>();
    for (MentionSpan m : mentions) {
      boolean adjective = MentionTypes.ADJECTIVE_TAGS.contains(m.nerTag()) || "TITLE".equals(m.nerTag());
      if (!TYPES.contains(m.type()) || adjective
          || !Character.isUpperCase(m.text().charAt(0)) && !ARTICLE_NAME.matcher(m.text()).lookingAt()) {
        continue;
      }
      String[] words = m.text().split(" ");
      if (words.length > 1 || usable(text, m.text())) {
        out.putIfAbsent(m.text(), m);
      }
      String[] name = PersonNames.stripTitles(m.text()).split(" ");
      String last = name[name.length - 1];
      if (m.type().equals("PERSON") && name.length > 1 && SURNAME.matcher(last).matches() && usable(text, last)) {
        out.putIfAbsent(last, m);
      }
    }
    return out;
  }

  /** A one-word name worth looking for: three letters or more, no calendar word, never written in lower case. */
  private static boolean usable(String text, String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return word.length() >= 3 && !CALENDAR.contains(lower) && !lower.equals(word)
        && !Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(lower) + "(?![\\p{L}\\p{N}])").matcher(text).find();
  }

  /**
   * A name inside one hyphenated token, which the tokenizer keeps whole and the CRF so never tags: after a
   * lower-case prefix ("anti-Daesh", "pro-Turkey") or before an actor suffix ("al-Qaeda-linked",
   * "Hezbollah-backed"); not after an Arabic article ("al-Nusra" holds no "Nusra" of its own) nor before
   * "-based" (where an organisation sits, not an actor).
   */
  static boolean compoundPart(String text, int b, int e) {
    boolean hyphenBefore = b > 0 && isHyphen(text.charAt(b - 1));
    boolean hyphenAfter = e < text.length() && isHyphen(text.charAt(e));
    if (!hyphenBefore && !hyphenAfter) {
      return false;
    }
    if (hyphenBefore) {
      Matcher prefix = LOWER_PREFIX.matcher(text).region(Math.max(0, b - 12), b);
      if (!prefix.find() || ARTICLES.contains(prefix.group(1))) {
        return false;
      }
    }
    if (hyphenAfter) {
      Matcher suffix = SUFFIX_WORD.matcher(text).region(e, Math.min(text.length(), e + 16));
      return suffix.lookingAt() && MentionBounds.isActorSuffix(suffix.group(1));
    }
    return true;
  }

  private static boolean isHyphen(char c) {
    return c == '-' || c == '‐' || c == '‑';
  }

  /** Whether a capitalised word other than a title stands right before the match, or any right after it. */
  private static boolean runsOn(String text, int b, int e) {
    if (CAPITALISED_AFTER.matcher(text.substring(e, Math.min(text.length(), e + 2))).find()) {
      return true;
    }
    Matcher w = WORD_BEFORE.matcher(text.substring(Math.max(0, b - 30), b));
    if (!w.find()) {
      return false;
    }
    String before = w.group(1);
    return Character.isUpperCase(before.charAt(0)) && Character.isLetter(before.charAt(before.length() - 1))
        && !PersonNames.isTitle(before);
  }
}
