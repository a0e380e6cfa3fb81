package org.vnsearch.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.vnsearch.ingest.meta.District;
import org.vnsearch.ingest.meta.DistrictDetector;
import org.vnsearch.ingest.meta.DistrictDetector.Decision;
import org.vnsearch.ingest.meta.Province;
import org.vnsearch.ingest.meta.TextTokens;
import org.vnsearch.ingest.meta.YearExtractor;
import org.vnsearch.ingest.read.ParagraphSplitter.RawParagraph;

/**
 * Turns a {@link RawArticle} into an {@link Article}: classifies its paragraphs, drops boilerplate, and extracts
 * district, province, date, year and topics, with the input's explicit metadata winning. Stateless, thread-safe.
 */
public final class ArticleAssembler {
  private final IngestResources resources;

  public ArticleAssembler(IngestResources resources) {
    this.resources = resources;
  }

  public Article assemble(RawArticle raw) {
    List<RawParagraph> input = withoutRepeatedTitle(raw);
    List<String> texts = new ArrayList<>(input.size());
    input.forEach(p -> texts.add(p.text()));
    List<ParagraphKind> kinds = resources.paragraphs().classify(texts, raw.title() != null);

    List<RawParagraph> kept = new ArrayList<>();
    List<ParagraphKind> keptKinds = new ArrayList<>();
    if (raw.title() != null && !raw.title().isBlank()) {
      kept.add(new RawParagraph(raw.title().strip(), -1, -1));
      keptKinds.add(ParagraphKind.TITLE);
    }
    for (int i = 0; i < input.size(); i++) {
      if (kinds.get(i) != ParagraphKind.BOILERPLATE) {
        kept.add(input.get(i));
        keptKinds.add(kinds.get(i));
      }
    }

    List<TextTokens> tokens = new ArrayList<>(kept.size());
    List<List<DistrictDetector.Mention>> mentions = new ArrayList<>(kept.size());
    List<DistrictDetector.Mention> allMentions = new ArrayList<>();
    YearExtractor.Votes votes = new YearExtractor.Votes();
    LocalDate foundDate = null;
    int bodySeen = 0;
    for (int i = 0; i < kept.size(); i++) {
      TextTokens t = TextTokens.of(kept.get(i).text());
      tokens.add(t);
      List<DistrictDetector.Mention> m = resources.districts().mentions(t);
      mentions.add(m);
      allMentions.addAll(m);
      ParagraphKind kind = keptKinds.get(i);
      if (kind == ParagraphKind.BODY || kind == ParagraphKind.TITLE) {
        votes.add(t);
      }
      // The article's date: the first complete date of a dateline, the title or the opening body paragraphs.
      if (foundDate == null && (kind != ParagraphKind.BODY || bodySeen < 2) && kind != ParagraphKind.CAPTION) {
        foundDate = YearExtractor.dateOf(t);
      }
      if (kind == ParagraphKind.BODY) {
        bodySeen++;
      }
    }

    RawArticle.Explicit explicit = raw.explicit();
    LocalDate date = explicit.date() != null ? explicit.date() : foundDate;
    Integer year =
        explicit.year() != null ? explicit.year() : date != null ? Integer.valueOf(date.getYear()) : votes.reportedYear();
    Decision decision = explicitDistrict(explicit);
    if (decision == null) {
      decision = resources.districts().decide(allMentions);
    }
    String province =
        explicit.province() != null ? provinceName(explicit.province())
            : decision.province() != null ? decision.province().name() : null;

    String title = raw.title() != null ? raw.title().strip() : "";
    List<Paragraph> paragraphs = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      ParagraphKind kind = keptKinds.get(i);
      if (title.isEmpty() && kind == ParagraphKind.TITLE) {
        title = kept.get(i).text();
      }
      TextTokens t = tokens.get(i);
      List<String> topics = explicit.topics() != null ? explicit.topics() : resources.topics().classify(t);
      paragraphs.add(
          new Paragraph(
              i + 1,
              kind,
              kept.get(i).text(),
              kept.get(i).start(),
              kept.get(i).end(),
              List.copyOf(YearExtractor.yearsMentioned(t)),
              resources.districts().mentionedDistricts(mentions.get(i), allMentions),
              topics));
    }
    return new Article(
        raw.id(),
        raw.group(),
        raw.source(),
        title,
        date,
        year,
        decision.districtLabel(),
        decision.districtName(),
        province,
        paragraphs,
        raw.contentHash());
  }

  /** JSON articles often repeat their title as the first line of the text. */
  private static List<RawParagraph> withoutRepeatedTitle(RawArticle raw) {
    List<RawParagraph> ps = raw.paragraphs();
    if (raw.title() != null && !ps.isEmpty() && ps.get(0).text().equalsIgnoreCase(raw.title().strip())) {
      return ps.subList(1, ps.size());
    }
    return ps;
  }

  /** The district given explicitly, resolved against the gazetteer where possible; null when none was given. */
  private Decision explicitDistrict(RawArticle.Explicit explicit) {
    if (explicit.district() == null || explicit.district().isBlank()) {
      return null;
    }
    List<District> candidates = resources.gazetteer().resolveDistricts(explicit.district());
    if (explicit.province() != null) {
      List<Province> provinces = resources.gazetteer().resolveProvinces(explicit.province());
      candidates = candidates.stream().filter(d -> provinces.contains(d.province())).toList();
    }
    if (candidates.size() == 1) {
      return new Decision(candidates.get(0), null, candidates.get(0).province());
    }
    String name = candidates.isEmpty() ? explicit.district().strip() : candidates.get(0).name();
    return new Decision(null, name, null);
  }

  private String provinceName(String given) {
    List<Province> provinces = resources.gazetteer().resolveProvinces(given);
    return provinces.size() == 1 ? provinces.get(0).name() : given.strip();
  }

  /** Lowercase, for comparisons that ignore case. */
  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
