package org.newsgraph.eval;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.newsgraph.ingest.TextDecoder;

/**
 * The article-extraction pages ({@code ../shared/data/article-extraction/}: {@code html/<id>.html.gz} and
 * {@code ground-truth.json}), sorted by id.
 */
public final class ExtractionPages {
  private ExtractionPages() {}

  /**
   * One page.
   *
   * @param id   the benchmark's id (64 hex digits)
   * @param url  where it was fetched
   * @param html the page as fetched, decoded as the job decodes an input file
   * @param body the true article body
   */
  public record Page(String id, String url, String html, String body) {
    /** Whether the page is in the held-out third, which rules are never written against. */
    public boolean heldOut() {
      return isHeldOut(id);
    }
  }

  /** The held-out third: pages whose id ends in a hex digit whose value is a multiple of 3. */
  public static boolean isHeldOut(String id) {
    return Character.digit(id.charAt(id.length() - 1), 16) % 3 == 0;
  }

  public static List<Page> read(Path dir) throws IOException {
    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    List<Page> pages = new ArrayList<>();
    for (String id : ids) {
      JsonNode t = truth.get(id);
      pages.add(new Page(id, t.path("url").asText(""), html(dir.resolve("html").resolve(id + ".html.gz")),
          t.path("articleBody").asText("")));
    }
    return pages;
  }

  private static String html(Path file) throws IOException {
    try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
      return TextDecoder.decode(in.readAllBytes()).text();
    }
  }
}
