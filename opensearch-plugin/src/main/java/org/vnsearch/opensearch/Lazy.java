package org.vnsearch.opensearch;

import java.util.function.Supplier;

/**
 * A value computed on first use and kept. OpenSearch instantiates every analysis component a plugin registers for
 * every index it creates (with default settings when the index does not configure it), so a lexicon or synonym
 * map is only loaded when an analyzer actually runs or is configured.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<T> compute;
  private volatile T value;

  private Lazy(Supplier<T> compute) {
    this.compute = compute;
  }

  static <T> Lazy<T> of(Supplier<T> compute) {
    return new Lazy<>(compute);
  }

  /** An already computed value. */
  static <T> Lazy<T> value(T value) {
    Lazy<T> lazy = new Lazy<>(() -> value);
    lazy.value = value;
    return lazy;
  }

  @Override
  public T get() {
    T v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = compute.get();
          value = v;
        }
      }
    }
    return v;
  }
}
