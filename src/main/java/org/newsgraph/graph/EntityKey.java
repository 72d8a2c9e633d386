package org.newsgraph.graph;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import org.newsgraph.nlp.AliasTable;
import org.newsgraph.nlp.EntityKeys;
import org.newsgraph.nlp.PersonNames;

/**
 * The cross-article key of one surface form, before bare surnames are merged: the alias file first (on
 * the form as written, then on its article-level full form), else the folded full form.
 *
 * @param key       folded name the entity id is derived from
 * @param name      the name to show (the alias's canonical name, else the full form as written)
 * @param type      the alias's type, else the NER type
 * @param fromAlias whether the alias file decided key, name and type
 */
record EntityKey(String key, String name, String type, boolean fromAlias) {

  static EntityKey of(AliasTable aliases, String written, String canonical, String type) {
    String full = canonical == null ? written : canonical;
    AliasTable.Alias a = written == null ? null : aliases.lookup(written);
    if (a == null && full != null) {
      a = aliases.lookup(full);
    }
    if (a != null) {
      return new EntityKey(EntityKeys.fold(a.canonical()), a.canonical(), a.type(), true);
    }
    String name = full == null ? "" : full;
    // "Mr. Obama" and "President Obama" are keyed as "Obama": a title is no part of who a person is.
    String keyed = "PERSON".equals(type) ? PersonNames.stripTitles(name) : name;
    return new EntityKey(EntityKeys.fold(keyed), name, type == null ? "MISC" : type, false);
  }

  /**
   * The entity id of this key after the archive-level merges ({@code renames}: key -> final key) and the
   * article's own resolution of shared short names ({@code local}: final key -> full name's final key).
   */
  String entityId(Map<String, String> renames, Map<String, String> local) {
    String merged = renames.getOrDefault(key, key);
    return idOf(local.getOrDefault(merged, merged));
  }

  /** First 16 hex digits of SHA-256 of the final key: stable across runs and machines. */
  static String idOf(String finalKey) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(finalKey.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
