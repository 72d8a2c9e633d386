package org.newsgraph.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * User-curated aliases: a CSV with the header {@code alias,canonical,type}, one alias per line
 * ("Daesh,Islamic State,ORGANIZATION"). Matching is on {@link EntityKeys#normalise}d text, so case,
 * dots and diacritics need not be listed. An alias applies whatever type NER gave the mention; the
 * entity takes the file's type. "builtin" names the list shipped with newsgraph
 * (src/main/resources/newsgraph/aliases.csv).
 */
public final class AliasTable implements Serializable {
  public static final String BUILTIN = "builtin";
  private static final Set<String> TYPES = Set.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

  /** What an alias stands for. */
  public record Alias(String canonical, String type) implements Serializable {}

  private final Map<String, Alias> byKey;
  /** The aliases as written in the file, longest first, for finding them in text. */
  private final List<String> surfaces;
  private transient Pattern pattern;

  private AliasTable(Map<String, Alias> byKey, List<String> surfaces) {
    this.byKey = byKey;
    this.surfaces = surfaces;
  }

  public static AliasTable empty() {
    return new AliasTable(Map.of(), List.of());
  }

  /** Matches any alias as written, as a whole word; null when there are no aliases. */
  synchronized Pattern surfacePattern() {
    if (pattern == null && !surfaces.isEmpty()) {
      pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(" + String.join("|", surfaces.stream().map(Pattern::quote).toList())
          + ")(?![\\p{L}\\p{N}])");
    }
    return pattern;
  }

  /** Loads "builtin" and/or file paths, later sources overriding earlier ones. */
  public static AliasTable load(List<String> sources) {
    Map<String, Alias> map = new HashMap<>();
    java.util.Set<String> surfaces = new java.util.TreeSet<>(
        java.util.Comparator.comparingInt(String::length).reversed().thenComparing(x -> x));
    for (String src : sources) {
      String s = src.trim();
      if (s.isEmpty() || s.equalsIgnoreCase("none")) {
        continue;
      }
      try (InputStream in = s.equalsIgnoreCase(BUILTIN)
          ? AliasTable.class.getResourceAsStream("/newsgraph/aliases.csv") : Files.newInputStream(Path.of(s))) {
        if (in == null) {
          throw new IllegalStateException("the builtin alias list is missing from the jar");
        }
        read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), s, map, surfaces);
      } catch (IOException e) {
        throw new UncheckedIOException("alias file " + s + " cannot be read: " + e.getMessage(), e);
      }
    }
    return new AliasTable(Map.copyOf(map), List.copyOf(surfaces));
  }

  private static void read(BufferedReader r, String source, Map<String, Alias> map, java.util.Set<String> surfaces)
      throws IOException {
    String header = r.readLine();
    if (header == null || !header.replace(" ", "").toLowerCase(Locale.ROOT).startsWith("alias,canonical,type")) {
      throw new IllegalArgumentException("alias file " + source + " must start with the header alias,canonical,type");
    }
    String line;
    int n = 1;
    while ((line = r.readLine()) != null) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split(",", -1);
      if (f.length != 3 || f[0].isBlank() || f[1].isBlank() || !TYPES.contains(f[2].trim().toUpperCase(Locale.ROOT))) {
        throw new IllegalArgumentException("alias file " + source + " line " + n + ": expected alias,canonical,type with type one of "
            + TYPES + ", got: " + line);
      }
      map.put(EntityKeys.normalise(f[0]), new Alias(f[1].trim(), f[2].trim().toUpperCase(Locale.ROOT)));
      surfaces.add(f[0].trim());
    }
  }

  /** The alias entry for a surface form, or null. */
  public Alias lookup(String name) {
    return byKey.get(EntityKeys.normalise(name));
  }

  public int size() {
    return byKey.size();
  }
}
