import GRDB

/// The tables of the index. One row per file read (with what was found wrong in it), one
/// per act (a file holds one act; two files may hold the same numac, both kept), its
/// articles (and their full-text index), and every act an amending act cites, with the
/// numac it was resolved to or why it was not.
enum Schema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: """
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,
                    size INTEGER NOT NULL,
                    mtime REAL NOT NULL,
                    hash TEXT NOT NULL,
                    status TEXT NOT NULL,            -- 'ok' | 'error'
                    diagnostics TEXT NOT NULL DEFAULT ''
                );
                CREATE TABLE act (
                    id INTEGER PRIMARY KEY,
                    file_id INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                    numac TEXT,
                    kind TEXT,
                    date TEXT,                       -- ISO dates throughout
                    title TEXT,
                    title_folded TEXT,               -- lower case, no accents: for title search
                    publication TEXT,
                    authority TEXT,
                    eli TEXT,
                    justel_state TEXT,               -- a Justel consolidation's "mise à jour au"
                    amending INTEGER NOT NULL,
                    language TEXT
                );
                CREATE INDEX act_numac ON act(numac);
                CREATE INDEX act_date ON act(date);
                CREATE INDEX act_file ON act(file_id);
                CREATE TABLE article (
                    id INTEGER PRIMARY KEY,
                    act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                    number TEXT NOT NULL,
                    text TEXT NOT NULL
                );
                CREATE INDEX article_act ON article(act_id);
                CREATE VIRTUAL TABLE article_fts USING fts5(
                    text, content='article', content_rowid='id', tokenize='unicode61 remove_diacritics 2'
                );
                CREATE TRIGGER article_ai AFTER INSERT ON article BEGIN
                    INSERT INTO article_fts(rowid, text) VALUES (new.id, new.text);
                END;
                CREATE TRIGGER article_ad AFTER DELETE ON article BEGIN
                    INSERT INTO article_fts(article_fts, rowid, text) VALUES ('delete', old.id, old.text);
                END;
                CREATE TABLE citation (
                    id INTEGER PRIMARY KEY,
                    act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                    via TEXT NOT NULL,               -- 'modifies' | 'instruction'
                    numac TEXT,                      -- as the amending act gives it, if it does
                    kind TEXT,
                    date TEXT,
                    title TEXT,
                    edits INTEGER NOT NULL,          -- edits aimed at it
                    target TEXT,                     -- the numac resolved to
                    status TEXT NOT NULL DEFAULT 'unresolved', -- 'resolved' | 'ambiguous' | 'unresolved'
                    candidates TEXT                  -- an ambiguous citation's numacs
                );
                CREATE INDEX citation_target ON citation(target);
                CREATE INDEX citation_act ON citation(act_id);
                """)
        }
        return migrator
    }
}
