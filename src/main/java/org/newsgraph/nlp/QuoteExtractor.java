package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;

/**
 * Finds who said what in one annotated article: direct quotes (inside quotation marks, also split around
 * the cue and running over paragraphs), indirect speech (a speech verb with a complement clause, or a
 * clause the cue is attached to), and "according to" attributions, each with its cue and speaker.
 * Works on the dependency parses that {@link SelectiveParser} added to cue sentences.
 */
final class QuoteExtractor {
  private static final Set<String> SUBJECT = Set.of("nsubj", "nsubj:pass");
  private static final Set<String> OBJECT = Set.of("obj", "iobj");
  private static final Set<String> COMPLEMENT = Set.of("ccomp");
  private static final Set<String> AGENT = Set.of("obl:agent", "nmod:agent");
  private static final Set<String> SHARES_SUBJECT = Set.of("conj", "xcomp", "advcl");
  private static final Set<String> RELATIVE = Set.of("who", "which", "that");
  /** Characters trimmed from the edges of a reported clause. */
  private static final String EDGE = ",;: \n\"“”";
  /** Quoted passages shorter than this are scare quotes or quoted fragments, not direct quotes. */
  static final int MIN_DIRECT_WORDS = 4;
  /** How far (in characters) a cue may stand from the quote it introduces or closes. */
  static final int MAX_CUE_GAP = 200;

  private final String text;
  private final List<CoreMap> sentences;
  private final SpeakerPhrases phrases;
  private final SpeakerResolver resolver;
  /** Every passage inside quotation marks, found once for the extraction and the resolver. */
  private final List<QuoteMarks.Quoted> marked;

  QuoteExtractor(String text, List<CoreMap> sentences, List<MentionSpan> mentions) {
    this.text = text;
    this.sentences = sentences;
    this.phrases = new SpeakerPhrases(text, mentions);
    this.marked = QuoteMarks.find(text);
    List<int[]> quotedSpans = new ArrayList<>();
    for (QuoteMarks.Quoted q : marked) {
      quotedSpans.add(new int[] {q.begin(), q.end()});
    }
    this.resolver = new SpeakerResolver(text, mentions, this::sentenceOf, quotedSpans);
  }

  /** A speech cue found in a parse: its content span and its speaker. */
  private record Cue(int sentence, int cueBegin, int cueEnd, String cueText, int contentBegin, int contentEnd,
                     SpeakerPhrases.Phrase speaker) {}

  List<QuoteSpan> extract() {
    List<QuoteMarks.Quoted> quoted = new ArrayList<>();
    List<QuoteMarks.Quoted> fragments = new ArrayList<>();
    List<QuoteMarks.Quoted> embeddedLong = new ArrayList<>();
    for (QuoteMarks.Quoted q : marked) {
      boolean full = isFullQuote(q);
      (full ? quoted : fragments).add(q);
      if (!full && longEnough(q)) {
        embeddedLong.add(q);
      }
    }
    List<Cue> cues = findCues(quoted);
    List<Pending> pending = new ArrayList<>();
    Cue[] directCue = new Cue[quoted.size()];
    for (Cue c : cues) {
      int q = quoteFedBy(c, quoted);
      if (q >= 0) {
        if (directCue[q] == null || distance(c, quoted.get(q)) < distance(directCue[q], quoted.get(q))) {
          directCue[q] = c;
        }
      } else if (c.contentBegin() >= 0 && c.contentEnd() > c.contentBegin()) {
        pending.add(new Pending(c.contentBegin(), c, null, false));
      }
    }
    for (int i = 0; i < quoted.size(); i++) {
      Cue c = directCue[i] != null ? directCue[i] : nearbyCue(quoted.get(i), cues);
      pending.add(new Pending(quoted.get(i).begin(), c, quoted.get(i), false));
    }
    // A long quoted passage inside a sentence that no reported clause covers (the parse did not link its
    // cue) is still a statement when a cue stands next to it: it becomes a mixed quote of that speaker.
    for (QuoteMarks.Quoted q : embeddedLong) {
      boolean covered = pending.stream().anyMatch(p -> p.quote() == null && p.cue().contentBegin() <= q.openAt()
          && p.cue().contentEnd() >= q.begin());
      Cue cue = nearbyCue(q, cues);
      if (!covered && cue != null) {
        pending.add(new Pending(q.begin(), cue, q, true));
      }
    }
    pending.sort(Comparator.comparingInt(Pending::begin));
    return resolveAll(pending, fragments);
  }

  private record Pending(int begin, Cue cue, QuoteMarks.Quoted quote, boolean fragment) {}

  private boolean longEnough(QuoteMarks.Quoted q) {
    return text.substring(q.begin(), q.end()).strip().split("\\s+").length >= MIN_DIRECT_WORDS;
  }

  /** Resolution runs in text order so pronouns and descriptions see the speakers before them. */
  private List<QuoteSpan> resolveAll(List<Pending> pending, List<QuoteMarks.Quoted> fragments) {
    List<QuoteSpan> out = new ArrayList<>();
    SpeakerResolver.Resolved lastDirect = null;
    int lastDirectEnd = -1;
    for (Pending p : pending) {
      Cue c = p.cue();
      if (p.fragment()) {
        out.add(fragmentQuote(p.quote(), c));
        continue;
      }
      QuoteMarks.Quoted q = p.quote();
      if (q != null && c != null && !out.isEmpty() && splitAround(out.get(out.size() - 1), c, q)) {
        // “A,” he said, “B.”: one statement, one row, from the first opening mark to the last closing one.
        QuoteSpan first = out.remove(out.size() - 1);
        int end = q.closeEnd();
        out.add(first.extendedTo(end, text.substring(first.begin(), end)));
        lastDirectEnd = end;
        continue;
      }
      SpeakerResolver.Resolved who = resolveSpeaker(c);
      // Direct quotes keep their quotation marks, as printed (and as PolNeAR and most attribution corpora
      // annotate them); indirect content is the reported clause.
      int begin = q != null ? q.openAt() : c.contentBegin();
      int end = q != null ? q.closeEnd() : c.contentEnd();
      if (q != null && c == null && lastDirect != null && continuesQuote(lastDirectEnd, begin)) {
        who = lastDirect;
        resolver.remember(who, begin);
      }
      String kind = q != null ? QuoteSpan.DIRECT : hasQuoteMark(begin, end, fragments)
          ? QuoteSpan.MIXED : QuoteSpan.INDIRECT;
      out.add(quoteSpan(kind, begin, end, c, who));
      if (q != null) {
        lastDirect = who;
        lastDirectEnd = end;
      }
    }
    return out;
  }

  private QuoteSpan fragmentQuote(QuoteMarks.Quoted q, Cue c) {
    return quoteSpan(QuoteSpan.MIXED, q.openAt(), q.closeEnd(), c, resolveSpeaker(c));
  }

  private SpeakerResolver.Resolved resolveSpeaker(Cue c) {
    return c == null || c.speaker() == null ? null
        : resolver.resolve(c.speaker().text(), c.speaker().type(), c.speaker().begin(), c.contentBegin(), c.contentEnd());
  }

  /** A quote row: the cue and speaker as written come from the cue, name and type from the resolution. */
  private QuoteSpan quoteSpan(String kind, int begin, int end, Cue c, SpeakerResolver.Resolved who) {
    SpeakerPhrases.Phrase sp = c == null ? null : c.speaker();
    String[] name = who == null ? new String[] {null, null}
        : "PERSON".equals(who.type()) ? resolver.titled(who.name()) : new String[] {null, who.name()};
    return new QuoteSpan(kind, begin, end, text.substring(begin, end), sentenceOf(begin),
        c == null ? null : c.cueText(), c == null ? null : c.cueBegin(), c == null ? null : c.cueEnd(),
        sp == null ? null : sp.text(), sp == null ? null : sp.begin(), sp == null ? null : sp.end(),
        name[1], who == null ? (sp == null ? null : sp.type()) : who.type(), name[0]);
  }

  /** The previous direct quote and this one share a cue that stands between them in one paragraph. */
  private boolean splitAround(QuoteSpan previous, Cue c, QuoteMarks.Quoted q) {
    return QuoteSpan.DIRECT.equals(previous.kind()) && previous.cueBegin() != null
        && previous.cueBegin() == c.cueBegin() && c.cueBegin() >= previous.end() && c.cueEnd() <= q.openAt()
        && !text.substring(previous.end(), q.openAt()).contains("\n");
  }

  /**
   * A statement rather than a scare quote or a quoted title. Shorter passages closed by their own
   * punctuation ("You winning?") are left out: on PolNeAR dev they add far more false quotes than true ones.
   */
  private boolean isFullQuote(QuoteMarks.Quoted q) {
    return longEnough(q) && !embedded(q, text.substring(q.begin(), q.end()).strip());
  }

  /**
   * Words quoted inside a running sentence ("voting fraud is “a big, big problem”", "a call for
   * “providing lethal weapons”") belong to the reported clause around them (kind mixed), not a quote of
   * their own: the mark follows a word, or the quoted text starts in lower case (but not right after a
   * comma). On PolNeAR dev these made most of the false direct quotes.
   */
  private boolean embedded(QuoteMarks.Quoted q, String content) {
    int i = q.openAt() - 1;
    while (i >= 0 && text.charAt(i) == ' ') {
      i--;
    }
    boolean afterWord = i >= 0 && Character.isLetterOrDigit(text.charAt(i));
    // ', “and they attacked ...”' continues a quote split around its cue: lower case, yet a quote.
    boolean afterComma = i >= 0 && text.charAt(i) == ',';
    return afterWord || (Character.isLowerCase(content.codePointAt(0)) && !afterComma);
  }

  private List<Cue> findCues(List<QuoteMarks.Quoted> quoted) {
    List<Cue> cues = new ArrayList<>();
    for (int s = 0; s < sentences.size(); s++) {
      CoreMap sentence = sentences.get(s);
      SemanticGraph g = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
      if (g == null) {
        continue;
      }
      for (CoreLabel t : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        if (inside(t.beginPosition(), quoted)) {
          continue;
        }
        IndexedWord w = g.getNodeByIndexSafe(t.index());
        if (w == null) {
          continue;
        }
        Cue c = SpeechCues.isCueVerb(t) || SpeechCues.isDirectCueVerb(t) ? verbCue(s, g, w)
            : SpeechCues.isAccording(t) ? accordingCue(s, g, w) : null;
        if (c != null) {
          cues.add(c);
        }
      }
    }
    return cues;
  }

  /** Verbs that introduce reported content; the rest ("asked", "sang") only attribute adjacent quotes. */
  private static final java.util.function.Predicate<IndexedWord> VERBS_WITH_CONTENT =
      w -> SpeechCues.VERBS.contains(w.lemma()) || SpeechCues.OBJECT_VERBS.contains(w.lemma());

  /** "X said (that) C", "C, X said", "X told Y that C", "X was quoted as saying C". */
  private Cue verbCue(int s, SemanticGraph g, IndexedWord verb) {
    IndexedWord subject = subjectOf(g, verb);
    if (subject == null) {
      subject = invertedSubject(g, verb);
    }
    if ("quote".equals(verb.lemma())) {
      IndexedWord obj = Deps.child(g, verb, OBJECT);
      subject = obj != null ? obj : subject;
    } else if (subject != null && SpeechCues.LISTENER_VERBS.contains(verb.lemma())
        && "nsubj:pass".equals(Deps.relation(g, subject))) {
      // "the court was told": the subject heard the statement; the speaker is the agent, if named.
      subject = Deps.child(g, verb, AGENT);
    }
    if (NonStatements.notSpeech(g, verb, subject)) {
      return null;
    }
    IndexedWord comp = VERBS_WITH_CONTENT.test(verb) ? Deps.child(g, verb, COMPLEMENT) : null;
    int[] content = SpeechCues.PARATAXIS_VERBS.contains(verb.lemma())
        ? ParentheticalCue.content(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class), g, verb) : null;
    if (content == null) {
      content = parsedContent(g, verb, comp, subject);
    }
    if (content == null && (subject == null || !attributesQuotes(verb))) {
      return null;
    }
    SpeakerPhrases.Phrase speaker = subject == null ? null : phrases.of(sentences.get(s), g, subject);
    if (content == null) {
      // A cue without a parsed complement ("Lavrov told reporters in Moscow.") can still attribute an
      // adjacent quotation; it gets an empty content span and is matched to quotes by position.
      return new Cue(s, verb.beginPosition(), verb.endPosition(), verb.originalText(), -1, -1, speaker);
    }
    content = trim(content);
    return new Cue(s, verb.beginPosition(), verb.endPosition(), verb.originalText(), content[0], content[1], speaker);
  }

  /** The content the parse gives the verb: its complement clause, the clause it is a parenthetical of, ... */
  private int[] parsedContent(SemanticGraph g, IndexedWord verb, IndexedWord comp, IndexedWord subject) {
    if (comp != null) {
      return Deps.span(g, comp, Set.of());
    }
    String rel = Deps.relation(g, verb);
    IndexedWord head = g.getParent(verb);
    if (head != null && rel.equals("parataxis") && SpeechCues.PARATAXIS_VERBS.contains(verb.lemma())) {
      return Deps.span(g, head, Set.of(verb));
    }
    if (head != null && rel.equals("csubj") && head.index() > verb.index() && VERBS_WITH_CONTENT.test(verb)) {
      // "Trump said praise from Putin would not affect his policy": the parser made the speech verb the
      // subject of the reported clause; the content is everything after the verb.
      return Deps.spanAfter(g, head, verb);
    }
    return subject == null ? null : ObjectContent.span(g, verb, subject, phrases::isName);
  }

  /** "called", "cited": cues only with content of their own, never for a quotation next to them. */
  private static boolean attributesQuotes(IndexedWord verb) {
    return SpeechCues.VERBS.contains(verb.lemma()) || SpeechCues.DIRECT_ONLY_VERBS.contains(verb.lemma());
  }

  /** "According to X, C": X is the head of "according"; C is the clause X attaches to, minus X. */
  private Cue accordingCue(int s, SemanticGraph g, IndexedWord according) {
    IndexedWord source = g.getParent(according);
    if (source == null) {
      return null;
    }
    IndexedWord clause = g.getParent(source);
    int[] aside = ParentheticalCue.according(sentences.get(s).get(CoreAnnotations.TokensAnnotation.class),
        according.index());
    int cueEnd = according.endPosition();
    IndexedWord to = Deps.child(g, according, Set.of("fixed", "mwe"));
    if (to != null) {
      cueEnd = to.endPosition();
    }
    // "according to an estimate by UN envoy Staffan de Mistura": the named author is the speaker.
    IndexedWord author = Deps.child(g, source, Set.of("nmod"));
    if (author != null && phrases.isName(author) && !phrases.isName(source)) {
      source = author;
    }
    SpeakerPhrases.Phrase speaker = phrases.of(sentences.get(s), g, source);
    if (clause == null && aside == null) {
      return null;
    }
    int[] content = trim(aside != null ? aside : Deps.span(g, clause, Set.of(source)));
    return new Cue(s, according.beginPosition(), cueEnd, text.substring(according.beginPosition(), cueEnd),
        content[0], content[1], speaker);
  }

  /** The verb's subject, or the subject of the verb it is coordinated with ("said ... and added that"). */
  private static IndexedWord subjectOf(SemanticGraph g, IndexedWord verb) {
    IndexedWord v = verb;
    for (int hops = 0; v != null && hops < 3; hops++) {
      IndexedWord subj = closest(Deps.children(g, v, SUBJECT), v);
      if (subj != null && RELATIVE.contains(subj.word().toLowerCase(java.util.Locale.ROOT))
          && Deps.relation(g, v).startsWith("acl")) {
        // "the senator, who said ...": the speaker is the noun the relative clause hangs on.
        return g.getParent(v);
      }
      if (subj != null) {
        return subj;
      }
      if (!SHARES_SUBJECT.contains(Deps.relation(g, v))) {
        return null;
      }
      v = g.getParent(v);
    }
    return null;
  }

  /**
   * '"...," said Hester.': the parser sometimes attaches an inverted subject as an object or modifier.
   * A name right after the verb (within three words) that the verb governs is then the speaker.
   */
  private IndexedWord invertedSubject(SemanticGraph g, IndexedWord verb) {
    for (IndexedWord c : g.getChildList(verb)) {
      int gap = c.index() - verb.index();
      if (gap >= 1 && gap <= 3 && phrases.isName(c)) {
        return c;
      }
    }
    return null;
  }

  /** Datelines ("MOSCOW, Jun. 01 (MNA) – ... the ministry said") give a verb two subjects: take the nearer. */
  private static IndexedWord closest(List<IndexedWord> candidates, IndexedWord verb) {
    IndexedWord best = null;
    for (IndexedWord c : candidates) {
      if (best == null || Math.abs(c.index() - verb.index()) < Math.abs(best.index() - verb.index())) {
        best = c;
      }
    }
    return best;
  }

  /** The direct quote this cue's complement is (mostly inside), or that sits next to a content-less cue. */
  private int quoteFedBy(Cue c, List<QuoteMarks.Quoted> quoted) {
    for (int i = 0; i < quoted.size(); i++) {
      QuoteMarks.Quoted q = quoted.get(i);
      if (c.contentBegin() >= 0) {
        int inter = Math.max(0, Math.min(c.contentEnd(), q.end()) - Math.max(c.contentBegin(), q.begin()));
        if (inter * 2 >= (c.contentEnd() - c.contentBegin())) {
          return i;
        }
      } else if (adjacent(c, q)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The cue belongs to the quote: it follows the closing mark in the same paragraph with no other quote
   * between ("..." Malkia Cyril, the executive director ..., told The Huffington Post), or precedes the
   * opening mark in the same paragraph, or ends a sentence with a colon right before it, also across a
   * paragraph break ("Caddell continued:" then the quote paragraph).
   */
  private boolean adjacent(Cue c, QuoteMarks.Quoted q) {
    int close = q.closeEnd();
    if (c.cueBegin() >= close && c.cueBegin() - close <= MAX_CUE_GAP) {
      return plainGap(text.substring(close, c.cueBegin()));
    }
    if (c.cueEnd() <= q.openAt() && q.openAt() - c.cueEnd() <= MAX_CUE_GAP) {
      String gap = text.substring(c.cueEnd(), q.openAt());
      return plainGap(gap) || (gap.strip().endsWith(":") && plainGap(gap.strip()));
    }
    return false;
  }

  private static boolean plainGap(String gap) {
    return gap.indexOf('\n') < 0 && gap.indexOf('"') < 0 && gap.indexOf('“') < 0 && gap.indexOf('”') < 0
        && !gap.contains("''");
  }

  /** A cue in the same paragraph right before or after the quote that the parse did not link. */
  private Cue nearbyCue(QuoteMarks.Quoted q, List<Cue> cues) {
    Cue best = null;
    for (Cue c : cues) {
      if (c.speaker() != null && adjacent(c, q) && (best == null || distance(c, q) < distance(best, q))) {
        best = c;
      }
    }
    return best;
  }

  private static int distance(Cue c, QuoteMarks.Quoted q) {
    return c.cueBegin() >= q.end() ? c.cueBegin() - q.end() : Math.max(0, q.begin() - c.cueEnd());
  }

  /**
   * A direct quote with no cue of its own that opens the paragraph right after the previous direct quote's
   * paragraph (or follows it in the same paragraph) continues that speaker's statement.
   */
  private boolean continuesQuote(int previousEnd, int begin) {
    if (previousEnd < 0 || begin < previousEnd) {
      return false;
    }
    String between = text.substring(previousEnd, begin);
    int breaks = between.split("\n\\s*\n", -1).length - 1;
    if (breaks == 0) {
      return true;
    }
    int paraStart = text.lastIndexOf("\n\n", begin);
    return breaks == 1 && text.substring(paraStart + 2, begin).replaceAll("[\\s\"“']", "").isEmpty();
  }

  private boolean hasQuoteMark(int begin, int end, List<QuoteMarks.Quoted> fragments) {
    for (QuoteMarks.Quoted f : fragments) {
      if (f.begin() >= begin && f.end() <= end) {
        return true;
      }
    }
    return false;
  }

  private static boolean inside(int offset, List<QuoteMarks.Quoted> quoted) {
    for (QuoteMarks.Quoted q : quoted) {
      if (offset >= q.begin() && offset < q.end()) {
        return true;
      }
    }
    return false;
  }

  private int sentenceOf(int offset) {
    for (int s = 0; s < sentences.size(); s++) {
      if (sentences.get(s).get(CoreAnnotations.CharacterOffsetEndAnnotation.class) > offset) {
        return s;
      }
    }
    return Math.max(0, sentences.size() - 1);
  }

  /** Strips whitespace, commas and quotation marks ('' included) at the edges of a content span. */
  private int[] trim(int[] span) {
    int b = span[0];
    int e = span[1];
    while (b < e) {
      int mark = EDGE.indexOf(text.charAt(b)) >= 0 ? 1 : text.startsWith("''", b) ? 2 : 0;
      if (mark == 0) {
        break;
      }
      b += mark;
    }
    while (e > b) {
      int mark = EDGE.indexOf(text.charAt(e - 1)) >= 0 ? 1 : e - b >= 2 && text.startsWith("''", e - 2) ? 2 : 0;
      if (mark == 0) {
        break;
      }
      e -= mark;
    }
    return new int[] {Math.min(b, e), e};
  }
}
