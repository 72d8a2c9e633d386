package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds passages inside double quotation marks, curly (“ ”) or straight ("), in a text whose paragraphs
 * are separated by blank lines. News style lets a quote run over several paragraphs: a paragraph that
 * ends inside a quote and is followed by a paragraph opening with a quotation mark continues it.
 * Single quotes are not used as delimiters: in running text they are mostly apostrophes.
 */
final class QuoteMarks {
  /** One quoted passage: content offsets exclude the marks; openAt/closeAt are the marks' offsets. */
  record Quoted(int begin, int end, int openAt, int closeAt) {}

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
          out.add(trimmed(text, open, i, -1));
          open = -1;
        } else {
          i = next; // the next paragraph's opening mark continues this quote
        }
        continue;
      }
      if (c == '“' || (c == '"' && open < 0)) {
        if (open < 0) {
          open = i;
        }
      } else if ((c == '”' || c == '"') && open >= 0) {
        out.add(trimmed(text, open, i, i));
        open = -1;
      }
    }
    if (open >= 0) {
      out.add(trimmed(text, open, trimEnd(text, text.length()), -1));
    }
    return out;
  }

  /** Content between the marks without surrounding white space. */
  private static Quoted trimmed(String text, int open, int end, int closeAt) {
    int b = open + 1;
    while (b < end && Character.isWhitespace(text.charAt(b))) {
      b++;
    }
    return new Quoted(b, Math.max(b, trimEnd(text, end)), open, closeAt);
  }

  private static boolean isOpening(String text, int i) {
    char c = text.charAt(i);
    return c == '“' || c == '"';
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
