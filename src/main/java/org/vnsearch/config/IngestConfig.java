package org.vnsearch.config;

/**
 * How articles become paragraphs with metadata.
 *
 * @param provinces provinces table
 * @param districts district gazetteer
 * @param topics topic taxonomy with weighted key phrases
 * @param topicThreshold the weight a paragraph's key phrases must reach for a topic
 * @param boilerplate lines of site boilerplate to drop
 */
public record IngestConfig(
    String provinces, String districts, String topics, double topicThreshold, String boilerplate) {}
