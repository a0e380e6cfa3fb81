package org.vnsearch.ingest.meta;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.vnsearch.analysis.text.DiacriticFolder;
import org.vnsearch.analysis.text.SyllableNormalizer;
import org.vnsearch.config.ConfigSource;
import org.vnsearch.config.IngestConfig;
import org.vnsearch.config.TsvFile;

/**
 * Provinces and districts of Vietnam from {@code provinces.tsv} and {@code districts.tsv}. Names are looked up in
 * normalized form (lowercase, canonical tone marks), so "Chiêm Hoá" finds "Chiêm Hóa". Immutable, thread-safe.
 */
public final class Gazetteer {
  /** The district types, in the words used before a name ("huyện Phú Tân"). */
  public static final List<String> DISTRICT_TYPES = List.of("quận", "huyện", "thị xã", "thành phố");

  private final Map<String, Province> provincesById;
  private final Map<String, District> districtsById;
  private final Map<String, List<Province>> provincesByName = new HashMap<>();
  private final Map<String, List<District>> districtsByName = new HashMap<>();
  private final Map<String, List<District>> districtsByPlace = new HashMap<>();

  Gazetteer(List<Province> provinces, List<District> districts) {
    Map<String, Province> p = new LinkedHashMap<>();
    for (Province province : provinces) {
      p.put(province.id(), province);
      index(provincesByName, province.name(), province);
      province.variants().forEach(v -> index(provincesByName, v, province));
    }
    Map<String, District> d = new LinkedHashMap<>();
    for (District district : districts) {
      d.put(district.id(), district);
      index(districtsByName, district.name(), district);
      district.variants().forEach(v -> index(districtsByName, v, district));
      district.places().forEach(place -> index(districtsByPlace, place, district));
    }
    this.provincesById = Collections.unmodifiableMap(p);
    this.districtsById = Collections.unmodifiableMap(d);
  }

  private static <T> void index(Map<String, List<T>> map, String name, T value) {
    List<T> list = map.computeIfAbsent(key(name), k -> new ArrayList<>(1));
    if (!list.contains(value)) {
      list.add(value);
    }
  }

  /** Lookup key of a name: its syllables normalized and joined with single spaces. */
  public static String key(String name) {
    return SyllableNormalizer.normalizeWords(name);
  }

  /** Loads the two tables of a configuration; a malformed row is an error naming file and line. */
  public static Gazetteer load(ConfigSource source, IngestConfig config) {
    List<Province> provinces = new ArrayList<>();
    Map<String, Province> byId = new HashMap<>();
    for (TsvFile.Row row : TsvFile.read(source, config.provinces(), 4, 5)) {
      Province province =
          new Province(row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.list(4));
      if (province.id().isEmpty() || province.name().isEmpty()) {
        throw row.error("a province needs an id and a name");
      }
      if (byId.put(province.id(), province) != null) {
        throw row.error("duplicate province id '" + province.id() + "'");
      }
      provinces.add(province);
    }
    List<District> districts = new ArrayList<>();
    Map<String, District> seen = new HashMap<>();
    for (TsvFile.Row row : TsvFile.read(source, config.districts(), 4, 6)) {
      Province province = byId.get(row.cell(3));
      if (province == null) {
        throw row.error("unknown province id '" + row.cell(3) + "'");
      }
      String type = row.cell(2).toLowerCase(Locale.ROOT);
      if (!DISTRICT_TYPES.contains(type)) {
        throw row.error("type must be one of " + DISTRICT_TYPES + ", found '" + row.cell(2) + "'");
      }
      District district =
          new District(row.cell(0), row.cell(1), type, province, row.list(4), row.list(5), null);
      if (seen.put(district.id(), district) != null) {
        throw row.error("duplicate district id '" + district.id() + "'");
      }
      districts.add(district);
    }
    return new Gazetteer(provinces, withLabels(districts));
  }

  private static List<District> withLabels(List<District> districts) {
    Map<String, Integer> sameNameAndProvince = new HashMap<>();
    for (District d : districts) {
      sameNameAndProvince.merge(d.name() + "\t" + d.province().id(), 1, Integer::sum);
    }
    List<District> labelled = new ArrayList<>(districts.size());
    for (District d : districts) {
      boolean needsType = sameNameAndProvince.get(d.name() + "\t" + d.province().id()) > 1;
      String label = (needsType ? d.type() + " " : "") + d.name() + " (" + d.province().name() + ")";
      labelled.add(new District(d.id(), d.name(), d.type(), d.province(), d.variants(), d.places(), label));
    }
    return labelled;
  }

  public Map<String, Province> provinces() {
    return provincesById;
  }

  public Map<String, District> districts() {
    return districtsById;
  }

  /** Provinces with this name or variant (normalized key, see {@link #key}). */
  public List<Province> provincesNamed(String key) {
    return provincesByName.getOrDefault(key, List.of());
  }

  /** Districts with this name or variant (normalized key). */
  public List<District> districtsNamed(String key) {
    return districtsByName.getOrDefault(key, List.of());
  }

  /** Districts that contain a place of this name (normalized key). */
  public List<District> districtsWithPlace(String key) {
    return districtsByPlace.getOrDefault(key, List.of());
  }

  /** Every name the detector must look for: district names, variants, places, province names and variants. */
  public Iterable<String> allNameKeys() {
    List<String> keys = new ArrayList<>(districtsByName.keySet());
    keys.addAll(districtsByPlace.keySet());
    keys.addAll(provincesByName.keySet());
    return keys;
  }

  /**
   * Districts a user means by {@code query}: an exact facet label ("Phú Tân (Cà Mau)"), a name ("Phú Tân", any
   * province), or either written without diacritics ("phu tan").
   */
  public List<District> resolveDistricts(String query) {
    String q = query.strip();
    List<District> result = new ArrayList<>();
    for (District d : districtsById.values()) {
      if (d.label().equalsIgnoreCase(q)) {
        return List.of(d);
      }
    }
    String key = key(stripLabel(q));
    result.addAll(districtsNamed(key));
    if (result.isEmpty()) {
      String folded = DiacriticFolder.fold(key);
      for (District d : districtsById.values()) {
        if (DiacriticFolder.fold(key(d.name())).equals(folded)) {
          result.add(d);
        }
      }
    }
    return result;
  }

  /** Provinces a user means: a name or variant, or an id, with or without diacritics. */
  public List<Province> resolveProvinces(String query) {
    String q = query.strip();
    Province byId = provincesById.get(q.toLowerCase(Locale.ROOT));
    if (byId != null) {
      return List.of(byId);
    }
    List<Province> named = provincesNamed(key(q));
    if (!named.isEmpty()) {
      return named;
    }
    String folded = DiacriticFolder.fold(key(q));
    List<Province> result = new ArrayList<>();
    for (Province p : provincesById.values()) {
      if (DiacriticFolder.fold(key(p.name())).equals(folded)) {
        result.add(p);
      }
    }
    return result;
  }

  private static String stripLabel(String q) {
    int paren = q.indexOf(" (");
    return paren > 0 && q.endsWith(")") ? q.substring(0, paren) : q;
  }
}
