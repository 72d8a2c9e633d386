package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CoNLL-2003 files ("token POS chunk NER" per line, IOB1 tags, blank lines between sentences,
 * -DOCSTART- lines between documents) into sentences with their gold entity spans.
 */
final class ConllReader {
  /** A gold or predicted entity: token range [start, end) in its sentence and its CoNLL type. */
  record Entity(int sentence, int start, int end, String type) {}

  /** One sentence: its tokens, and whether it opens a document (the first after a -DOCSTART- line). */
  record Sentence(List<String> tokens, boolean opensDocument) {}

  /** A corpus: sentences and the gold entities over them. */
  record Corpus(List<Sentence> sentences, List<Entity> entities) {
    int tokens() {
      return sentences.stream().mapToInt(s -> s.tokens().size()).sum();
    }
  }

  private ConllReader() {}

  static Corpus read(Path file) throws IOException {
    List<Sentence> sentences = new ArrayList<>();
    List<Entity> entities = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    boolean docStart = true;
    boolean opens = true;
    for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("-DOCSTART-")) {
        if (!tokens.isEmpty()) {
          entities.addAll(spans(sentences.size(), tags));
          sentences.add(new Sentence(List.copyOf(tokens), opens));
          tokens.clear();
          tags.clear();
        }
        docStart |= line.startsWith("-DOCSTART-");
        continue;
      }
      if (tokens.isEmpty()) {
        opens = docStart;
        docStart = false;
      }
      String[] f = line.trim().split("\\s+");
      tokens.add(f[0]);
      tags.add(f[f.length - 1]);
    }
    if (!tokens.isEmpty()) {
      entities.addAll(spans(sentences.size(), tags));
      sentences.add(new Sentence(List.copyOf(tokens), opens));
    }
    return new Corpus(sentences, entities);
  }

  /** IOB1: I-X continues an X entity; B-X starts a new one only right after another X. */
  static List<Entity> spans(int sentence, List<String> tags) {
    List<Entity> out = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.add(new Entity(sentence, start, i, type));
        type = null;
      }
      if (t != null && type == null) {
        start = i;
        type = t;
      }
    }
    return out;
  }
}
