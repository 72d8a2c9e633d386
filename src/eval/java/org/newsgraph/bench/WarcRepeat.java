package org.newsgraph.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
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
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.newsgraph.options.Option;
import org.newsgraph.options.OptionSet;
import org.newsgraph.options.OptionValues;

/**
 * Writes a large WARC.gz for the memory benchmark by repeating real pages (a folder of {@code *.html.gz}):
 * a request and a response record per copy, gzip per record, each copy under its own URL:
 * {@code WarcRepeat HTML_GZ_DIR OUT.warc.gz TARGET_BYTES}.
 */
public final class WarcRepeat {
  private WarcRepeat() {}

  static final Option<Path> PAGES = Option.path("HTML_GZ_DIR", null, "a folder of *.html.gz pages").required();
  static final Option<Path> OUT = Option.path("OUT.warc.gz", null, "the WARC file to write").required();
  static final Option<Long> TARGET = Option.wholeNumber("TARGET_BYTES", 0, 1, "its size, at least").required();
  public static final OptionSet OPTIONS = OptionSet.of("warc-repeat", "WarcRepeat HTML_GZ_DIR OUT.warc.gz TARGET_BYTES",
      List.of(PAGES, OUT, TARGET), List.of());

  public static void main(String[] args) throws IOException {
    OptionValues o = OPTIONS.parseOrExit(args);
    List<byte[]> pages = new ArrayList<>();
    try (var files = Files.list(o.get(PAGES))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          pages.add(in.readAllBytes());
        }
      }
    }
    long target = o.get(TARGET);
    Instant date = Instant.parse("2024-01-01T00:00:00Z");
    long records = 0;
    try (OutputStream out = Files.newOutputStream(o.get(OUT));
         WarcWriter w = new WarcWriter(java.nio.channels.Channels.newChannel(out), WarcCompression.GZIP)) {
      for (long copy = 0; w.position() < target; copy++) {
        byte[] html = pages.get((int) (copy % pages.size()));
        URI uri = URI.create("http://site" + (copy % 7) + ".example.org/story/" + copy);
        w.write(new WarcRequest.Builder(uri).date(date)
            .body(new HttpRequest.Builder("GET", uri.getRawPath()).addHeader("Host", uri.getHost()).build()).build());
        w.write(new WarcResponse.Builder(uri).date(date)
            .body(new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), html).build())
            .build());
        records += 2;
      }
      System.out.printf("%s: %,d records, %,d bytes%n", o.get(OUT), records, w.position());
    }
  }
}
