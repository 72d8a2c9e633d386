package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The speaker-resolution gold (docs/gold/speakers.tsv; how it was made: docs/gold/SPEAKERS.md): PolNeAR
 * attributions whose Source is a pronoun, a role or a description, each with the person or organisation
 * it refers to (or none, when the article never names who it is). Held out, never used for tuning: the
 * articles whose name's SHA-256 ends in a hex digit divisible by 3.
 */
public final class SpeakerGold {
  public static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "GROUP", "NONE");
  public static final Set<String> CATEGORIES = Set.of("pronoun", "plural", "role", "description");

  /**
   * One labelled attribution; offsets are into the PolNeAR text file.
   *
   * @param referent     as the article writes it most fully; parts of a GROUP joined by " + "; "" for NONE
   * @param named        whether the article names the referent anywhere
   */
  public record Line(String split, String doc, int sourceBegin, int sourceEnd, String sourceText, String cueText,
                     int contentBegin, int contentEnd, String category, String referent, String referentType,
                     boolean named, String gender) {
    public boolean heldOut() {
      return SpeakerGold.heldOut(doc);
    }

    /** Whether this line labels that gold attribution (same Content start and end, same Source start). */
    public boolean labels(GoldAttribution g) {
      return g.contentBegin() == contentBegin && g.contentEnd() == contentEnd && g.hasSource()
          && g.source().get(0).begin() == sourceBegin;
    }
  }

  private SpeakerGold() {}

  public static boolean heldOut(String doc) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(doc.getBytes(StandardCharsets.UTF_8));
      return (h[h.length - 1] & 0x0f) % 3 == 0;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  public static List<Line> read(Path file) throws IOException {
    List<Line> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length < 14 || !TYPES.contains(f[10]) || !CATEGORIES.contains(f[8])
          || !(f[11].equals("yes") || f[11].equals("no"))) {
        throw new IllegalArgumentException(file + " line " + (i + 1) + ": expected split, doc, source_begin,"
            + " source_end, source_text, cue_text, content_begin, content_end, category (one of " + CATEGORIES
            + "), referent, referent_type (one of " + TYPES + "), named (yes|no), antecedent_begin, gender");
      }
      out.add(new Line(f[0], f[1], Integer.parseInt(f[2]), Integer.parseInt(f[3]), f[4], f[5],
          Integer.parseInt(f[6]), Integer.parseInt(f[7]), f[8], f[9], f[10], f[11].equals("yes"), f[13]));
    }
    return out;
  }
}
