package org.vnsearch.config;

/**
 * How the index is written and searched.
 *
 * @param commitIntervalSeconds seconds between periodic commits while indexing
 * @param ramBufferMb IndexWriter RAM buffer
 * @param threads indexing threads (0: one per core)
 * @param queryTimeoutMillis time bound of one search
 */
public record IndexConfig(
    int commitIntervalSeconds, int ramBufferMb, int threads, int queryTimeoutMillis) {}
