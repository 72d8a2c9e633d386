package org.newsgraph.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.jsoup.nodes.Element;

/**
 * Page furniture recognised by the words of its class and id attributes ("site-nav", "shareBar",
 * "related_links", "comment-list"): the words every CMS uses for the parts around an article, none of
 * them a particular site's.
 */
final class FurnitureWords {
  private static final Set<String> FURNITURE = Set.of("nav", "navbar", "navigation", "menu", "breadcrumb",
      "breadcrumbs", "share", "sharing", "social", "related", "recirc", "recommended", "recommendations",
      "trending", "popular", "comment", "comments", "disqus", "caption", "credit", "footer", "sidebar",
      "widget", "promo", "newsletter", "subscribe", "subscription", "signup", "advert", "advertisement", "ad",
      "ads", "sponsor", "sponsored", "banner", "popup", "modal", "cookie", "cookies", "consent", "tags",
      "tag", "toolbar", "pagination", "pager", "skip", "masthead", "byline", "author", "meta", "dateline",
      "timestamp", "outbrain", "taboola", "more", "next", "prev", "print", "hidden", "rail");
  /** Furniture that can outgrow the article (a long thread of comments): removed whatever its size. */
  private static final Set<String> ALWAYS = Set.of("comment", "comments", "disqus");
  /**
   * Other furniture words on an element holding more than this share of the page's text name a wrapper
   * ("page-ad-margins", "container has-sidebar"), not the furniture itself.
   */
  private static final double WRAPPER_SHARE = 0.3;
  /** Words that mark the article itself; an element carrying one is kept whatever else it says. */
  private static final Set<String> ARTICLE = Set.of("article", "body", "content", "story", "text", "entry",
      "post", "main");

  private FurnitureWords() {}

  /** Removes every element below {@code root} whose class or id words name furniture (not the article). */
  static void removeFurniture(Element root) {
    List<Element> doomed = new ArrayList<>();
    double wrapper = WRAPPER_SHARE * root.text().length();
    for (Element e : root.getAllElements()) {
      if (e != root && !e.nameIs("body") && !e.nameIs("html") && isFurniture(e, wrapper)) {
        doomed.add(e);
      }
    }
    for (Element e : doomed) {
      e.remove();
    }
  }

  private static boolean isFurniture(Element e, double wrapperChars) {
    boolean furniture = false;
    boolean always = false;
    for (String w : words(e)) {
      if (ARTICLE.contains(w)) {
        return false;
      }
      furniture |= FURNITURE.contains(w);
      always |= ALWAYS.contains(w);
    }
    return always || (furniture && e.text().length() <= wrapperChars);
  }

  /** The words of the class and id attributes, camelCase split: "shareBar js-nav" gives share, bar, js, nav. */
  static List<String> words(Element e) {
    String raw = (e.className() + " " + e.id()).replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    List<String> out = new ArrayList<>();
    for (String w : raw.split("[^a-z]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
