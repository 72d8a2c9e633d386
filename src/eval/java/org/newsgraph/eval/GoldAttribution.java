package org.newsgraph.eval;

import java.util.List;

/**
 * One gold attribution of PolNeAR: the Content of an Attribution relation with its Cue and Source. Spans
 * are sets of fragments (brat allows discontinuous spans, e.g. a quote split by "he said"), in Java
 * offsets into the article text, in text order.
 *
 * @param relationId the brat relation ("E3"; "E5/Content2" for a relation's second content)
 * @param content    the attributed content; never empty
 * @param cue        the cue fragments ("said", "according to"); empty when the relation has no cue
 * @param cueText    the cue as written, fragments joined by a space; "" when none
 * @param source     the source fragments; empty for Attribution-no-source relations
 * @param sourceText the source as written; null when there is no source
 */
public record GoldAttribution(String relationId, List<TextSpan> content, List<TextSpan> cue, String cueText,
                              List<TextSpan> source, String sourceText) {
  public GoldAttribution {
    content = List.copyOf(content);
    cue = List.copyOf(cue);
    source = List.copyOf(source);
    if (content.isEmpty()) {
      throw new IllegalArgumentException(relationId + ": no content");
    }
  }

  public boolean hasSource() {
    return !source.isEmpty();
  }

  public int contentBegin() {
    return content.get(0).begin();
  }

  public int contentEnd() {
    return content.get(content.size() - 1).end();
  }
}
