package org.newsgraph.nlp;

import java.util.Map;

/** Maps CoreNLP's fine NER tags onto the four coarse CoNLL types used across the tables. */
public final class EntityTypes {
  private static final Map<String, String> COARSE = Map.ofEntries(
      Map.entry("PERSON", "PERSON"), Map.entry("ORGANIZATION", "ORGANIZATION"),
      Map.entry("LOCATION", "LOCATION"), Map.entry("COUNTRY", "LOCATION"), Map.entry("CITY", "LOCATION"),
      Map.entry("STATE_OR_PROVINCE", "LOCATION"), Map.entry("MISC", "MISC"),
      Map.entry("NATIONALITY", "MISC"), Map.entry("RELIGION", "MISC"), Map.entry("IDEOLOGY", "MISC"),
      Map.entry("TITLE", "MISC"), Map.entry("CRIMINAL_CHARGE", "MISC"), Map.entry("CAUSE_OF_DEATH", "MISC"));

  private EntityTypes() {}

  /** The coarse type of a fine tag; tags outside the name types (DATE, MONEY, URL, ...) stay as they are. */
  public static String coarse(String fineTag) {
    return COARSE.getOrDefault(fineTag, fineTag);
  }
}
