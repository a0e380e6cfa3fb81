package org.vnsearch.index;

import java.util.Map;

/**
 * What {@code vnsearch stats} shows about an index.
 *
 * @param facetCardinalities distinct values per facet dimension
 * @param sizeBytes size on disk of the Lucene files
 * @param analysisFingerprint fingerprint of the analysis configuration recorded in the index
 * @param configDir where the recorded configuration is
 * @param luceneVersion Lucene version that wrote the last commit
 * @param vnsearchVersion vnsearch version that wrote the last commit
 */
public record IndexStats(
    String index,
    long paragraphs,
    long articles,
    Map<String, Integer> facetCardinalities,
    long sizeBytes,
    int segments,
    String analysisFingerprint,
    String configDir,
    String luceneVersion,
    String vnsearchVersion) {}
