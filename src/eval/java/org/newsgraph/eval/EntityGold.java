package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The entity-resolution gold (docs/gold/entities.tsv; how it was made: docs/gold/README.md): one line per
 * labelled mention, naming the article by doc_id, the mention by its string and which whole-word occurrence
 * of that string in the article's cleaned text (documents.text) it is, and its referent and type.
 * Articles whose doc_id ends in a hex number divisible by 3 (about a third) are held out: no rule was
 * tuned on them, and the figures that count are theirs.
 */
public final class EntityGold {
  public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** One labelled mention; {@code occurrence} counts from 0. */
  public record Mention(String corpus, String docId, String text, int occurrence, String referent, String type,
                        String category) {
    public boolean heldOut() {
      return EntityGold.heldOut(docId);
    }
  }

  private EntityGold() {}

  public static boolean heldOut(String docId) {
    return Integer.parseInt(docId.substring(docId.length() - 2), 16) % 3 == 0;
  }

  public static List<Mention> read(Path file) throws IOException {
    List<Mention> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 8 || !TYPES.contains(f[6])) {
        throw new IllegalArgumentException(file + " line " + (i + 1)
            + ": expected corpus, doc_id, title, mention, occurrence, referent, type (one of " + TYPES + "), category");
      }
      out.add(new Mention(f[0], f[1], f[3], Integer.parseInt(f[4]), f[5], f[6], f[7]));
    }
    return out;
  }

  /** Where the mention's occurrence starts in the article text, or -1 when the text has fewer occurrences. */
  public static int locate(String text, Mention m) {
    Matcher x = Pattern.compile("(?<![\\p{L}\\p{N}_])" + Pattern.quote(m.text()) + "(?![\\p{L}\\p{N}_])").matcher(text);
    int k = 0;
    while (x.find()) {
      if (k++ == m.occurrence()) {
        return x.start();
      }
    }
    return -1;
  }
}
