package org.newsgraph.clean;

import java.util.function.Function;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Ways of finding an HTML page's main text, measured against each other by
 * {@code org.newsgraph.eval.ExtractionEvaluation} (docs/EXTRACTION.md); {@link #DEFAULT} is what the
 * pipeline uses.
 */
public enum HtmlExtractor {
  /** The whole body minus scripts, forms and the nav/header/footer/aside elements (newsgraph before #16). */
  PLAIN("plain", MainText::withoutChrome),
  // Lambdas rather than method references: ReadabilityContent (and readability4j, which the application
  // jar leaves out) is loaded only when one of these two is used.
  /** readability4j's article element (the evaluation's comparison; not in the application jar). */
  READABILITY("readability", doc -> ReadabilityContent.of(doc)),
  /** newsgraph's own rules: the densest prose container, pruned of navigation, captions, lists of links. */
  RULES("rules", MainText::of),
  /** readability4j's article element, then newsgraph's pruning (like READABILITY, evaluation only). */
  READABILITY_RULES("readability+rules", doc -> MainText.pruned(ReadabilityContent.of(doc)));

  public static final HtmlExtractor DEFAULT = RULES;
  private static final Pattern TAG = Pattern.compile("(?i)</?(html|body|div|p|span|a|br|script|table|li|h[1-6])\\b[^>]*>");

  private final String label;
  private final Function<Document, Element> content;

  HtmlExtractor(String label, Function<Document, Element> content) {
    this.label = label;
    this.content = content;
  }

  /** Markup rather than prose: at least five tags of common HTML elements. */
  public static boolean looksLikeHtml(String s) {
    var m = TAG.matcher(s);
    int n = 0;
    while (m.find() && n < 5) {
      n++;
    }
    return n >= 5;
  }

  /** The name used on the command line ({@code --extractor}). */
  public String label() {
    return label;
  }

  public static HtmlExtractor byLabel(String label) {
    for (HtmlExtractor e : values()) {
      if (e.label.equals(label)) {
        return e;
      }
    }
    throw new IllegalArgumentException("unknown extractor '" + label + "'; known: plain, readability, rules, readability+rules");
  }

  /** The page's metadata (read before any extraction changes the tree) and its main text as paragraphs. */
  public HtmlPage read(String html) {
    Document doc = Jsoup.parse(html);
    PageMetadata meta = PageMetadata.of(doc);
    return new HtmlPage(ParagraphText.of(content.apply(doc)), meta);
  }

  /**
   * An HTML page read by an extractor.
   *
   * @param text     the main text, paragraphs separated by a blank line
   * @param metadata what the page's markup says about it
   */
  public record HtmlPage(String text, PageMetadata metadata) {}
}
