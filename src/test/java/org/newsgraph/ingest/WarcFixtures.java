package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.TestData;

/**
 * WARC files written in the tests with jwarc's own writer, from real pages of the article-extraction
 * benchmark: gzip per record, a request before each response, an image, a redirect, a record the crawler
 * truncated, and (on request) a record whose gzip member is cut in the middle.
 */
public final class WarcFixtures {
  public static final Instant CRAWLED = Instant.parse("2024-03-05T10:15:30Z");

  /** A page of the benchmark: its id, URL and HTML bytes. */
  public record Page(String id, String url, byte[] html) {}

  private WarcFixtures() {}

  /** The first n benchmark pages, in id order. */
  public static List<Page> pages(int n) {
    Path root = TestData.shared().resolve("data/article-extraction");
    try {
      String json = Files.readString(root.resolve("ground-truth.json"));
      var truth = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
      List<String> ids = new ArrayList<>();
      truth.fieldNames().forEachRemaining(ids::add);
      ids.sort(null);
      List<Page> out = new ArrayList<>();
      for (String id : ids.subList(0, n)) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(root.resolve("html/" + id + ".html.gz")))) {
          out.add(new Page(id, truth.get(id).get("url").asText(), in.readAllBytes()));
        }
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One gzip member per record, in this order: per page a request then its response; then the extras. */
  public static byte[] archive(List<Page> pages, boolean cutOneMember) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < pages.size(); i++) {
      Page p = pages.get(i);
      out.write(member(request(p.url())));
      byte[] response = member(response(p.url(), 200, "text/html; charset=utf-8", p.html(), false));
      if (cutOneMember && i == 1) {
        // A cut gzip member: the crawler died mid-write, or the file was damaged in transfer.
        out.write(response, 0, response.length / 2);
      } else {
        out.write(response);
      }
    }
    String site = "http://example.org/";
    out.write(member(response(site + "logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2},
        false)));
    out.write(member(response(site + "old", 301, "text/html", "<html>moved</html>".getBytes(StandardCharsets.UTF_8),
        false)));
    out.write(member(response(site + "cut.html", 200, "text/html", pages.get(0).html(), true)));
    return out.toByteArray();
  }

  static byte[] member(WarcRecord record) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(b), WarcCompression.GZIP)) {
      w.write(record);
    }
    return b.toByteArray();
  }

  private static WarcRequest request(String url) throws IOException {
    URI uri = URI.create(url);
    return new WarcRequest.Builder(uri).date(CRAWLED)
        .body(new HttpRequest.Builder("GET", uri.getRawPath().isEmpty() ? "/" : uri.getRawPath())
            .addHeader("Host", uri.getHost()).build())
        .build();
  }

  private static WarcResponse response(String url, int status, String type, byte[] body, boolean truncated)
      throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Moved Permanently")
        .body(MediaType.parse(type), body).build();
    // As crawlers do: a SHA-1 of the record block (HTTP header and body), which reveals a damaged record.
    java.security.MessageDigest sha1;
    try {
      sha1 = java.security.MessageDigest.getInstance("SHA-1");
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
    sha1.update(http.serializeHeader());
    sha1.update(body);
    WarcResponse.Builder b = new WarcResponse.Builder(URI.create(url)).date(CRAWLED).body(http)
        .blockDigest(new org.netpreserve.jwarc.WarcDigest("sha1", sha1.digest()));
    if (truncated) {
      b.truncated(WarcTruncationReason.LENGTH);
    }
    return b.build();
  }
}
