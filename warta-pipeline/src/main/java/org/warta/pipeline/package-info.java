/**
 * The only module that joins the stages: it takes pages from archives and the web, runs them
 * through extraction, stores and indexes the articles, and schedules source polling. One class per
 * use case: {@link org.warta.pipeline.ingest.ArticleIngest}, {@link
 * org.warta.pipeline.archive.ArchiveImport}, {@link org.warta.pipeline.index.IndexSync}, {@link
 * org.warta.pipeline.refresh.SourceRefresh}, {@link org.warta.pipeline.refresh.PollingRound}.
 */
@NullMarked
package org.warta.pipeline;

import org.jspecify.annotations.NullMarked;
