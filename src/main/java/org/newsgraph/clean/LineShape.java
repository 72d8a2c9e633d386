package org.newsgraph.clean;

import java.util.regex.Pattern;

/**
 * Shape features of one line of scraped text. Boilerplate is recognised by shape (length, terminal
 * punctuation, share of alphabetic words, repetition) plus a short vocabulary of prompts that every news
 * CMS prints (comment boxes, share bars, related-link headings), never by strings of particular sites.
 */
final class LineShape {
  private static final Pattern WORD = Pattern.compile("\\S+");
  private static final Pattern ALPHA_WORD = Pattern.compile("\\p{L}[\\p{L}'’.-]*");
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?…:;\"”’)\\]]\\s*$");

  /** Comment prompts, share/tag bars, captcha, copyright: lines that are boilerplate when they stand alone. */
  private static final Pattern PROMPT = Pattern.compile(
      "(?i)^[\\p{Punct}\\s•·|»>-]*(your comment|post a comment|leave a (comment|reply)|add (a )?comment"
          + "|no comments?:?|\\d+ comments?|comments?( \\(\\d+\\))?|you are replying to.*|reply|captcha.*"
          + "|share( this( article| story)?)?:?|share on \\w+|tweet|print|email|tags?:.*|keywords?:.*"
          + "|subscribe.*|sign up.*|follow us.*|advertisement|sponsored|click here.*|all rights reserved.*"
          + "|(copyright|©).*|news (code|id):? ?[\\w-]+|photo:.*|image:.*|back to top|top|up|menu|home)"
          + "[\\p{Punct}\\s]*$");

  /** Headings that open a block of links to other stories. */
  private static final Pattern LINK_LIST_HEADING = Pattern.compile(
      "(?i)^(see also|related( (news|stories|articles|posts|content))?|latest( news)?|read (more|also)"
          + "|more (news|stories)( from .*)?|most (read|popular|viewed)|popular( posts)?|recommended"
          + "|you (may|might) (also )?(like|be interested in)|trending( now)?|top stories|editor'?s picks)"
          + "\\s*:?$");

  private LineShape() {}

  static int words(String line) {
    int n = 0;
    var m = WORD.matcher(line);
    while (m.find()) {
      n++;
    }
    return n;
  }

  static boolean endsSentence(String line) {
    return SENTENCE_END.matcher(line).find();
  }

  /** A line of running prose: long enough and closed by sentence punctuation, or very long. */
  static boolean isBodyLike(String line) {
    int w = words(line);
    return (w >= 6 && endsSentence(line) && !line.endsWith(":")) || w >= 25;
  }

  /** Could be a headline: a few mostly alphabetic, mostly distinct words without a closing period. */
  static boolean isHeadlineShaped(String line) {
    int w = words(line);
    if (w < 4 || w > 30 || line.endsWith(".")) {
      return false;
    }
    return alphaShare(line) >= 0.6 && distinctShare(line) >= 0.7;
  }

  static boolean isPrompt(String line) {
    return PROMPT.matcher(line).matches();
  }

  static boolean isLinkListHeading(String line) {
    return LINK_LIST_HEADING.matcher(line).matches();
  }

  /**
   * Navigation shape: short and unpunctuated, or a short line dominated by numbers and repeated words
   * ("12 Punto 14 Punto"). Long lines are prose whatever their punctuation: a whole article on one
   * unpunctuated line (as in many CSV exports) repeats "the" and "of" far below a 0.6 distinct share.
   */
  static boolean isNavigationShaped(String line) {
    int w = words(line);
    if (w <= 3 && !endsSentence(line)) {
      return true;
    }
    return w <= 15 && !endsSentence(line) && (alphaShare(line) < 0.5 || distinctShare(line) < 0.6);
  }

  static double alphaShare(String line) {
    int all = 0;
    int alpha = 0;
    var m = WORD.matcher(line);
    while (m.find()) {
      all++;
      if (ALPHA_WORD.matcher(m.group()).lookingAt()) {
        alpha++;
      }
    }
    return all == 0 ? 0.0 : (double) alpha / all;
  }

  static double distinctShare(String line) {
    String[] ws = line.toLowerCase(java.util.Locale.ROOT).split("\\s+");
    return ws.length == 0 ? 1.0 : (double) java.util.Arrays.stream(ws).distinct().count() / ws.length;
  }
}
