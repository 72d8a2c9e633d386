package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The per-article half of archive-wide boilerplate removal. Every article is cut into word shingles
 * (6 words inside a paragraph; a shorter paragraph is one shingle); the Spark pass counts in how many
 * different articles of one outlet each shingle occurs, and hands back the ones over its threshold.
 * Here they are removed, but only where boilerplate sits: whole paragraphs, the text's head or tail
 * (a sidebar or footer glued to the body, with at most {@link #EDGE_GAP_WORDS} other words inside it), and
 * runs of at least {@link #LONG_RUN_WORDS} words. A shared phrase in mid-sentence ("the Syrian Observatory
 * for Human Rights said") is never cut, however common. Plain Java, no Spark.
 */
public final class Boilerplate {
  public static final int SHINGLE_WORDS = 6;
  /** A recurring run this long is boilerplate wherever it is (a "Read more" block inside the body). */
  static final int LONG_RUN_WORDS = 25;
  /** Words inside a head or tail block that vary (a date, a reporter's name) and go with it. */
  static final int EDGE_GAP_WORDS = 3;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private Boilerplate() {}

  /** Distinct shingle hashes of a cleaned text; the headline paragraph (equal to the title) is left out. */
  public static long[] shingles(String text, String title) {
    List<Word> words = words(text, title);
    java.util.HashSet<Long> out = new java.util.HashSet<>();
    forEachShingle(words, (h, from, to) -> out.add(h));
    return out.stream().mapToLong(Long::longValue).toArray();
  }

  /** The text without its boilerplate, given the shingles the archive found recurring. */
  public static String remove(String text, String title, Set<Long> recurring) {
    if (recurring.isEmpty()) {
      return text;
    }
    List<Word> words = words(text, title);
    boolean[] covered = new boolean[words.size()];
    forEachShingle(words, (h, from, to) -> {
      if (recurring.contains(h)) {
        java.util.Arrays.fill(covered, from, to, true);
      }
    });
    boolean[] cut = new boolean[words.size()];
    markParagraphsAndLongRuns(words, covered, cut);
    markEdge(words, covered, cut, true);
    markEdge(words, covered, cut, false);
    for (boolean c : cut) {
      if (c) {
        return rebuild(text, words, cut);
      }
    }
    return text;
  }

  private static void markParagraphsAndLongRuns(List<Word> words, boolean[] covered, boolean[] cut) {
    int i = 0;
    while (i < words.size()) {
      int p = words.get(i).paragraph;
      int end = i;
      boolean all = true;
      while (end < words.size() && words.get(end).paragraph == p) {
        all &= covered[end];
        end++;
      }
      if (all) {
        java.util.Arrays.fill(cut, i, end, true);
      }
      i = end;
    }
    for (int s = 0; s < covered.length; ) {
      if (!covered[s]) {
        s++;
        continue;
      }
      int e = s;
      while (e < covered.length && covered[e] && words.get(e).paragraph == words.get(s).paragraph) {
        e++;
      }
      if (e - s >= LONG_RUN_WORDS) {
        java.util.Arrays.fill(cut, s, e, true);
      }
      s = e;
    }
  }

  /**
   * From the text's first (or last) word inwards: cut paragraphs already cut, then the covered words of the
   * edge paragraph with gaps of at most EDGE_GAP_WORDS, up to the last covered word reached.
   */
  private static void markEdge(List<Word> words, boolean[] covered, boolean[] cut, boolean fromEnd) {
    int n = words.size();
    int step = fromEnd ? -1 : 1;
    int i = fromEnd ? n - 1 : 0;
    while (i >= 0 && i < n && cut[i]) {
      i += step;
    }
    if (i < 0 || i >= n || !covered[i]) {
      return;
    }
    int paragraph = words.get(i).paragraph;
    int reach = i;
    int gap = 0;
    for (int j = i; j >= 0 && j < n && words.get(j).paragraph == paragraph; j += step) {
      if (covered[j]) {
        reach = j;
        gap = 0;
      } else if (++gap > EDGE_GAP_WORDS) {
        break;
      }
    }
    for (int j = i; j != reach + step; j += step) {
      cut[j] = true;
    }
  }

  private static String rebuild(String text, List<Word> words, boolean[] cut) {
    StringBuilder out = new StringBuilder(text.length());
    int pos = 0;
    for (int i = 0; i < words.size(); i++) {
      if (!cut[i]) {
        continue;
      }
      int j = i;
      while (j + 1 < words.size() && cut[j + 1] && words.get(j + 1).paragraph == words.get(i).paragraph) {
        j++;
      }
      int begin = words.get(i).begin;
      // The cut runs to the next kept word of the paragraph, taking the punctuation between with it.
      int end = j + 1 < words.size() && words.get(j + 1).paragraph == words.get(i).paragraph
          ? words.get(j + 1).begin : paragraphEnd(text, words.get(j).end);
      out.append(text, pos, begin);
      pos = end;
      i = j;
    }
    out.append(text, pos, text.length());
    List<String> paragraphs = new ArrayList<>();
    for (String p : out.toString().split("\n")) {
      String t = p.replaceAll(" {2,}", " ").strip();
      if (WORD.matcher(t).find()) {
        paragraphs.add(t);
      }
    }
    return String.join("\n\n", paragraphs);
  }

  private static int paragraphEnd(String text, int from) {
    int nl = text.indexOf('\n', from);
    return nl < 0 ? text.length() : nl;
  }

  private interface ShingleSink {
    void accept(long hash, int fromWord, int toWord);
  }

  private static void forEachShingle(List<Word> words, ShingleSink sink) {
    int i = 0;
    while (i < words.size()) {
      int p = words.get(i).paragraph;
      int end = i;
      while (end < words.size() && words.get(end).paragraph == p) {
        end++;
      }
      if (end - i < SHINGLE_WORDS) {
        sink.accept(hash(words, i, end), i, end);
      } else {
        for (int s = i; s + SHINGLE_WORDS <= end; s++) {
          sink.accept(hash(words, s, s + SHINGLE_WORDS), s, s + SHINGLE_WORDS);
        }
      }
      i = end;
    }
  }

  /** FNV-1a over the lower-cased words, a separator between them. */
  private static long hash(List<Word> words, int from, int to) {
    long h = 0xcbf29ce484222325L;
    for (int i = from; i < to; i++) {
      String w = words.get(i).text;
      for (int k = 0; k < w.length(); k++) {
        h = (h ^ w.charAt(k)) * 0x100000001b3L;
      }
      h = (h ^ ' ') * 0x100000001b3L;
    }
    return h;
  }

  private static List<Word> words(String text, String title) {
    List<Word> out = new ArrayList<>();
    String[] lines = text.split("\n", -1);
    int offset = 0;
    int paragraph = 0;
    String titleKey = title == null ? null : TextCleaner.key(title);
    for (int l = 0; l < lines.length; l++) {
      String line = lines[l];
      boolean headline = out.isEmpty() && paragraph == 0 && titleKey != null && TextCleaner.key(line).equals(titleKey)
          && !titleKey.isEmpty();
      if (!line.isBlank() && !headline) {
        Matcher m = WORD.matcher(line);
        while (m.find()) {
          out.add(new Word(m.group().toLowerCase(Locale.ROOT), offset + m.start(), offset + m.end(), paragraph));
        }
      }
      if (!line.isBlank()) {
        paragraph++;
      }
      offset += line.length() + 1;
    }
    return out;
  }


  private record Word(String text, int begin, int end, int paragraph) {}
}
