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
                    status TEXT NOT NULL,            -- 'ok' | 'error' (| 'stale': v2)
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
                -- The articles' words, held once, in the full-text index itself (no position
                -- data: a query is words that must all stand in the article). An article's
                -- rowid is its act's id × 100,000 + its rank, so that an act's articles go
                -- by a range of rowids.
                CREATE VIRTUAL TABLE article USING fts5(
                    act_id UNINDEXED, number UNINDEXED, text,
                    tokenize='unicode61 remove_diacritics 2', detail=none
                );
                CREATE TRIGGER act_ad AFTER DELETE ON act BEGIN
                    DELETE FROM article WHERE rowid BETWEEN old.id * 100000 AND old.id * 100000 + 99999;
                END;
                CREATE TABLE citation (
                    id INTEGER PRIMARY KEY,
                    act_id INTEGER NOT NULL REFERENCES act(id) ON DELETE CASCADE,
                    via TEXT NOT NULL,               -- 'modifies' | 'instruction' (| 'fixing': v2; | 'unsaid': v3)
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
        // v2: citations `via = 'fixing'` (an act fixing the date of another's pending
        // articles). An index built before holds none: every file it read is marked
        // 'stale' (and its size and hash forgotten), so that the next 'chronolex index'
        // reads it again, and the commands that only read the index refuse it until then.
        migrator.registerMigration("v2") { db in
            try db.execute(sql: "UPDATE file SET status = 'stale', size = -1, hash = '' WHERE status = 'ok'")
        }
        // v3: citations `via = 'unsaid'` (an act whose instructions amend another act while
        // it does not say so, look 33): every file read again, as for v2.
        migrator.registerMigration("v3") { db in
            try db.execute(sql: "UPDATE file SET status = 'stale', size = -1, hash = '' WHERE status = 'ok'")
        }
        return migrator
    }
}
