package org.newsgraph.eval;

import java.util.List;

/**
 * Double quotation marks in gold contents: whether a content quotes anyone verbatim, and whether it is
 * a direct quote (wholly inside one pair of marks).
 *
 * <p>Only double marks count: straight {@code "} and curly {@code “ ”}. Single curly marks double as
 * apostrophes, and single quotes inside double ones are nested quotes, not a new quote.
 */
public final class QuoteMarks {
  private static final String EDGE_PUNCTUATION = ".,;:!?…—–-()[]";

  private QuoteMarks() {}

  /** True when the text contains a double quotation mark. */
  public static boolean containsMark(String s) {
    return s.indexOf('"') >= 0 || s.indexOf('“') >= 0 || s.indexOf('”') >= 0;
  }

  /** True when any fragment of the content contains a double quotation mark. */
  public static boolean containsMark(String text, List<TextSpan> content) {
    return content.stream().anyMatch(f -> containsMark(text.substring(f.begin(), f.end())));
  }

  /** True when every fragment of the content is a direct quote (see {@link #isDirect(String, TextSpan)}). */
  public static boolean isDirect(String text, List<TextSpan> content) {
    return content.stream().allMatch(f -> isDirect(text, f));
  }

  /**
   * True when [begin, end) is wholly one quotation: ignoring whitespace and punctuation at its edges, it
   * opens with a mark (or the character just before it is an opening mark) and closes with the matching
   * mark (or the next character after trailing punctuation is one), and the same closing mark does not
   * occur in between, so {@code “A,” he said, “B.”} as one span is not direct. Straight marks close
   * straight marks and curly close curly, so {@code "the question: “As you know...?” Forty-three."} is
   * direct. A straight mark at the start of a paragraph re-opens a quote that runs over several
   * paragraphs (the convention is to close only the last), so it does not close one.
   */
  public static boolean isDirect(String text, TextSpan span) {
    int i = span.begin();
    int j = span.end() - 1;
    while (i <= j && isEdge(text.charAt(i))) {
      i++;
    }
    while (j >= i && isEdge(text.charAt(j))) {
      j--;
    }
    int open;
    if (i <= j && isOpening(text.charAt(i))) {
      open = i;
    } else if (span.begin() > 0 && isOpening(text.charAt(span.begin() - 1))) {
      open = span.begin() - 1;
    } else {
      return false;
    }
    char closing = text.charAt(open) == '"' ? '"' : '”';
    int close;
    if (j > open && text.charAt(j) == closing) {
      close = j;
    } else {
      int k = span.end();
      while (k < text.length() && EDGE_PUNCTUATION.indexOf(text.charAt(k)) >= 0) {
        k++;
      }
      if (k >= text.length() || text.charAt(k) != closing) {
        return false;
      }
      close = k;
    }
    return firstClosing(text, closing, open + 1) == close;
  }

  private static int firstClosing(String text, char closing, int from) {
    for (int k = text.indexOf(closing, from); k >= 0; k = text.indexOf(closing, k + 1)) {
      if (!(closing == '"' && startsParagraph(text, k))) {
        return k;
      }
    }
    return -1;
  }

  private static boolean startsParagraph(String text, int k) {
    int i = k - 1;
    while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i >= 0 && text.charAt(i) == '\n';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '“';
  }

  private static boolean isEdge(char c) {
    return Character.isWhitespace(c) || EDGE_PUNCTUATION.indexOf(c) >= 0;
  }
}
