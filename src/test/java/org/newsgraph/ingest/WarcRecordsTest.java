package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.newsgraph.TestData;
import org.newsgraph.tables.DocStatus;

/** Every record of a WARC file is one item with a status; damage costs one record, never the file. */
class WarcRecordsTest {
  private static List<WarcItem> read(byte[] warc) throws IOException {
    List<WarcItem> out = new ArrayList<>();
    try (WarcRecords records = new WarcRecords(offset -> {
      InputStream in = new ByteArrayInputStream(warc);
      in.skipNBytes(offset);
      return in;
    }, 10_000_000)) {
      records.forEachRemaining(out::add);
    }
    return out;
  }

  private static List<WarcItem> readFile(Path file) throws IOException {
    return read(Files.readAllBytes(file));
  }

  @Test
  void pagesBecomeArticlesAndEveryOtherRecordGetsAStatus() throws IOException {
    List<WarcFixtures.Page> pages = WarcFixtures.pages(3);
    List<WarcItem> items = read(WarcFixtures.archive(pages, false));
    assertEquals(3 * 2 + 3, items.size());
    for (int i = 0; i < 3; i++) {
      WarcItem request = items.get(2 * i);
      WarcItem page = items.get(2 * i + 1);
      assertEquals(DocStatus.NOT_ARTICLE, request.status());
      assertEquals("WARC request record", request.detail());
      assertNull(page.status(), page.detail());
      assertEquals(pages.get(i).url(), page.target());
      assertArrayEquals(pages.get(i).html(), page.html());
      assertEquals("utf-8", page.charset());
      assertEquals(WarcFixtures.CRAWLED, page.date());
    }
    assertEquals(DocStatus.NOT_ARTICLE, items.get(6).status());
    assertEquals("not an HTML page (image/png)", items.get(6).detail());
    assertEquals("HTTP 301 response", items.get(7).detail());
    assertEquals(DocStatus.TRUNCATED, items.get(8).status());
    assertNull(items.get(8).html());
    assertTrue(items.get(1).offset() > items.get(0).offset() && items.get(2).offset() > items.get(1).offset());
  }

  @Test
  void aCutGzipMemberFailsThatRecordAndTheFileGoesOn() throws IOException {
    List<WarcFixtures.Page> pages = WarcFixtures.pages(3);
    List<WarcItem> items = read(WarcFixtures.archive(pages, true));
    List<WarcItem> failed = items.stream().filter(i -> DocStatus.FAILED.equals(i.status())).toList();
    assertEquals(1, failed.size(), items.toString());
    assertTrue(failed.get(0).detail().startsWith("damaged WARC record at byte "), failed.get(0).detail());
    // Pages 1 and 3 are still read, and so are the records after the damage.
    List<String> read = items.stream().filter(i -> i.html() != null).map(WarcItem::target).toList();
    assertEquals(List.of(pages.get(0).url(), pages.get(2).url()), read);
    assertEquals(DocStatus.TRUNCATED, items.get(items.size() - 1).status());
  }

  @Test
  void realCrawlerFilesReadWithEveryRecordAccountedFor() throws IOException {
    Path dir = TestData.shared().resolve("data/warc");
    Map<String, Integer> headers = new TreeMap<>();
    Map<String, Integer> items = new TreeMap<>();
    for (String name : List.of("IAH-urls-wget.warc.gz", "post-blackout.warc.gz",
        "IAH-20080430204825-00000-blackbook-truncated.warc.gz")) {
      Path f = dir.resolve(name);
      headers.put(name, warcTypeLines(f));
      List<WarcItem> list = readFile(f);
      items.put(name, list.size());
      for (WarcItem i : list) {
        assertTrue(i.status() != null || i.html() != null, i.toString());
        assertTrue(i.status() == null || DocStatus.ALL.contains(i.status()), i.status());
      }
      if (name.startsWith("IAH-urls")) {
        assertTrue(list.stream().anyMatch(i -> i.html() != null), "wget's HTML responses are pages");
      }
    }
    assertEquals(headers, items);
  }

  /** Records in a file by counting its WARC-Type header lines, read independently of jwarc. */
  private static int warcTypeLines(Path f) throws IOException {
    byte[] all;
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      all = in.readAllBytes();
    } catch (java.io.EOFException e) {
      // The truncated file ends mid-member; count what gunzip gives before the cut.
      all = partialGunzip(f);
    }
    String s = new String(all, java.nio.charset.StandardCharsets.ISO_8859_1);
    int n = 0;
    for (int i = s.indexOf("\r\nWARC-Type:"); i >= 0; i = s.indexOf("\r\nWARC-Type:", i + 1)) {
      n++;
    }
    return n;
  }

  private static byte[] partialGunzip(Path f) throws IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
      byte[] buf = new byte[8192];
      int n;
      while ((n = in.read(buf)) > 0) {
        out.write(buf, 0, n);
      }
    } catch (java.io.EOFException e) {
      // expected at the cut
    }
    return out.toByteArray();
  }
}
