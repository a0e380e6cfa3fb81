package org.vnsearch.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * An article split into paragraphs, with the metadata every paragraph carries.
 *
 * @param id article id: the JSON {@code id}, or the absolute path of a text file (with "#2", "#3" ... for the
 *     further parts of a file too large to be one article)
 * @param group the unit re-indexing replaces: the id, or for the parts of a large text file its first part's id
 * @param source path of the file, or the article's URL when it has one
 * @param title the title, or "" when the article has none
 * @param date the article's date, or null
 * @param year the year it reports on (explicit, from its date, or from its text), or null
 * @param district the district facet value ("Phú Tân (Cà Mau)"; "Phú Tân (?)" when the province is unknown), or
 *     null when no district was found
 * @param districtName the district name alone, or null
 * @param province the province name, or null when unknown
 * @param contentHash a digest of the source text, so that re-indexing an unchanged article can be skipped
 */
public record Article(
    String id,
    String group,
    String source,
    String title,
    LocalDate date,
    Integer year,
    String district,
    String districtName,
    String province,
    List<Paragraph> paragraphs,
    String contentHash) {
  public Article {
    paragraphs = List.copyOf(paragraphs);
  }
}
