package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fine entity types (COUNTRY, CITY, STATE_OR_PROVINCE, NATIONALITY, RELIGION, IDEOLOGY) by looking up a
 * whole mention in CoreNLP's own KBP gazetteer (the list its fine-grained NER rules use, shipped in the
 * models jar). CoreNLP applies those rules token by token over every sentence, which costs more than
 * the CRF itself; a lookup per mention gives the same types at almost no cost. Loaded once per JVM.
 */
final class FineTypes {
  private static final Logger LOG = LoggerFactory.getLogger(FineTypes.class);
  static final String GAZETTEER = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
  private static final Set<String> KEPT = Set.of("COUNTRY", "STATE_OR_PROVINCE", "CITY", "NATIONALITY",
      "RELIGION", "IDEOLOGY");
  /** When a phrase has several fine types, the first that fits the coarse type wins. */
  private static final Map<String, List<String>> PREFERENCE = Map.of(
      "LOCATION", List.of("COUNTRY", "STATE_OR_PROVINCE", "CITY"),
      "MISC", List.of("NATIONALITY", "RELIGION", "IDEOLOGY"));
  private static volatile Map<String, Map<String, Set<String>>> table;

  private FineTypes() {}

  /** The fine type of a mention with the given coarse CRF type, or the coarse type when none applies. */
  static String refine(String coarse, String mention) {
    List<String> order = PREFERENCE.get(coarse);
    if (order == null) {
      return coarse;
    }
    Map<String, Set<String>> types = table().get(mention.toLowerCase(Locale.ROOT));
    if (types == null) {
      return coarse;
    }
    for (String fine : order) {
      Set<String> over = types.get(fine);
      if (over != null && over.contains(coarse)) {
        return fine;
      }
    }
    return coarse;
  }

  /** Loads the gazetteer now instead of on the first mention. */
  static void preload() {
    table();
  }

  /** phrase -> fine type -> coarse types the entry may overwrite (the gazetteer's third column). */
  private static Map<String, Map<String, Set<String>>> table() {
    Map<String, Map<String, Set<String>>> t = table;
    if (t == null) {
      synchronized (FineTypes.class) {
        t = table;
        if (t == null) {
          table = t = load();
        }
      }
    }
    return t;
  }

  private static Map<String, Map<String, Set<String>>> load() {
    long start = System.nanoTime();
    Map<String, Map<String, Set<String>>> out = new HashMap<>(1 << 20);
    try (InputStream raw = FineTypes.class.getClassLoader().getResourceAsStream(GAZETTEER)) {
      if (raw == null) {
        throw new IllegalStateException(GAZETTEER + " is not on the classpath: add the CoreNLP models jar");
      }
      InputStream in = GAZETTEER.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length < 3 || !KEPT.contains(f[1]) || isPattern(f[0])) {
          continue;
        }
        out.computeIfAbsent(f[0].intern(), k -> new HashMap<>(2)).put(f[1], Set.of(f[2].split(",")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GAZETTEER, e);
    }
    LOG.info("fine-type gazetteer: {} phrases loaded in {} ms (once per JVM)", out.size(), (System.nanoTime() - start) / 1_000_000);
    return out;
  }

  private static boolean isPattern(String phrase) {
    for (int i = 0; i < phrase.length(); i++) {
      if ("[]()*+?|\\^$".indexOf(phrase.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
