package org.newsgraph.eval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The PolNeAR corpus on disk: {@code DIR/SPLIT/text/NAME.txt} and
 * {@code DIR/SPLIT/attributions/NAME_ANNOTATOR.ann}. Only the train and dev splits are ever read: the test
 * split is held out, and asking for it is an error.
 *
 * <p>A few articles were annotated by several annotators (agreement studies); the evaluation uses the
 * annotator whose id sorts first, so every article counts once and runs are reproducible.
 */
public final class PolnearCorpus {
  /** The splits this code will read. */
  public static final Set<String> SPLITS = Set.of("dev", "train");

  private PolnearCorpus() {}

  /**
   * One article with its gold attributions.
   *
   * @param name         the file name without .txt
   * @param annotator    the annotator id whose .ann was used
   * @param text         the article exactly as stored (offsets point into it)
   * @param attributions gold attributions in text order
   */
  public record GoldDocument(String name, String annotator, String text, List<GoldAttribution> attributions) {}

  /** Articles of a split that have both a text and an annotation file, sorted by name. */
  public static List<GoldDocument> read(Path dataDir, String split, int limit) {
    if (!SPLITS.contains(split)) {
      throw new IllegalArgumentException("split '" + split + "' is not allowed; use one of " + SPLITS);
    }
    Path textDir = dataDir.resolve(split).resolve("text");
    Path annDir = dataDir.resolve(split).resolve("attributions");
    TreeMap<String, Path> annByName = new TreeMap<>();
    try (Stream<Path> anns = Files.list(annDir)) {
      anns.filter(p -> p.getFileName().toString().endsWith(".ann")).sorted().forEach(p -> {
        String base = p.getFileName().toString().replaceFirst("\\.ann$", "");
        int cut = base.lastIndexOf('_');
        annByName.putIfAbsent(cut < 0 ? base : base.substring(0, cut), p);
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + annDir, e);
    }
    List<GoldDocument> docs = new ArrayList<>();
    for (var entry : annByName.entrySet()) {
      if (limit > 0 && docs.size() >= limit) {
        break;
      }
      Path txt = textDir.resolve(entry.getKey() + ".txt");
      if (Files.isRegularFile(txt)) {
        docs.add(readPair(txt, entry.getValue()));
      }
    }
    return docs;
  }

  /** One text file and its annotation file. */
  public static GoldDocument readPair(Path txt, Path ann) {
    try {
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      String annText = Files.readString(ann, StandardCharsets.UTF_8);
      String name = txt.getFileName().toString().replaceFirst("\\.txt$", "");
      String base = ann.getFileName().toString().replaceFirst("\\.ann$", "");
      String annotator = base.substring(base.lastIndexOf('_') + 1);
      return new GoldDocument(name, annotator, text, BratReader.parse(annText, text).attributions(text));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + txt + " / " + ann, e);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(ann + ": " + e.getMessage(), e);
    }
  }
}
