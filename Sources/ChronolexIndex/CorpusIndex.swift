import ChronolexAmendments
import ChronolexModel
import Foundation
import GRDB

/// A corpus of acts — thousands of files in folders, as a jurist's office or Lex Iterata
/// keeps them — in one SQLite database: each act's metadata, its articles for full-text
/// search, and the amendment graph (which act amends which, from `modifies:` and from the
/// instructions' own citations). An act is asked for by its numac; the acts that amend it
/// are found by the index, not named by the jurist.
public struct CorpusIndex: Sendable {
    /// The database file.
    public let path: String
    let database: DatabaseQueue

    /// Opens the index at `path`, creating it (and its tables) when it does not exist.
    public init(path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.prepareDatabase { db in
            // One writer at a time; readers (a server) never wait for it.
            try db.execute(sql: "PRAGMA journal_mode = WAL")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
        }
        database = try DatabaseQueue(path: path, configuration: configuration)
        try Schema.migrator.migrate(database)
    }

    /// An index held in memory (a reading room over files given on the command line).
    public static func inMemory() throws -> CorpusIndex {
        try CorpusIndex(queue: DatabaseQueue(), path: "(in memory)")
    }

    private init(queue: DatabaseQueue, path: String) throws {
        self.path = path
        database = queue
        try Schema.migrator.migrate(database)
    }

    /// Opens an index that must exist (for the commands that only read it).
    public static func existing(path: String) throws -> CorpusIndex {
        guard FileManager.default.fileExists(atPath: path) else { throw IndexError("no index at \(path): build it with 'chronolex index DIR… --db \(path)'") }
        let index = try CorpusIndex(path: path)
        // Files read by an earlier chronolex, whose acts' date fixings the index lacks.
        let stale = try index.database.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file WHERE status = 'stale'") ?? 0 }
        if stale > 0 {
            throw IndexError("the index \(path) holds \(stale) file(s) read by an earlier chronolex, without the acts that fix other acts' dates: build it again with 'chronolex index DIR… --db \(path)'")
        }
        return index
    }

    // MARK: Questions

    /// The acts with this numac (several when the corpus holds several texts of one act:
    /// the act as published, Justel states), the latest Justel state first.
    public func acts(numac: String) throws -> [IndexedAct] {
        try database.read { db in
            try IndexedAct.fetchAll(db, sql: """
                SELECT act.*, file.path FROM act JOIN file ON file.id = act.file_id
                WHERE act.numac = ? ORDER BY act.justel_state IS NULL, act.justel_state DESC, file.path
                """, arguments: [numac])
        }
    }

    /// The acts that amend the act with this numac, in the order of their publication
    /// (then their dates), each with how the index knows it (`modifies:`, an
    /// instruction's citation, or `fixing`: it fixes the date of the act's own pending
    /// articles) and how many of its edits are aimed at it.
    public func amendingActs(of numac: String) throws -> [Amendment] {
        try database.read { db in
            try Amendment.fetchAll(db, sql: """
                SELECT act.*, file.path, MAX(citation.edits) AS edits, GROUP_CONCAT(DISTINCT citation.via) AS via
                FROM citation JOIN act ON act.id = citation.act_id JOIN file ON file.id = act.file_id
                WHERE citation.target = ? AND (act.numac IS NULL OR act.numac != ?)
                GROUP BY act.id
                ORDER BY COALESCE(act.publication, act.date), act.date, file.path
                """, arguments: [numac, numac])
        }
    }

    /// The citations of acts that the index could not tie to one numac: absent from the
    /// corpus, or matching several acts (`ambiguous`), never guessed.
    public func unresolvedCitations(amending numac: String? = nil) throws -> [UnresolvedCitation] {
        try database.read { db in
            var sql = """
                SELECT citation.*, act.numac AS amendingNumac, file.path AS path FROM citation
                JOIN act ON act.id = citation.act_id JOIN file ON file.id = act.file_id
                WHERE citation.status != 'resolved'
                """
            var arguments: StatementArguments = []
            if let numac {
                sql += " AND act.numac = ?"
                arguments = [numac]
            }
            return try UnresolvedCitation.fetchAll(db, sql: sql + " ORDER BY file.path, citation.id", arguments: arguments)
        }
    }

    /// The articles whose words hold all of `words` (full text, accents and case ignored),
    /// best first.
    public func search(_ words: String, limit: Int = 20) throws -> [SearchHit] {
        let query = Self.ftsQuery(words)
        guard !query.isEmpty else { return [] }
        return try database.read { db in
            try SearchHit.fetchAll(db, sql: """
                SELECT act.numac, act.kind, act.date, act.title, act.authority, file.path, hit.number, hit.excerpt
                FROM (SELECT act_id, number, snippet(article, 2, '[', ']', '…', 12) AS excerpt, rank
                      FROM article WHERE article MATCH ? ORDER BY rank LIMIT ?) AS hit
                JOIN act ON act.id = hit.act_id JOIN file ON file.id = act.file_id
                ORDER BY hit.rank
                """, arguments: [query, limit])
                // One line: the alinéas of an article are lines of its indexed text (look 30).
                .map { hit in
                    var hit = hit
                    hit.excerpt = hit.excerpt.split(whereSeparator: \.isNewline).joined(separator: " ")
                    return hit
                }
        }
    }

    /// The acts whose title holds all of `words`.
    public func findTitles(_ words: String, limit: Int = 20) throws -> [IndexedAct] {
        let terms = Self.terms(words)
        guard !terms.isEmpty else { return [] }
        return try database.read { db in
            let conditions = terms.map { _ in "act.title_folded LIKE ?" }.joined(separator: " AND ")
            return try IndexedAct.fetchAll(db, sql: "SELECT act.*, file.path FROM act JOIN file ON file.id = act.file_id WHERE \(conditions) ORDER BY act.date DESC LIMIT ?",
                                           arguments: StatementArguments(terms.map { "%\($0)%" } + [limit]))
        }
    }

    /// How many files, acts, articles and citations the index holds.
    public func counts() throws -> (files: Int, acts: Int, articles: Int, citations: Int, unreadable: Int) {
        try database.read { db in
            (try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM act") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM article") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM citation") ?? 0,
             try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM file WHERE status = 'error'") ?? 0)
        }
    }

    /// The files that could not be read as acts, with their first error.
    public func unreadableFiles() throws -> [(path: String, diagnostics: String)] {
        try database.read { db in
            try Row.fetchAll(db, sql: "SELECT path, diagnostics FROM file WHERE status = 'error' ORDER BY path").map { ($0["path"], $0["diagnostics"]) }
        }
    }

    // MARK: Words

    /// The words of a query as the search reads them: folded (lower case, no accents),
    /// letters and digits only, at most ``maximumTerms``.
    public static func searchTerms(_ words: String) -> [String] { terms(words) }

    static func terms(_ words: String) -> [String] {
        Array(self.words(words).prefix(maximumTerms))
    }

    /// The words of a query searched, at most: those after are not.
    public static let maximumTerms = 16

    /// Every word of a text as the search reads it: folded (accents and case), cut at
    /// anything but letters and digits.
    public static func words(_ text: String) -> [String] {
        Folding.fold(text).split { !($0.isLetter || $0.isNumber) }.map(String.init)
    }

    /// An FTS5 query that holds every term, each quoted (so that no word of the jurist's is
    /// read as FTS5 syntax).
    static func ftsQuery(_ words: String) -> String {
        terms(words).map { "\"\($0)\"" }.joined(separator: " AND ")
    }
}

/// Why the index cannot answer.
public struct IndexError: Error, CustomStringConvertible, Sendable {
    public var description: String
    public init(_ description: String) { self.description = description }
}

/// An act as the index knows it.
public struct IndexedAct: FetchableRecord, Sendable, Hashable {
    public var numac: String?
    public var kind: ActKind?
    public var date: LegalDate?
    public var title: String?
    public var publication: LegalDate?
    public var authority: String?
    public var eli: String?
    /// For a Justel consolidation, the date of its state ("mise à jour au …").
    public var justelState: LegalDate?
    public var amending: Bool
    public var path: String

    public init(row: Row) {
        numac = row["numac"]
        kind = (row["kind"] as String?).flatMap(ActKind.init(rawValue:))
        date = (row["date"] as String?).flatMap(LegalDate.init)
        title = row["title"]
        publication = (row["publication"] as String?).flatMap(LegalDate.init)
        authority = row["authority"]
        eli = row["eli"]
        justelState = (row["justel_state"] as String?).flatMap(LegalDate.init)
        amending = row["amending"]
        path = row["path"]
    }
}

/// An act that amends another, as the amendment graph shows it.
public struct Amendment: FetchableRecord, Sendable {
    public var act: IndexedAct
    /// How the index knows: `modifies` (front matter), `instruction` (its instructions cite
    /// the act), or both.
    public var via: [String]
    /// How many of its edits are aimed at the act (0 when known from `modifies:` alone).
    public var edits: Int

    public init(row: Row) {
        act = IndexedAct(row: row)
        via = ((row["via"] as String?) ?? "").split(separator: ",").map(String.init).sorted()
        edits = row["edits"] ?? 0
    }
}

/// A citation the index could not tie to one act.
public struct UnresolvedCitation: FetchableRecord, Sendable {
    public var path: String
    public var amendingNumac: String?
    public var kind: String?
    public var date: String?
    public var title: String?
    /// `unresolved` (no act of the corpus matches) or `ambiguous` (several do).
    public var status: String
    /// For an ambiguous citation, the numacs it could mean.
    public var candidates: [String]

    public init(row: Row) {
        path = row["path"]
        amendingNumac = row["amendingNumac"]
        kind = row["kind"]
        date = row["date"]
        title = row["title"]
        status = row["status"]
        candidates = ((row["candidates"] as String?) ?? "").split(separator: ",").map(String.init)
    }

    /// The citation in words: `arrêté royal du 2013-08-30 relatif aux procédures …`.
    public var description: String {
        [kind.flatMap(ActKind.init(rawValue:))?.frenchName.lowercased() ?? kind, date.map { "du \($0)" }, title].compactMap { $0 }.joined(separator: " ")
    }
}

/// An article found by its words.
public struct SearchHit: FetchableRecord, Sendable {
    public var numac: String?
    public var kind: ActKind?
    public var date: LegalDate?
    public var title: String?
    public var authority: String?
    public var path: String
    public var article: String
    /// The words around the match, the matched words in [ ].
    public var excerpt: String
    /// On a date: why the article's text on that date is not certain (the first error that
    /// can reach it: an instruction not read or not applied, a text not in the input), `nil`
    /// when nothing can.
    public var uncertain: String? = nil

    public init(row: Row) {
        numac = row["numac"]
        kind = (row["kind"] as String?).flatMap(ActKind.init(rawValue:))
        date = (row["date"] as String?).flatMap(LegalDate.init)
        title = row["title"]
        authority = row["authority"]
        path = row["path"]
        article = row["number"]
        excerpt = row["excerpt"]
    }
}
