package org.newsgraph.graph;

import java.io.Serializable;
import java.util.Locale;

import org.newsgraph.nlp.AliasTable;

/**
 * What the graph stage needs to know besides the annotated articles.
 *
 * @param aliases          the user's alias list, applied before every archive-level merge
 * @param nationalityPairs whether nationality adjectives ("Syrian", "Russian") take part in the pair tables
 *                         and quote edges; by default they keep their mentions and entity rows but, being
 *                         in nearly every sentence of an archive about one country, would otherwise be the
 *                         biggest nodes of the network
 * @param npmiUnits        what the co-occurrence NPMI counts: stories (copies of one story count once) or
 *                         articles
 */
public record GraphSettings(AliasTable aliases, boolean nationalityPairs, NpmiUnits npmiUnits) implements Serializable {
  public static final boolean NATIONALITY_PAIRS_DEFAULT = false;
  public static final NpmiUnits NPMI_UNITS_DEFAULT = NpmiUnits.STORIES;

  /** The units co-occurrence probabilities are taken over. */
  public enum NpmiUnits {
    STORIES, ARTICLES;

    /** stories | articles, as the option is written; the error names what is accepted. */
    public static NpmiUnits parse(String v) {
      try {
        return valueOf(v.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("--npmi-units takes stories or articles, got '" + v + "'");
      }
    }
  }

  public GraphSettings(AliasTable aliases, boolean nationalityPairs) {
    this(aliases, nationalityPairs, NPMI_UNITS_DEFAULT);
  }

  public static GraphSettings of(AliasTable aliases) {
    return new GraphSettings(aliases, NATIONALITY_PAIRS_DEFAULT, NPMI_UNITS_DEFAULT);
  }
}
