package org.warta.store.jdbc;

import org.warta.store.AccountRepository;
import org.warta.store.ArticleRepository;
import org.warta.store.BulkLoad;
import org.warta.store.CheckpointRepository;
import org.warta.store.DatabaseUrl;
import org.warta.store.FolderRepository;
import org.warta.store.KeptFeedRepository;
import org.warta.store.PollHintRepository;
import org.warta.store.Retention;
import org.warta.store.SourceRepository;
import org.warta.store.StorageReport;
import org.warta.store.Store;
import org.warta.store.StoryRepository;
import org.warta.store.UrlPatternRepository;
import org.warta.store.UrlStateRepository;
import org.warta.store.WebSubRepository;

/** The store on a JDBC database (SQLite or PostgreSQL). */
public final class JdbcStore implements Store {
  private final Database db;
  private final SourceRepository sources;
  private final ArticleRepository articles;
  private final StoryRepository stories;
  private final UrlStateRepository urlStates;
  private final CheckpointRepository checkpoints;
  private final FolderRepository folders;
  private final UrlPatternRepository urlPatterns;
  private final WebSubRepository webSub;
  private final PollHintRepository pollHints;
  private final KeptFeedRepository keptFeeds;
  private final AccountRepository accounts;
  private final Retention retention;
  private final BulkLoad bulk;

  private JdbcStore(Database db) {
    this.db = db;
    this.sources = new JdbcSources(db);
    this.articles = new JdbcArticles(db);
    this.stories = new JdbcStories(db);
    this.urlStates = new JdbcUrlStates(db);
    this.checkpoints = new JdbcCheckpoints(db);
    this.folders = new JdbcFolders(db);
    this.urlPatterns = new JdbcUrlPatterns(db);
    this.webSub = new JdbcWebSub(db);
    this.pollHints = new JdbcPollHints(db);
    this.keptFeeds = new JdbcKeptFeeds(db);
    this.accounts = new JdbcAccounts(db);
    this.retention = new JdbcRetention(db);
    this.bulk = new JdbcBulkLoad(db);
  }

  /** Opens and migrates the database. */
  public static JdbcStore open(DatabaseUrl url) {
    return new JdbcStore(Database.open(url));
  }

  /** A store whose pool keeps at most {@code connections} connections open. */
  public static JdbcStore open(DatabaseUrl url, int connections) {
    return new JdbcStore(Database.open(url, connections));
  }

  @Override
  public DatabaseUrl url() {
    return db.url();
  }

  @Override
  public SourceRepository sources() {
    return sources;
  }

  @Override
  public ArticleRepository articles() {
    return articles;
  }

  @Override
  public StoryRepository stories() {
    return stories;
  }

  @Override
  public UrlStateRepository urlStates() {
    return urlStates;
  }

  @Override
  public CheckpointRepository checkpoints() {
    return checkpoints;
  }

  @Override
  public Retention retention() {
    return retention;
  }

  @Override
  public BulkLoad bulk() {
    return bulk;
  }

  @Override
  public StorageReport storageReport() {
    return JdbcStorage.report(db);
  }

  @Override
  public AccountRepository accounts() {
    return accounts;
  }

  @Override
  public FolderRepository folders() {
    return folders;
  }

  @Override
  public UrlPatternRepository urlPatterns() {
    return urlPatterns;
  }

  @Override
  public WebSubRepository webSub() {
    return webSub;
  }

  @Override
  public PollHintRepository pollHints() {
    return pollHints;
  }

  @Override
  public KeptFeedRepository keptFeeds() {
    return keptFeeds;
  }

  @Override
  public void close() {
    db.close();
  }
}
