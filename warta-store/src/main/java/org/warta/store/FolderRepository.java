package org.warta.store;

import java.util.List;
import java.util.Map;
import org.warta.core.SourceId;

/**
 * The folders each source sits in, outermost first (as OPML 2.0 outlines nest them): kept so that
 * {@code warta sources export-opml} gives back the tree {@code import-opml} read.
 */
public interface FolderRepository {

  /** The folder path of a source; empty when it sits at the top level. */
  List<String> folders(SourceId source);

  /** Replaces the folder path of a source (an empty list puts it at the top level). */
  void setFolders(SourceId source, List<String> folders);

  /** The folder path of every source that sits in a folder. */
  Map<SourceId, List<String>> all();
}
