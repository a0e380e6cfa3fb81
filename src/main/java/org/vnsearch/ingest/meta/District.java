package org.vnsearch.ingest.meta;

import java.util.List;

/**
 * A district-level unit (quận, huyện, thị xã, thành phố thuộc tỉnh) as it stood before the July 2025
 * reorganisation, with the places inside it that identify it (towns, distinctive communes).
 *
 * @param label the facet value: the name with its province ("Phú Tân (Cà Mau)"), and with the type where one
 *     province has two units of the name ("thành phố Cao Lãnh (Đồng Tháp)"), so that a value always means one
 *     real district
 */
public record District(
    String id,
    String name,
    String type,
    Province province,
    List<String> variants,
    List<String> places,
    String label) {
  public District {
    variants = List.copyOf(variants);
    places = List.copyOf(places);
  }

  /** The label of a district whose province could not be decided: "Phú Tân (?)". */
  public static String unresolvedLabel(String name) {
    return name + " (?)";
  }
}
