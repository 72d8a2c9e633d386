package org.newsgraph.graph;

import java.io.Serializable;

import org.newsgraph.nlp.AliasTable;

/**
 * What the graph stage needs to know besides the annotated articles.
 *
 * @param aliases          the user's alias list, applied before every archive-level merge
 * @param nationalityPairs whether nationality adjectives ("Syrian", "Russian") take part in the pair tables
 *                         and quote edges; by default they keep their mentions and entity rows but, being
 *                         in nearly every sentence of an archive about one country, would otherwise be the
 *                         biggest nodes of the network
 */
public record GraphSettings(AliasTable aliases, boolean nationalityPairs) implements Serializable {
  public static final boolean NATIONALITY_PAIRS_DEFAULT = false;

  public static GraphSettings of(AliasTable aliases) {
    return new GraphSettings(aliases, NATIONALITY_PAIRS_DEFAULT);
  }
}
