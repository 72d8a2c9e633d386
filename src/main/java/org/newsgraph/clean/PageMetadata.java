package org.newsgraph.clean;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What an HTML page says about itself in its markup: headline, publication date and site name.
 *
 * @param title    og:title, else the first h1, else the title element; a trailing " | Site" (or " - Site"
 *                 naming the site or host) removed; null when the page has none
 * @param date     the publication date (yyyy-MM-dd) from publication-date meta tags, JSON-LD
 *                 datePublished or the first time element's datetime, in that order; null when absent
 * @param siteName og:site_name (else application-name), or null
 */
public record PageMetadata(String title, String date, String siteName) {
  /** Meta tags (name, property or itemprop) that carry a publication date, most specific first. */
  private static final List<String> DATE_KEYS = List.of("article:published_time", "og:published_time",
      "datepublished", "pubdate", "publishdate", "publish-date", "publication_date", "parsely-pub-date",
      "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.created", "date");
  private static final Pattern JSON_LD_DATE = Pattern.compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"");
  private static final Pattern ISO_START = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]|$)");
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(\\||-|–|—|::|·|•)\\s+");
  /** A " | Site" tail is at most this many words long. */
  private static final int MAX_SITE_WORDS = 5;

  static PageMetadata of(Document doc) {
    String site = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"));
    String title = firstNonBlank(meta(doc, "og:title"), text(doc.selectFirst("h1")), doc.title());
    return new PageMetadata(title == null ? null : withoutSiteSuffix(title, site, host(doc)), date(doc), site);
  }

  /** The content of the first meta tag whose name, property or itemprop is {@code key} (any case). */
  private static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop"}) {
        if (m.attr(attr).equalsIgnoreCase(key) && !m.attr("content").isBlank()) {
          return m.attr("content").strip();
        }
      }
    }
    return null;
  }

  private static String date(Document doc) {
    for (String key : DATE_KEYS) {
      Optional<String> d = isoDate(meta(doc, key));
      if (d.isPresent()) {
        return d.get();
      }
    }
    for (Element script : doc.select("script[type=application/ld+json]")) {
      Matcher m = JSON_LD_DATE.matcher(script.data());
      if (m.find() && isoDate(m.group(1)).isPresent()) {
        return isoDate(m.group(1)).get();
      }
    }
    for (Element time : doc.select("time[datetime]")) {
      Optional<String> d = isoDate(time.attr("datetime"));
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  /** An ISO date or timestamp ("2019-11-18T14:02:00Z", which DateFinder's word boundaries miss), else any date form. */
  private static Optional<String> isoDate(String value) {
    if (value == null) {
      return Optional.empty();
    }
    Matcher m = ISO_START.matcher(value.strip());
    return DateFinder.find(m.lookingAt() ? m.group(1) : value).map(Object::toString);
  }

  /**
   * Drops the last " | part" when it is short, and a last " - part" (or other separator) when it names the
   * site or the host: "Storm hits coast | Daily Planet" becomes "Storm hits coast".
   */
  static String withoutSiteSuffix(String title, String site, String host) {
    String t = title.strip();
    Matcher m = SEPARATOR.matcher(t);
    int start = -1;
    int end = -1;
    String sep = null;
    while (m.find()) {
      start = m.start();
      end = m.end();
      sep = m.group(1);
    }
    if (start <= 0) {
      return t;
    }
    String tail = t.substring(end);
    boolean namesSite = sameName(tail, site) || sameName(tail, host)
        || (host != null && TextCleaner.key(host).contains(TextCleaner.key(tail)) && TextCleaner.key(tail).length() >= 3);
    boolean shortPipe = sep.equals("|") && LineShape.words(tail) <= MAX_SITE_WORDS;
    return namesSite || shortPipe ? withoutSiteSuffix(t.substring(0, start), site, host) : t;
  }

  private static boolean sameName(String a, String b) {
    return b != null && !TextCleaner.key(b).isEmpty() && TextCleaner.key(a).equals(TextCleaner.key(b));
  }


  /** The host of the page's canonical or og:url address, without "www.", or null. */
  private static String host(Document doc) {
    Element canonical = doc.selectFirst("link[rel=canonical][href]");
    String url = firstNonBlank(canonical == null ? null : canonical.attr("href"), meta(doc, "og:url"));
    if (url == null) {
      return null;
    }
    Matcher m = Pattern.compile("^https?://(?:www\\.)?([^/:?#]+)").matcher(url);
    return m.find() ? m.group(1) : null;
  }

  private static String text(Element e) {
    return e == null ? null : e.text();
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v.strip();
      }
    }
    return null;
  }
}
