package org.newsgraph.clean;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Cleans one scraped article. The page is cut into lines; lines in non-Latin scripts, CMS prompts,
 * navigation and link lists are dropped by shape; the article body is the stretch between the first and
 * the last line of running prose; the headline is taken from the lines above the body; repeated
 * paragraphs are kept once. Metadata (date, outlet) is read from every line, dropped ones included,
 * because pages print it in exactly the chrome that cleaning removes. HTML is first cut to its main text
 * by an {@link HtmlExtractor}; its structure then stands in for the shape rules that guess it in flat text:
 * the body runs to the end of the extracted text, and short or repeated paragraphs inside it stay (lists,
 * subheadings, a recipe's repeated line), while prompts, date lines, link lists and non-Latin lines still
 * go. Plain Java, no Spark.
 */
public final class TextCleaner {
  /** Titles made from a first sentence are clipped to about this many characters. */
  static final int MAX_DERIVED_TITLE = 120;

  private TextCleaner() {}

  /** Cleans with the default HTML extractor ({@link HtmlExtractor#DEFAULT}). */
  public static CleanedText clean(String raw) {
    return clean(raw, HtmlExtractor.DEFAULT);
  }

  /**
   * Cleans one article. HTML (see {@link HtmlExtractor#looksLikeHtml}) is first reduced to its main text by
   * {@code extractor}, and the title, date and site name its markup gives win over those the lines suggest.
   */
  public static CleanedText clean(String raw, HtmlExtractor extractor) {
    String text = raw == null ? "" : raw;
    PageMetadata page = new PageMetadata(null, null, null);
    boolean html = HtmlExtractor.looksLikeHtml(text);
    if (html) {
      HtmlExtractor.HtmlPage read = extractor.read(text);
      text = read.text();
      page = read.metadata();
    }
    List<Line> lines = split(normalise(text));

    List<Line> meta = new ArrayList<>();
    int nonLatin = 0;
    List<Line> candidates = new ArrayList<>();
    for (Line line : lines) {
      if (Scripts.nonLatinShare(line.text) > 0.5) {
        nonLatin++;
        meta.add(line);
      } else if (LineShape.isPrompt(line.text) || DateFinder.isDateLine(line.text)
          || OutletFinder.DOMAIN.matcher(line.text).matches()) {
        meta.add(line);
      } else {
        candidates.add(line);
      }
    }

    int first = -1;
    int last = -1;
    for (int i = 0; i < candidates.size(); i++) {
      if (LineShape.isBodyLike(candidates.get(i).text)) {
        if (first < 0) {
          first = i;
        }
        last = i;
      }
    }
    if (first < 0 || html) {
      // An extractor has already cut the page to its article element, whose end is structure (lists,
      // tables, short closing lines), so only the lines above the first paragraph of prose go.
      first = Math.max(first, 0);
      last = candidates.size() - 1;
    }

    String headline = page.title() == null ? null : split(normalise(page.title())).stream().map(Line::text)
        .findFirst().orElse(null);
    boolean fromPage = headline != null;
    for (int i = 0; i < first; i++) {
      String t = candidates.get(i).text;
      if (!fromPage && headline == null && LineShape.isHeadlineShaped(t) && !LineShape.isLinkListHeading(t)) {
        headline = t;
      } else {
        meta.add(candidates.get(i));
      }
    }
    meta.addAll(candidates.subList(last + 1, candidates.size()));
    meta.sort(java.util.Comparator.comparingInt(Line::index));
    List<String> metaLines = meta.stream().map(Line::text).toList();

    List<Line> body = dedupe(candidates.subList(first, last + 1), headline, html);
    List<String> bodyTexts = body.stream().map(l -> l.text).toList();
    String joined = join(body);
    String title = headline != null ? headline : deriveTitle(joined);
    String cleaned = headline != null && !joined.isEmpty() ? headline + "\n\n" + joined
        : (headline != null ? headline : joined);

    String date = page.date() != null ? page.date() : findDate(metaLines, bodyTexts).map(LocalDate::toString).orElse(null);
    String outlet = page.siteName() != null ? page.siteName() : OutletFinder.find(metaLines, bodyTexts).orElse(null);
    int kept = body.size() + (headline != null ? 1 : 0);
    int bodyStart = headline == null ? 0 : Math.min(cleaned.length(), headline.length() + 2);
    return new CleanedText(cleaned, title, outlet, date, bodyStart, lines.size() - kept, nonLatin);
  }

  /** NFKC folds compatibility forms (ligatures, full-width letters, no-break spaces) that split tokens. */
  static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
    n = n.replace("\r\n", "\n").replace('\r', '\n');
    StringBuilder out = new StringBuilder(n.length());
    for (int i = 0; i < n.length(); i++) {
      char c = n.charAt(i);
      if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF' || c == '\u00AD') {
        continue;
      }
      if (c == '\n') {
        out.append('\n');
      } else if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)) {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<Line> split(String text) {
    List<Line> out = new ArrayList<>();
    boolean blankBefore = true;
    for (String rawLine : text.split("\n", -1)) {
      String t = rawLine.replaceAll(" {2,}", " ").strip();
      if (t.isEmpty()) {
        blankBefore = true;
        continue;
      }
      Line prev = out.isEmpty() ? null : out.get(out.size() - 1);
      if (prev != null && !blankBefore && prev.text.length() >= 40 && !LineShape.endsSentence(prev.text)
          && Character.isLowerCase(t.codePointAt(0)) && !OutletFinder.DOMAIN.matcher(t).matches()) {
        // Hard-wrapped prose: the line continues the previous one mid-sentence.
        out.set(out.size() - 1, new Line(prev.text + " " + t, prev.index));
        continue;
      }
      out.add(new Line(t, out.size()));
      blankBefore = false;
    }
    return out;
  }

  /**
   * Drops link lists inside the body and, in flat text, navigation-shaped lines and any paragraph seen
   * before (seed-like pages repeat their whole body; titles are often printed twice); in extracted HTML
   * only a repeat of the headline.
   */
  private static List<Line> dedupe(List<Line> body, String headline, boolean html) {
    Set<String> seen = new HashSet<>();
    if (headline != null) {
      seen.add(key(headline));
    }
    List<Line> out = new ArrayList<>();
    boolean inLinkList = false;
    for (Line line : body) {
      String t = line.text;
      if (LineShape.isLinkListHeading(t)) {
        inLinkList = true;
        continue;
      }
      if (inLinkList && !LineShape.isBodyLike(t)) {
        continue;
      }
      inLinkList = false;
      if (!html && (LineShape.isNavigationShaped(t) || !seen.add(key(t))) || html && isHeadline(t, headline)) {
        continue;
      }
      out.add(line);
    }
    return out;
  }

  private static boolean isHeadline(String line, String headline) {
    return headline != null && key(line).equals(key(headline));
  }

  /**
   * A line as cleaning compares it: lower case, letters and digits only, so that a title printed twice with
   * other punctuation or spacing is one line.
   */
  public static String key(String line) {
    return line.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
  }

  /**
   * One paragraph per line. Many scrapes end paragraphs with a single line break, so a single break is a
   * paragraph break too; wrapped lines were already joined by {@link #split}.
   */
  private static String join(List<Line> body) {
    return String.join("\n\n", body.stream().map(Line::text).toList());
  }

  private static String deriveTitle(String body) {
    if (body.isEmpty()) {
      return null;
    }
    String firstPara = body.split("\n\n", 2)[0];
    int end = firstPara.indexOf(". ");
    String sentence = end > 0 ? firstPara.substring(0, end + 1) : firstPara;
    if (sentence.length() <= MAX_DERIVED_TITLE) {
      return sentence;
    }
    int cut = sentence.lastIndexOf(' ', MAX_DERIVED_TITLE);
    return sentence.substring(0, cut > 0 ? cut : MAX_DERIVED_TITLE) + " …";
  }

  /** Dedicated date lines first (they hold the publication date), then a dateline in the first paragraph. */
  private static Optional<LocalDate> findDate(List<String> metaLines, List<String> bodyTexts) {
    for (String line : metaLines) {
      Optional<LocalDate> d = DateFinder.find(line);
      if (d.isPresent()) {
        return d;
      }
    }
    if (!bodyTexts.isEmpty()) {
      String lead = bodyTexts.get(0);
      return DateFinder.find(lead.substring(0, Math.min(lead.length(), 80)));
    }
    return Optional.empty();
  }

  private record Line(String text, int index) {}
}
