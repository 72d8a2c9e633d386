package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds passages inside double quotation marks, curly (“ ”) or straight ("), in a text whose paragraphs
 * are separated by blank lines. News style lets a quote run over several paragraphs: a paragraph that
 * ends inside a quote and is followed by a paragraph opening with a quotation mark continues it.
 * Single quotes are not used as delimiters: in running text they are mostly apostrophes. Two apostrophes
 * ('') are a double mark: newspaper archives (the New York Times as LexisNexis delivers it) print quotes
 * as ''...''.
 */
final class QuoteMarks {
  /**
   * One quoted passage: content offsets exclude the marks; openAt/closeAt are the marks' offsets (closeAt
   * -1 when the quote runs to the end of its paragraph), closeEnd the offset after the closing mark.
   */
  record Quoted(int begin, int end, int openAt, int closeAt, int closeEnd) {}

  private QuoteMarks() {}

  static List<Quoted> find(String text) {
    List<Quoted> out = new ArrayList<>();
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean paragraphBreak = c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (paragraphBreak && open >= 0) {
        int next = skipBlank(text, i);
        boolean continues = next < text.length() && isOpening(text, next);
        if (!continues) {
          // Unclosed at the end of the paragraph and not continued: the quote runs to the paragraph end.
          out.add(trimmed(text, open, i, -1, i));
          open = -1;
        } else {
          i = next; // the next paragraph's opening mark continues this quote
        }
        continue;
      }
      int straight = straightMark(text, i);
      if (c == '“' || (straight > 0 && open < 0)) {
        if (open < 0) {
          open = i;
        }
        i += Math.max(straight, 1) - 1;
      } else if ((c == '”' || straight > 0) && open >= 0) {
        out.add(trimmed(text, open, i, i, i + Math.max(straight, 1)));
        open = -1;
        i += Math.max(straight, 1) - 1;
      }
    }
    if (open >= 0) {
      int end = trimEnd(text, text.length());
      out.add(trimmed(text, open, end, -1, end));
    }
    return out;
  }

  /** Content between the marks without surrounding white space. */
  private static Quoted trimmed(String text, int open, int end, int closeAt, int closeEnd) {
    int b = open + Math.max(straightMark(text, open), 1);
    while (b < end && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    int e = Math.max(b, trimEnd(text, end));
    return new Quoted(b, e, open, closeAt, closeAt >= 0 ? closeEnd : e);
  }

  private static boolean isOpening(String text, int i) {
    return text.charAt(i) == '“' || straightMark(text, i) > 0;
  }

  /** Length of a straight double mark at i: 1 for ", 2 for '', else 0. */
  static int straightMark(String text, int i) {
    char c = text.charAt(i);
    if (c == '"') {
      return 1;
    }
    return c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'' ? 2 : 0;
  }

  private static int skipBlank(String text, int i) {
    int j = i;
    while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
      j++;
    }
    return j;
  }

  private static int trimEnd(String text, int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }
}
