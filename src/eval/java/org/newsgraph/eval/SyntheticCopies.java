package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Copies of a real article made the way outlets and crawlers make them, and look-alikes that must stay
 * apart, for scoring story grouping where the archive has too few of them. Every change is
 * deterministic, so the figures reproduce.
 */
public final class SyntheticCopies {
  /** What was done to the original, and whether the result is still the same story. */
  public enum Kind {
    RETITLED(true), TRIMMED(true), BOILERPLATE(true), EDITED(true), REORDERED(true), FOLLOW_UP(false);

    public final boolean sameStory;

    Kind(boolean sameStory) {
      this.sameStory = sameStory;
    }
  }

  /** A made article: its text ({@code documents.text} form: headline, blank line, body). */
  public record Copy(Kind kind, String text) {}

  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"\u201d']?)\\s+(?=[\"\u201c']?[A-Z0-9])");
  private static final String HEAD_FURNITURE = "Share this article on Facebook Twitter WhatsApp Email Print";
  private static final String TAIL_FURNITURE = "Subscribe to our newsletter to get the latest news delivered to your inbox "
      + "every morning. Follow us on Twitter and Instagram. Copyright 2017 All rights reserved.";

  private SyntheticCopies() {}

  /**
   * The five copies of {@code text}, and a follow-up: {@code other}'s report with the first two sentences of
   * {@code text} quoted at its end, which belongs to other's story, never to text's.
   */
  public static List<Copy> of(String text, String other) {
    String headline = headline(text);
    List<String> sentences = sentences(body(text));
    List<Copy> out = new ArrayList<>();
    out.add(new Copy(Kind.RETITLED, "Latest: " + headline.toLowerCase() + " say reports\n\n" + body(text)));
    int keep = Math.max(1, (int) Math.ceil(sentences.size() * 0.7));
    out.add(new Copy(Kind.TRIMMED, headline + "\n\n" + String.join(" ", sentences.subList(0, keep))));
    out.add(new Copy(Kind.BOILERPLATE, headline + "\n\n" + HEAD_FURNITURE + "\n\n" + body(text) + "\n\n"
        + TAIL_FURNITURE));
    List<String> edited = new ArrayList<>(sentences);
    int mid = edited.size() / 2;
    edited.set(mid, edited.get(mid).replaceAll("\\d+", "41").replaceFirst("\\b(said|says|killed)\\b", "reported"));
    out.add(new Copy(Kind.EDITED, headline + "\n\n" + String.join(" ", edited)));
    int third = Math.max(1, sentences.size() / 3);
    List<String> reordered = new ArrayList<>(sentences.subList(third, sentences.size()));
    reordered.addAll(sentences.subList(0, third));
    out.add(new Copy(Kind.REORDERED, headline + "\n\n" + String.join(" ", reordered.subList(0, reordered.size() - third))
        + "\n\n" + String.join(" ", reordered.subList(reordered.size() - third, reordered.size()))));
    List<String> quoted = sentences.subList(0, Math.min(2, sentences.size()));
    out.add(new Copy(Kind.FOLLOW_UP, "Follow-up: " + headline(other) + "\n\n" + body(other) + "\n\n"
        + "Earlier reports said: " + String.join(" ", quoted)));
    return out;
  }

  static List<String> sentences(String body) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(body.replace("\n\n", " ").strip())) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static String headline(String text) {
    int cut = text.indexOf("\n\n");
    return cut < 0 ? "" : text.substring(0, cut);
  }

  private static String body(String text) {
    int cut = text.indexOf("\n\n");
    return cut < 0 ? text : text.substring(cut + 2);
  }
}
