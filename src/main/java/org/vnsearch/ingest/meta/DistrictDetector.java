package org.vnsearch.ingest.meta;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the districts, provinces and places a text names, and decides which district an article is about.
 *
 * <p>A name counts only when every syllable is written with a capital ("Thống Nhất" the district, not "thống
 * nhất", unity), in any tone-mark spelling. A name after its type word ("huyện Phú Tân", "Huyện ủy Chiêm Hoá",
 * "Bí thư Huyện ủy Thống Nhất", "thị trấn Cái Đôi Vàm", "tỉnh Cà Mau") is strong evidence and restricts the
 * candidates to that type; a bare name is weak evidence. Where several districts share the name (Phú Tân is in An
 * Giang and in Cà Mau), the provinces and the places the article names decide; without such evidence the province
 * stays empty. The detector never guesses. Immutable and thread-safe.
 */
public final class DistrictDetector {
  static final int STRONG = 3;
  static final int PLACE_STRONG = 2;
  static final int WEAK = 1;
  private static final int MAX_NAME_SYLLABLES = 6;

  /** Type words before a name, normalized, and what they say the name is. */
  private static final Map<String, String> TYPE_WORDS =
      Map.ofEntries(
          Map.entry("huyện", "huyện"),
          Map.entry("huyện ủy", "huyện"),
          Map.entry("quận", "quận"),
          Map.entry("quận ủy", "quận"),
          Map.entry("thị xã", "thị xã"),
          Map.entry("thị ủy", "thị xã"),
          Map.entry("thành phố", "thành phố"),
          Map.entry("thành ủy", "thành phố"),
          Map.entry("tp", "thành phố"),
          Map.entry("tỉnh", "tỉnh"),
          Map.entry("tỉnh ủy", "tỉnh"),
          Map.entry("thị trấn", "place"),
          Map.entry("xã", "place"),
          Map.entry("phường", "place"));

  /** What a mention is evidence for. */
  public enum Target {
    DISTRICT,
    PROVINCE,
    PLACE
  }

  /** A name found in a text: its normalized key, what it names, and how strong the evidence is. */
  public record Mention(Target target, String key, String typeWord, int weight) {}

  /** The district (or only the province) an article is about. */
  public record Decision(District district, String unresolvedName, Province province) {
    static final Decision NONE = new Decision(null, null, null);

    /** The district facet value: the district's label, "Name (?)" when unresolved, null when none. */
    public String districtLabel() {
      if (district != null) {
        return district.label();
      }
      return unresolvedName == null ? null : District.unresolvedLabel(unresolvedName);
    }

    public String districtName() {
      return district != null ? district.name() : unresolvedName;
    }
  }

  private final Gazetteer gazetteer;

  public DistrictDetector(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
  }

  public Gazetteer gazetteer() {
    return gazetteer;
  }

  /** The names a paragraph mentions, in order. */
  public List<Mention> mentions(TextTokens t) {
    List<Mention> mentions = new ArrayList<>();
    int i = 0;
    while (i < t.size()) {
      int matched = matchAt(t, i, mentions);
      i += Math.max(matched, 1);
    }
    return mentions;
  }

  /** Tries the longest capitalized name at token i; returns its length in tokens (0: none). */
  private int matchAt(TextTokens t, int i, List<Mention> out) {
    if (!t.capitalized[i] || !t.isSyllable(i)) {
      return 0;
    }
    int longest = 1;
    while (longest < MAX_NAME_SYLLABLES
        && i + longest < t.size()
        && t.capitalized[i + longest]
        && t.adjacent[i + longest]
        && t.isSyllable(i + longest)) {
      longest++;
    }
    String typeWord = typeWordBefore(t, i);
    for (int k = longest; k >= 1; k--) {
      String key = t.key(i, i + k);
      Mention m = classify(key, k, typeWord);
      if (m != null) {
        out.add(m);
        return k;
      }
    }
    return 0;
  }

  private Mention classify(String key, int syllables, String typeWord) {
    boolean isDistrict = !gazetteer.districtsNamed(key).isEmpty();
    boolean isProvince = !gazetteer.provincesNamed(key).isEmpty();
    boolean isPlace = !gazetteer.districtsWithPlace(key).isEmpty();
    if (typeWord != null) {
      switch (typeWord) {
        case "tỉnh" -> {
          return isProvince ? new Mention(Target.PROVINCE, key, typeWord, STRONG) : null;
        }
        case "place" -> {
          return isPlace ? new Mention(Target.PLACE, key, typeWord, PLACE_STRONG) : null;
        }
        default -> {
          if (isDistrict && hasType(key, typeWord)) {
            return new Mention(Target.DISTRICT, key, typeWord, STRONG);
          }
          if (isProvince && typeWord.equals("thành phố")) {
            return new Mention(Target.PROVINCE, key, typeWord, STRONG); // "thành phố Hà Nội"
          }
          return null;
        }
      }
    }
    // Bare names are weak evidence, and only names of two or more syllables that mean one kind of thing.
    if (syllables < 2) {
      return null;
    }
    if (isProvince) {
      return new Mention(Target.PROVINCE, key, null, WEAK);
    }
    if (isDistrict) {
      return new Mention(Target.DISTRICT, key, null, WEAK);
    }
    if (isPlace) {
      return new Mention(Target.PLACE, key, null, WEAK);
    }
    return null;
  }

  private boolean hasType(String key, String type) {
    for (District d : gazetteer.districtsNamed(key)) {
      if (d.type().equals(type)) {
        return true;
      }
    }
    return false;
  }

  /** The type word right before token i ("huyện", "Huyện ủy", "TP."), or null. */
  private static String typeWordBefore(TextTokens t, int i) {
    for (int len = 2; len >= 1; len--) {
      int from = i - len;
      if (from < 0 || !t.isRun(from, i)) {
        continue;
      }
      String key = t.key(from, i);
      String type = TYPE_WORDS.get(key);
      if (type == null) {
        continue;
      }
      boolean joined = t.adjacent[i] || (key.equals("tp") && onlyDotAndSpace(t, i));
      if (joined) {
        return type;
      }
    }
    return null;
  }

  private static boolean onlyDotAndSpace(TextTokens t, int i) {
    String between = t.text.substring(t.ends[i - 1], t.starts[i]).strip();
    return between.equals(".");
  }

  /** Decides an article's district from all its mentions (in reading order). */
  public Decision decide(List<Mention> mentions) {
    Evidence evidence = new Evidence(mentions);
    Map<String, Integer> nameScores = new LinkedHashMap<>();
    Map<String, Boolean> strongName = new HashMap<>();
    for (Mention m : mentions) {
      if (m.target() == Target.DISTRICT) {
        nameScores.merge(m.key(), m.weight(), Integer::sum);
        if (m.weight() >= STRONG) {
          strongName.put(m.key(), true);
        }
      }
    }
    String bestName = null;
    int bestScore = 0;
    for (var e : nameScores.entrySet()) {
      if (e.getValue() > bestScore) {
        bestName = e.getKey();
        bestScore = e.getValue();
      }
    }
    if (bestName == null || (bestScore < 2 && !strongName.containsKey(bestName))) {
      return provinceOnly(evidence);
    }
    List<District> candidates = candidates(bestName, mentions);
    District chosen = evidence.resolve(candidates);
    if (chosen != null) {
      return new Decision(chosen, null, chosen.province());
    }
    return new Decision(null, candidates.get(0).name(), null);
  }

  /** Districts named {@code key}, restricted to the types the strong mentions gave. */
  private List<District> candidates(String key, List<Mention> mentions) {
    Set<String> types = new LinkedHashSet<>();
    for (Mention m : mentions) {
      if (m.target() == Target.DISTRICT && m.key().equals(key) && m.typeWord() != null) {
        types.add(m.typeWord());
      }
    }
    List<District> all = gazetteer.districtsNamed(key);
    if (types.isEmpty()) {
      return all;
    }
    List<District> typed = new ArrayList<>();
    for (District d : all) {
      if (types.contains(d.type())) {
        typed.add(d);
      }
    }
    return typed.isEmpty() ? all : typed;
  }

  private Decision provinceOnly(Evidence evidence) {
    Province province = evidence.strongestProvince();
    return province == null ? Decision.NONE : new Decision(null, null, province);
  }

  /**
   * The districts a paragraph names, as facet labels, resolved with the evidence of the whole article: "Phú Tân"
   * in an article that names Cà Mau is Phú Tân (Cà Mau).
   */
  public List<String> mentionedDistricts(List<Mention> paragraphMentions, List<Mention> articleMentions) {
    Evidence evidence = new Evidence(articleMentions);
    Set<String> labels = new LinkedHashSet<>();
    for (Mention m : paragraphMentions) {
      if (m.target() != Target.DISTRICT) {
        continue;
      }
      List<District> candidates = candidates(m.key(), List.of(m));
      District resolved = evidence.resolve(candidates);
      labels.add(resolved != null ? resolved.label() : District.unresolvedLabel(candidates.get(0).name()));
    }
    return List.copyOf(labels);
  }

  /** Province and place evidence of an article, for choosing among districts of one name. */
  private final class Evidence {
    private final Map<Province, Integer> provinces = new HashMap<>();
    private final Map<District, Integer> places = new HashMap<>();

    Evidence(List<Mention> mentions) {
      for (Mention m : mentions) {
        switch (m.target()) {
          case PROVINCE -> {
            for (Province p : gazetteer.provincesNamed(m.key())) {
              provinces.merge(p, m.weight(), Integer::sum);
            }
          }
          case PLACE -> {
            for (District d : gazetteer.districtsWithPlace(m.key())) {
              places.merge(d, m.weight(), Integer::sum);
            }
          }
          case DISTRICT -> {
            // a district named in passing says which province the article is in when its name is unique
            List<District> named = gazetteer.districtsNamed(m.key());
            if (named.size() == 1 && m.weight() >= STRONG) {
              provinces.merge(named.get(0).province(), 1, Integer::sum);
            }
          }
        }
      }
    }

    /** The one candidate the evidence favours, the only candidate, or null when it cannot tell. */
    District resolve(List<District> candidates) {
      if (candidates.size() == 1) {
        return candidates.get(0);
      }
      District best = null;
      int bestScore = 0;
      boolean tie = false;
      for (District d : candidates) {
        int score = provinces.getOrDefault(d.province(), 0) + places.getOrDefault(d, 0);
        if (score > bestScore) {
          best = d;
          bestScore = score;
          tie = false;
        } else if (score == bestScore && score > 0) {
          tie = true;
        }
      }
      return tie ? null : best;
    }

    Province strongestProvince() {
      Province best = null;
      int bestScore = 0;
      for (var e : provinces.entrySet()) {
        if (e.getValue() > bestScore) {
          best = e.getKey();
          bestScore = e.getValue();
        }
      }
      return bestScore >= STRONG ? best : null;
    }
  }
}
