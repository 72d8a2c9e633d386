package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads PolNeAR's brat standoff files into {@link GoldAttribution}s.
 *
 * <p>Handled: text-bound lines ({@code T3\tContent 315 448;463 553\t...}, discontinuous spans kept as
 * their fragments), event lines ({@code E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1}) whose trigger
 * is {@code Attribution} or {@code Attribution-no-source}, the occasional second content role
 * ({@code Content2}, read as a separate attribution with the same cue and source), and annotated strings
 * that span a line break (brat writes them raw, so the .ann line continues on the next line). Fragments
 * are put in text order, and fragments separated only by whitespace and double quotation marks are
 * merged: annotators split spans at line breaks, at random spaces, and around the opening mark that
 * starts each paragraph of a multi-paragraph quote; none of these gaps is text left out of the span.
 * What stays discontinuous are real gaps, mostly the "he said" inside a split quote. Discard
 * and Discuss spans and any other event type are ignored; relations without a Content are skipped; two
 * relations with the identical content keep the first.
 *
 * <p>brat offsets count Unicode code points (it is written in Python); they are converted to Java char
 * offsets, which differ only when the text has characters outside the Basic Multilingual Plane.
 */
public final class BratReader {
  private static final Pattern RECORD_START = Pattern.compile("^[TRENAM#*]\\d*\t.*", Pattern.DOTALL);
  private static final Set<String> ATTRIBUTION_TRIGGERS = Set.of("Attribution", "Attribution-no-source");

  private BratReader() {}

  /**
   * One text-bound annotation.
   *
   * @param id            "T3"
   * @param type          "Source", "Cue", "Content", "Attribution", "Discard", ...
   * @param fragments     its fragments in Java offsets
   * @param annotatedText the string brat stored for it (fragments joined by a space)
   */
  public record BratSpan(String id, String type, List<TextSpan> fragments, String annotatedText) {}

  /**
   * One event line.
   *
   * @param id    "E1"
   * @param type  the trigger's type ("Attribution")
   * @param roles role name to span id, in file order ("Content" -> "T3")
   */
  public record BratRelation(String id, String type, Map<String, String> roles) {}

  /** A parsed .ann file. */
  public record BratDocument(Map<String, BratSpan> spans, List<BratRelation> relations) {

    /** Every attributed content with its cue and source, in text order. */
    public List<GoldAttribution> attributions(String text) {
      List<GoldAttribution> out = new ArrayList<>();
      Set<List<TextSpan>> seen = new HashSet<>();
      for (BratRelation r : relations) {
        if (!ATTRIBUTION_TRIGGERS.contains(r.type())) {
          continue;
        }
        BratSpan cue = span(r.roles().get("Cue"));
        BratSpan source = span(r.roles().get("Source"));
        for (Map.Entry<String, String> role : r.roles().entrySet()) {
          if (!role.getKey().matches("Content\\d*")) {
            continue;
          }
          BratSpan content = span(role.getValue());
          List<TextSpan> contentFragments = content == null ? null : normalise(text, content.fragments());
          if (contentFragments == null || !seen.add(contentFragments)) {
            continue;
          }
          List<TextSpan> cueFragments = cue == null ? List.of() : normalise(text, cue.fragments());
          List<TextSpan> sourceFragments = source == null ? List.of() : normalise(text, source.fragments());
          String id = role.getKey().equals("Content") ? r.id() : r.id() + "/" + role.getKey();
          out.add(new GoldAttribution(id, contentFragments, cueFragments, TextSpan.slice(text, cueFragments),
              sourceFragments, source == null ? null : TextSpan.slice(text, sourceFragments)));
        }
      }
      out.sort(Comparator.comparingInt(GoldAttribution::contentBegin).thenComparingInt(GoldAttribution::contentEnd));
      return out;
    }

    /** Text order; fragments with only whitespace and double quotation marks between them merged. */
    static List<TextSpan> normalise(String text, List<TextSpan> fragments) {
      List<TextSpan> sorted = new ArrayList<>(fragments);
      sorted.sort(Comparator.comparingInt(TextSpan::begin).thenComparingInt(TextSpan::end));
      List<TextSpan> out = new ArrayList<>();
      for (TextSpan f : sorted) {
        TextSpan last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && (f.begin() <= last.end() || isFiller(text.substring(last.end(), f.begin())))) {
          out.set(out.size() - 1, new TextSpan(last.begin(), Math.max(last.end(), f.end())));
        } else {
          out.add(f);
        }
      }
      return out;
    }

    private static boolean isFiller(String gap) {
      return gap.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '"'
          || c == '“' || c == '”');
    }

    private BratSpan span(String id) {
      return id == null ? null : spans.get(id);
    }
  }

  /**
   * Parses one .ann file against the text it annotates.
   *
   * @throws IllegalArgumentException on a malformed line or an offset outside the text
   */
  public static BratDocument parse(String ann, String text) {
    int[] charOffset = codePointToChar(text);
    Map<String, BratSpan> spans = new LinkedHashMap<>();
    List<BratRelation> relations = new ArrayList<>();
    List<String> raw = new ArrayList<>();
    for (String line : records(ann)) {
      raw.add(line);
      if (line.startsWith("T")) {
        BratSpan s = textBound(line, charOffset);
        spans.put(s.id(), s);
      }
    }
    for (String line : raw) {
      if (line.startsWith("E")) {
        relations.add(event(line, spans));
      }
    }
    return new BratDocument(spans, relations);
  }

  private static List<String> records(String ann) {
    List<String> out = new ArrayList<>();
    String[] lines = ann.replace("\r\n", "\n").split("\n", -1);
    int last = lines.length;
    while (last > 0 && lines[last - 1].isEmpty()) {
      last--;
    }
    for (int i = 0; i < last; i++) {
      if (RECORD_START.matcher(lines[i]).matches() || out.isEmpty()) {
        out.add(lines[i]);
      } else {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + lines[i]);
      }
    }
    return out;
  }

  private static BratSpan textBound(String line, int[] charOffset) {
    String[] cols = line.split("\t", 3);
    if (cols.length < 2) {
      throw new IllegalArgumentException("malformed brat line: " + line);
    }
    int space = cols[1].indexOf(' ');
    if (space < 0) {
      throw new IllegalArgumentException("no offsets in brat line: " + line);
    }
    List<TextSpan> fragments = new ArrayList<>();
    for (String frag : cols[1].substring(space + 1).split(";")) {
      String[] be = frag.trim().split(" ");
      if (be.length != 2) {
        throw new IllegalArgumentException("bad fragment '" + frag + "' in brat line: " + line);
      }
      fragments.add(new TextSpan(toChar(Integer.parseInt(be[0]), charOffset, line),
          toChar(Integer.parseInt(be[1]), charOffset, line)));
    }
    return new BratSpan(cols[0], cols[1].substring(0, space), fragments, cols.length > 2 ? cols[2] : "");
  }

  private static BratRelation event(String line, Map<String, BratSpan> spans) {
    String[] cols = line.split("\t", 2);
    String[] args = cols.length > 1 ? cols[1].trim().split("\\s+") : new String[0];
    Map<String, String> roles = new LinkedHashMap<>();
    String type = null;
    for (int i = 0; i < args.length; i++) {
      int colon = args[i].indexOf(':');
      if (colon < 0) {
        continue;
      }
      String role = args[i].substring(0, colon);
      String ref = args[i].substring(colon + 1);
      if (i == 0) {
        type = role;
      } else if (spans.containsKey(ref)) {
        roles.putIfAbsent(role, ref);
      }
    }
    return new BratRelation(cols[0], type, roles);
  }

  private static int toChar(int codePoint, int[] charOffset, String line) {
    if (codePoint < 0 || codePoint >= charOffset.length) {
      throw new IllegalArgumentException("offset " + codePoint + " outside the text in brat line: " + line);
    }
    return charOffset[codePoint];
  }

  /** charOffset[i] = Java offset of code point i; one extra entry for the end of the text. */
  private static int[] codePointToChar(String text) {
    int[] out = new int[text.codePointCount(0, text.length()) + 1];
    int cp = 0;
    for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
      out[cp++] = i;
    }
    out[cp] = text.length();
    return out;
  }
}
