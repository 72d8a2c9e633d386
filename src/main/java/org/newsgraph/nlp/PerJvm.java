package org.newsgraph.nlp;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * Models loaded once per JVM and configuration: a CoreNLP pipeline, the dependency parser, the gazetteer.
 * Each takes seconds and hundreds of megabytes, so an executor loads it on first use and every task thread
 * shares it; tasks carry only the (small, serialisable) settings that name it. A configuration is a string
 * key, so two settings that name the same model share one copy and two that differ never share one.
 *
 * @param <V> what is loaded; it must be safe to use from several task threads at once
 */
final class PerJvm<V> {
  private final ConcurrentMap<String, V> loaded = new ConcurrentHashMap<>();

  /**
   * The value for {@code key}, loading it on the first call. Concurrent first callers wait for one load
   * (computeIfAbsent holds the key's lock while loading); a failed load is thrown and tried again next time.
   */
  V get(String key, Supplier<V> load) {
    return loaded.computeIfAbsent(key, k -> load.get());
  }

  /** A key for a set of properties: equal properties, in any order, give equal keys. */
  static String key(Properties props) {
    Map<String, String> sorted = new TreeMap<>();
    props.forEach((k, v) -> sorted.put(k.toString(), v.toString()));
    return sorted.toString();
  }
}
