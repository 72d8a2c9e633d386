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
 * the CRF itself; a lookup per mention gives the same types at almost no cost. Loaded once per JVM
 * ({@link PerJvm}).
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
  /** One fine type of a phrase, with the coarse CRF types it may overwrite (the gazetteer's third column). */
  private record Entry(String fine, Set<String> over) {}

  private static final PerJvm<Map<String, Entry[]>> TABLES = new PerJvm<>();

  private FineTypes() {}

  /** The fine type of a mention with the given coarse CRF type, or the coarse type when none applies. */
  static String refine(String coarse, String mention) {
    List<String> order = PREFERENCE.get(coarse);
    if (order == null) {
      return coarse;
    }
    Entry[] entries = table().get(mention.toLowerCase(Locale.ROOT));
    if (entries == null) {
      return coarse;
    }
    for (String fine : order) {
      for (Entry e : entries) {
        if (e.fine().equals(fine) && e.over().contains(coarse)) {
          return fine;
        }
      }
    }
    return coarse;
  }

  /** Whether the gazetteer lists the (lower-cased) name as a country, province or city. */
  static boolean isPlace(String lowerCased) {
    Entry[] entries = table().get(lowerCased);
    if (entries != null) {
      for (Entry e : entries) {
        if (PREFERENCE.get("LOCATION").contains(e.fine())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * COUNTRY or NATIONALITY when the gazetteer lists the word as one, also written as an apostrophe-stripped
   * possessive ("Syrias"); else null.
   */
  static String countryOrNationality(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    for (String form : w.endsWith("s") ? List.of(w, w.substring(0, w.length() - 1)) : List.of(w)) {
      Entry[] entries = table().get(form);
      for (Entry e : entries == null ? new Entry[0] : entries) {
        if (e.fine().equals("COUNTRY") || e.fine().equals("NATIONALITY")) {
          return e.fine();
        }
      }
    }
    return null;
  }

  /** Loads the gazetteer now instead of on the first mention. */
  static void preload() {
    table();
  }

  /** Read for every mention: kept once the holder has it, so the hot path reads a field, not a map. */
  private static volatile Map<String, Entry[]> table;

  private static Map<String, Entry[]> table() {
    Map<String, Entry[]> t = table;
    if (t == null) {
      t = TABLES.get(GAZETTEER, FineTypes::load);
      table = t;
    }
    return t;
  }

  /**
   * Nearly all of the 582k lines are cities with one type, and the third column takes ~10 distinct values,
   * so each phrase holds a small array of shared entries rather than a map and a set of its own: the table
   * is built at every executor start, and per-phrase collections take longer to build and more than twice
   * the memory (docs/BENCHMARKS.md).
   */
  private static Map<String, Entry[]> load() {
    long start = System.nanoTime();
    Map<String, Entry[]> out = new HashMap<>(1 << 20);
    Map<String, Entry> shared = new HashMap<>();
    try (InputStream raw = FineTypes.class.getClassLoader().getResourceAsStream(GAZETTEER)) {
      if (raw == null) {
        throw new IllegalStateException(GAZETTEER + " is not on the classpath: add the CoreNLP models jar");
      }
      InputStream in = GAZETTEER.endsWith(".gz") ? new GZIPInputStream(raw) : raw;
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
      String line;
      while ((line = r.readLine()) != null) {
        int t1 = line.indexOf('\t');
        int t2 = t1 < 0 ? -1 : line.indexOf('\t', t1 + 1);
        if (t2 < 0) {
          continue;
        }
        String fine = line.substring(t1 + 1, t2);
        String phrase = line.substring(0, t1);
        if (!KEPT.contains(fine) || isPattern(phrase)) {
          continue;
        }
        int t3 = line.indexOf('\t', t2 + 1);
        String over = line.substring(t2 + 1, t3 < 0 ? line.length() : t3);
        Entry e = shared.computeIfAbsent(fine + '\t' + over, k -> new Entry(fine, Set.of(over.split(","))));
        out.compute(phrase, (k, have) -> have == null ? new Entry[] {e} : with(have, e));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + GAZETTEER, e);
    }
    LOG.info("fine-type gazetteer: {} phrases loaded in {} ms (once per JVM)", out.size(), (System.nanoTime() - start) / 1_000_000);
    return out;
  }

  /** A later line for the same phrase and fine type replaces the earlier one, as the gazetteer intends. */
  private static Entry[] with(Entry[] have, Entry e) {
    for (int i = 0; i < have.length; i++) {
      if (have[i].fine().equals(e.fine())) {
        Entry[] copy = have.clone();
        copy[i] = e;
        return copy;
      }
    }
    Entry[] grown = java.util.Arrays.copyOf(have, have.length + 1);
    grown[have.length] = e;
    return grown;
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
