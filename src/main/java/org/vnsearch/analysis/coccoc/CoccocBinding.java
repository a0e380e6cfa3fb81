package org.vnsearch.analysis.coccoc;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vnsearch.config.CoccocConfig;

/**
 * An installed coccoc-tokenizer, used through its own Java binding ({@code com.coccoc.Tokenizer} in its jar), loaded
 * from the configured paths at run time: nothing of coccoc is compiled into vnsearch.
 *
 * <p>Two things its users keep running into are handled here. The binding's class loads its native library with
 * {@code System.loadLibrary}, which only searches {@code java.library.path}: the jar is loaded in a class loader of
 * its own whose {@code findLibrary} answers with the configured library path. And its {@code getInstance()}
 * hard-codes {@code /usr/share/tokenizer/dicts} while {@code make install} puts the dictionaries under {@code
 * /usr/local/share/tokenizer/dicts}: the binding is built through its constructor with the configured dictionary
 * path instead.
 *
 * <p>The native side is a process-wide singleton that is re-initialised by every new binding instance, so there
 * is exactly one per process, initialised once, before any thread segments; asking for other paths later is an
 * error rather than a silent re-initialisation. Segmenting is thread-safe.
 */
public final class CoccocBinding {
  /**
   * The files coccoc's initialisation opens. They are all checked before it runs: its native side marks itself
   * initialised before loading them, so a failed initialisation leaves a process that crashes on the next try.
   */
  static final List<String> DICTIONARY_FILES =
      List.of("multiterm_trie.dump", "syllable_trie.dump", "nontone_pair_freq_map.dump", "alphabetic", "numeric");
  static final String LIBRARY_NAME = "coccoc_tokenizer_jni";
  private static final int TOKENIZE_NORMAL = 0;

  /** A token of coccoc's output: its text and where it is in the input (UTF-16 offsets). */
  public record Token(String text, int start, int end, boolean word) {}

  private static CoccocBinding instance;
  /** A failed load is never retried in the same process (see DICTIONARY_FILES). */
  private static CoccocException failure;

  private final CoccocConfig config;
  private final Object tokenizer;
  private final Method segment;
  private final Method text;
  private final Method start;
  private final Method end;
  private final Method isWord;

  private CoccocBinding(CoccocConfig config, Object tokenizer, Method segment, Class<?> tokenClass)
      throws NoSuchMethodException {
    this.config = config;
    this.tokenizer = tokenizer;
    this.segment = segment;
    this.text = tokenClass.getMethod("getText");
    this.start = tokenClass.getMethod("getPos");
    this.end = tokenClass.getMethod("getEndPos");
    this.isWord = tokenClass.getMethod("isWord");
  }

  /** The process's binding, loaded and initialised on first use. */
  public static synchronized CoccocBinding load(CoccocConfig config) {
    if (instance != null) {
      if (!instance.config.equals(config)) {
        throw new CoccocException(
            "coccoc-tokenizer is already initialised in this process with " + instance.config
                + "; it cannot be initialised again with other paths");
      }
      return instance;
    }
    if (failure != null) {
      throw new CoccocException(failure.getMessage() + " (not retried in this process)");
    }
    try {
      instance = create(config);
    } catch (CoccocException e) {
      if (e.getCause() != null) {
        failure = e; // the native side was touched: trying again could crash the process
      }
      throw e;
    }
    return instance;
  }

  public CoccocConfig config() {
    return config;
  }

  private static CoccocBinding create(CoccocConfig config) {
    Path jar = Path.of(config.jar());
    Path library = Path.of(config.library());
    Path dicts = Path.of(config.dicts());
    if (!Files.isRegularFile(jar)) {
      throw new CoccocException("coccoc-tokenizer: no Java binding at " + jar + " (analysis.coccoc.jar)");
    }
    if (!Files.isRegularFile(library)) {
      throw new CoccocException("coccoc-tokenizer: no native library at " + library + " (analysis.coccoc.library)");
    }
    for (String file : DICTIONARY_FILES) {
      if (!Files.isRegularFile(dicts.resolve(file))) {
        throw new CoccocException(
            "coccoc-tokenizer: no dictionaries in " + dicts + " (" + file + " is missing; analysis.coccoc.dicts)");
      }
    }
    ClassLoader loader;
    try {
      loader = new BindingLoader(jar.toUri().toURL(), library.toAbsolutePath().toString());
    } catch (MalformedURLException e) {
      throw new CoccocException("coccoc-tokenizer: bad jar path " + jar, e);
    }
    Class<?> tokenizerClass;
    Class<?> tokenClass;
    try {
      tokenizerClass = Class.forName("com.coccoc.Tokenizer", true, loader);
      tokenClass = Class.forName("com.coccoc.Token", true, loader);
    } catch (ClassNotFoundException e) {
      throw new CoccocException("coccoc-tokenizer: " + jar + " has no com.coccoc.Tokenizer", e);
    } catch (LinkageError e) {
      // ExceptionInInitializerError or UnsatisfiedLinkError from loading the native library
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new CoccocException("coccoc-tokenizer: cannot load the native library " + library + ": " + cause.getMessage(), e);
    }
    try {
      Constructor<?> constructor = tokenizerClass.getDeclaredConstructor(String.class);
      constructor.setAccessible(true);
      Object tokenizer = constructor.newInstance(dicts.toAbsolutePath().toString());
      Method segment = tokenizerClass.getMethod("segment", String.class, boolean.class, int.class, boolean.class);
      return new CoccocBinding(config, tokenizer, segment, tokenClass);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      throw new CoccocException(
          "coccoc-tokenizer: cannot initialise with the dictionaries in " + dicts + ": "
              + (cause == null ? e.getMessage() : cause.getMessage()), e);
    } catch (ReflectiveOperationException | LinkageError e) {
      throw new CoccocException("coccoc-tokenizer: " + jar + " is not a binding this version understands: " + e, e);
    }
  }

  /** coccoc's tokens for {@code input}, punctuation left out. */
  public List<Token> segment(String input) {
    try {
      List<?> raw = (List<?>) segment.invoke(tokenizer, input, false, TOKENIZE_NORMAL, false);
      List<Token> tokens = new ArrayList<>(raw.size());
      for (Object t : raw) {
        tokens.add(new Token((String) text.invoke(t), (Integer) start.invoke(t), (Integer) end.invoke(t), (Boolean) isWord.invoke(t)));
      }
      return tokens;
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("coccoc-tokenizer failed on a text: " + e.getCause(), e.getCause());
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Loads the binding's classes apart from everything else, and tells them where the native library is. */
  private static final class BindingLoader extends URLClassLoader {
    private final String library;

    BindingLoader(URL jar, String library) {
      super("coccoc-tokenizer", new URL[] {jar}, ClassLoader.getPlatformClassLoader());
      this.library = library;
    }

    @Override
    protected String findLibrary(String libname) {
      return LIBRARY_NAME.equals(libname) ? library : super.findLibrary(libname);
    }
  }
}
