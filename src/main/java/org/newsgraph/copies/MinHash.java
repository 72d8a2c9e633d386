package org.newsgraph.copies;

/**
 * MinHash signatures cut into LSH bands: two shingle sets with Jaccard similarity J share a band with
 * probability 1 - (1 - J^ROWS)^BANDS, so only articles that share a band are ever compared. With 40
 * bands of 3 rows a pair at J = 0.5 is a candidate with probability 0.995, at 0.3 with 0.66, and two
 * articles that share only a stock phrase (J near 0.01) with about 4e-5.
 */
public final class MinHash {
  public static final int BANDS = 40;
  public static final int ROWS = 3;
  private static final long[] SEEDS = new long[BANDS * ROWS];

  static {
    // Fixed seeds: the same article gets the same bands on every run and every machine.
    long s = 0x5eed5eed5eedL;
    for (int i = 0; i < SEEDS.length; i++) {
      s += 0x9e3779b97f4a7c15L;
      SEEDS[i] = Shingles.mix(s);
    }
  }

  private MinHash() {}

  /** One key per band; empty when there are no shingles (such an article is a story of its own). */
  public static long[] bands(long[] shingles) {
    return bands(shingles, 0);
  }

  /**
   * The same, with {@code scope} mixed into every key: only items of one scope (a speaker's quotes) can
   * share a band.
   */
  public static long[] bands(long[] shingles, long scope) {
    if (shingles.length == 0) {
      return new long[0];
    }
    long[] keys = new long[BANDS];
    for (int b = 0; b < BANDS; b++) {
      long key = Shingles.mix(scope * 131 + b);
      for (int r = 0; r < ROWS; r++) {
        long seed = SEEDS[b * ROWS + r];
        long min = Long.MAX_VALUE;
        for (long x : shingles) {
          min = Math.min(min, Shingles.mix(x ^ seed));
        }
        key = Shingles.mix(key * 31 + min);
      }
      keys[b] = key;
    }
    return keys;
  }
}
