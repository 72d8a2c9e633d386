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

/**
 * Writes a large WARC.gz for the memory benchmark by repeating real pages (a folder of {@code *.html.gz}):
 * a request and a response record per copy, gzip per record, each copy under its own URL:
 * {@code WarcRepeat HTML_GZ_DIR OUT.warc.gz TARGET_BYTES}.
 */
public final class WarcRepeat {
  private WarcRepeat() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: WarcRepeat HTML_GZ_DIR OUT.warc.gz TARGET_BYTES");
      System.exit(2);
    }
    List<byte[]> pages = new ArrayList<>();
    try (var files = Files.list(Path.of(args[0]))) {
      for (Path p : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
          pages.add(in.readAllBytes());
        }
      }
    }
    long target = Long.parseLong(args[2]);
    Instant date = Instant.parse("2024-01-01T00:00:00Z");
    long records = 0;
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]));
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
      System.out.printf("%s: %,d records, %,d bytes%n", args[1], records, w.position());
    }
  }
}
