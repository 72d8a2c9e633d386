package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.CoreDocument;

/**
 * Adds mentions that NER missed but the alias list names: CoreNLP tags "ISIS" and "Daesh" yet leaves
 * "IS" as O. Aliases match case-sensitively as written in the alias file, on token boundaries, only
 * where no NER mention overlaps, so the verb "is" or a lower-case word never becomes an entity.
 */
final class AliasMentions {
  private AliasMentions() {}

  static List<MentionSpan> complete(CoreDocument doc, List<MentionSpan> mentions, AliasTable aliases) {
    Pattern p = aliases.surfacePattern();
    if (p == null) {
      return mentions;
    }
    String text = doc.text();
    List<MentionSpan> out = new ArrayList<>(mentions);
    Matcher m = p.matcher(text);
    while (m.find()) {
      int b = m.start();
      int e = m.end();
      if (overlaps(mentions, b, e)) {
        continue;
      }
      int sentence = sentenceAt(doc, b, e);
      if (sentence < 0) {
        continue;
      }
      AliasTable.Alias a = aliases.lookup(m.group());
      out.add(new MentionSpan(sentence, b, e, m.group(), a.type(), a.type(), null, null));
    }
    out.sort(Comparator.comparingInt(MentionSpan::begin));
    return out;
  }

  static boolean overlaps(List<MentionSpan> mentions, int b, int e) {
    for (MentionSpan x : mentions) {
      if (x.begin() < e && b < x.end()) {
        return true;
      }
    }
    return false;
  }

  /** The sentence of the token holding offset b, or -1. */
  static int sentenceHolding(CoreDocument doc, int b) {
    for (int s = 0; s < doc.sentences().size(); s++) {
      List<CoreLabel> tokens = doc.sentences().get(s).tokens();
      if (!tokens.isEmpty() && tokens.get(0).beginPosition() <= b && b < tokens.get(tokens.size() - 1).endPosition()) {
        return s;
      }
    }
    return -1;
  }

  /** The sentence whose tokens start at b and end at e exactly, or -1 (the match cuts a token). */
  static int sentenceAt(CoreDocument doc, int b, int e) {
    for (int s = 0; s < doc.sentences().size(); s++) {
      boolean startOk = false;
      for (CoreLabel t : doc.sentences().get(s).tokens()) {
        if (t.beginPosition() == b) {
          startOk = true;
        }
        if (startOk && t.endPosition() == e) {
          return s;
        }
        if (t.beginPosition() > e) {
          break;
        }
      }
    }
    return -1;
  }
}
