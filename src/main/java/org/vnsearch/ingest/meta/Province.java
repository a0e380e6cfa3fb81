package org.vnsearch.ingest.meta;

import java.util.List;

/** A province-level unit (tỉnh, or a centrally run thành phố). */
public record Province(String id, String name, String type, String region, List<String> variants) {
  public Province {
    variants = List.copyOf(variants);
  }
}
