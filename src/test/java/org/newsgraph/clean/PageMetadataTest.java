package org.newsgraph.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Title, date and site name from a page's markup, one source at a time. */
class PageMetadataTest {
  private static PageMetadata read(String head, String body) {
    return PageMetadata.of(Jsoup.parse("<html><head>" + head + "</head><body>" + body + "</body></html>"));
  }

  @Test
  void dateFromJsonLd() {
    PageMetadata m = read("<script type=application/ld+json>{\"@type\":\"NewsArticle\",\"headline\":\"x\","
        + "\"datePublished\": \"2019-11-18T14:02:00Z\",\"dateModified\":\"2019-11-20T09:00:00Z\"}</script>", "");
    assertEquals("2019-11-18", m.date());
  }

  @Test
  void dateFromMetaTag() {
    PageMetadata m = read("<meta property=article:published_time content=2018-08-16T07:30:00+09:00>", "");
    assertEquals("2018-08-16", m.date());
  }

  @Test
  void dateFromTimeElement() {
    PageMetadata m = read("", "<p>Posted <time datetime=2014-09-03>three days ago</time></p>");
    assertEquals("2014-09-03", m.date());
  }

  @Test
  void noDateWhenThePageGivesNone() {
    assertNull(read("<title>Storm</title>", "<p>Today</p>").date());
  }

  @Test
  void titleLosesItsSiteSuffix() {
    assertEquals("Storm hits the northern coast", read("<title>Storm hits the northern coast | Daily Planet</title>", "").title());
    assertEquals("Storm hits the northern coast", read("<meta property=og:site_name content='The Daily Planet'>"
        + "<title>Storm hits the northern coast - The Daily Planet</title>", "").title());
  }

  @Test
  void aDashInsideAHeadlineStays() {
    assertEquals("Rates rise - and so do prices", read("<title>Rates rise - and so do prices</title>", "").title());
  }

  @Test
  void ogTitleComesBeforeTheHeadingAndTheTitleElement() {
    PageMetadata m = read("<meta property=og:title content='Storm hits the northern coast'><title>Home | Planet</title>",
        "<h1>Weather</h1>");
    assertEquals("Storm hits the northern coast", m.title());
    assertEquals("Weather", read("<title>Home page of the planet</title>", "<h1>Weather</h1>").title());
  }

  @Test
  void siteNameFromOpenGraph() {
    assertEquals("The Daily Planet", read("<meta property=og:site_name content='The Daily Planet'>", "").siteName());
  }

  @Test
  void theCleanerPrefersThePagesMetadataToWhatTheLinesSuggest() {
    String html = "<html><head><meta property=og:site_name content='The Daily Planet'>"
        + "<meta name=pubdate content=2020-03-01><title>Storm hits the northern coast | The Daily Planet</title></head>"
        + "<body><div class=story><p>Source: Reuters</p><p>January 5, 2019</p>"
        + "<p>The storm reached the coast on Monday and cut power to thousands of homes, officials said.</p>"
        + "<p>Repairs will take a week, the utility said in a statement on Tuesday.</p></div></body></html>";
    CleanedText c = TextCleaner.clean(html);
    assertEquals("Storm hits the northern coast", c.title());
    assertEquals("2020-03-01", c.date());
    assertEquals("The Daily Planet", c.outlet());
    assertEquals("Storm hits the northern coast\n\n", c.text().substring(0, c.bodyStart()));
    assertEquals("The storm reached the coast", c.text().substring(c.bodyStart(), c.bodyStart() + 27));
  }
}
