package org.vnsearch.config;

/**
 * Where an installed coccoc-tokenizer lives. The defaults are those of its {@code make install} with the
 * default prefix {@code /usr/local}.
 */
public record CoccocConfig(String jar, String library, String dicts) {
  public static final CoccocConfig DEFAULTS =
      new CoccocConfig(
          "/usr/local/share/java/coccoc-tokenizer.jar",
          "/usr/local/lib/libcoccoc_tokenizer_jni.so",
          "/usr/local/share/tokenizer/dicts");
}
