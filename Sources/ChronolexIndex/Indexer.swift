import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import GRDB

/// What one run of the indexer did.
public struct IndexRun: Sendable {
    /// Files found under the folders.
    public var files = 0
    /// Files read (new or changed), and their bytes.
    public var read = 0
    public var bytes = 0
    /// Files whose size or date changed but whose content did not.
    public var touched = 0
    /// Files left as they were indexed.
    public var unchanged = 0
    /// Files that are gone since the last run (their acts taken out of the index).
    public var removed = 0
    /// Files that could not be read as acts, with their first errors.
    public var unreadable: [(path: String, diagnostics: String)] = []
    /// Citations of acts the index could not tie to one numac, after this run.
    public var unresolved = 0
    public var ambiguous = 0
    /// Wall-clock seconds.
    public var seconds = 0.0
}

/// Where the indexer is, for a progress line.
public struct IndexProgress: Sendable {
    public var done: Int
    public var total: Int
    public var bytes: Int
    public var seconds: Double
}

extension CorpusIndex {
    /// Indexes every act under `folders` (`.md`, `.txt`, `.html` files, `README.md` and
    /// `PROVENANCE*.md` excepted), reading them on every core; a file whose size and date
    /// are those of the last run is not read again, one whose content hash is unchanged
    /// only has its date updated, and the acts of files that are gone are taken out. One
    /// bad file never stops the run: it is recorded with its diagnostics.
    public func update(folders: [String], progress: (@Sendable (IndexProgress) -> Void)? = nil) throws -> IndexRun {
        let start = Date()
        var run = IndexRun()
        let paths = Self.files(under: folders)
        run.files = paths.count
        let known: [String: (size: Int, mtime: Double, hash: String)] = try database.read { db in
            var result: [String: (Int, Double, String)] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT path, size, mtime, hash FROM file") {
                result[row["path"]] = (row["size"], row["mtime"], row["hash"])
            }
            return result
        }
        // What changed since the last run, by size and date.
        var toRead: [(path: String, size: Int, mtime: Double)] = []
        for path in paths {
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: path) else { continue }
            let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
            let mtime = (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            if let old = known[path], old.size == size, old.mtime == mtime {
                run.unchanged += 1
            } else {
                toRead.append((path, size, mtime))
            }
        }
        // Files gone from the folders indexed.
        let present = Set(paths)
        let prefixes = folders.map { URL(fileURLWithPath: $0).standardizedFileURL.path }
        let gone = known.keys.filter { path in !present.contains(path) && prefixes.contains { path.hasPrefix($0) } }
        run.removed = gone.count
        try database.write { db in
            for path in gone { try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path]) }
        }
        // Read in batches on every core; write each batch in one transaction.
        let total = toRead.count
        var done = 0
        var bytes = 0
        let batchSize = 64
        for batchStart in stride(from: 0, to: toRead.count, by: batchSize) {
            let batch = Array(toRead[batchStart..<min(toRead.count, batchStart + batchSize)])
            let records = FileRecord.read(batch.map { ($0.path, $0.size, $0.mtime) }, knownHashes: known.mapValues(\.hash))
            try database.write { db in
                for record in records { try record.store(in: db) }
            }
            for record in records {
                switch record.outcome {
                case .touched: run.touched += 1
                case .read:
                    run.read += 1
                    run.bytes += record.size
                    if record.status == "error" { run.unreadable.append((record.path, record.diagnostics)) }
                }
            }
            done += batch.count
            bytes += batch.reduce(0) { $0 + $1.size }
            progress?(IndexProgress(done: done, total: total, bytes: bytes, seconds: Date().timeIntervalSince(start)))
        }
        // The graph: every citation resolved again (new acts may resolve old citations).
        try database.write { db in try Resolution.resolveAll(db) }
        let unresolved = try unresolvedCitations()
        run.unresolved = unresolved.filter { $0.status == "unresolved" }.count
        run.ambiguous = unresolved.filter { $0.status == "ambiguous" }.count
        run.seconds = Date().timeIntervalSince(start)
        return run
    }

    /// The files to index under the folders (or the files given), sorted, as absolute paths.
    static func files(under folders: [String]) -> [String] {
        var result: [String] = []
        for folder in folders {
            // A folder given as a symbolic link is the folder it points to (the enumerator
            // would not enter the link itself).
            let url = URL(fileURLWithPath: folder).standardizedFileURL.resolvingSymlinksInPath()
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { continue }
            if !isDirectory.boolValue {
                result.append(url.path)
                continue
            }
            guard let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles]) else { continue }
            for case let file as URL in enumerator where isActFile(file.lastPathComponent) {
                // A folder named like an act (`x.md`) is walked, not read as a file (look 26).
                if (try? file.resourceValues(forKeys: [.isDirectoryKey]))?.isDirectory == true { continue }
                result.append(file.standardizedFileURL.path)
            }
        }
        return Array(Set(result)).sorted()
    }

    /// `.md`, `.txt`, `.html`, `.htm`; not `README.md`, `PROVENANCE*.md`.
    static func isActFile(_ name: String) -> Bool {
        let lower = name.lowercased()
        guard lower.hasSuffix(".md") || lower.hasSuffix(".txt") || lower.hasSuffix(".html") || lower.hasSuffix(".htm") else { return false }
        return lower != "readme.md" && !lower.hasPrefix("provenance")
    }
}

/// One file as read for the index: its act, articles and citations, or why it is none.
struct FileRecord: Sendable {
    enum Outcome: Sendable { case read, touched }
    var path: String
    var size: Int
    var mtime: Double
    var hash: String
    var outcome: Outcome
    var status = "ok"
    var diagnostics = ""
    var act: ActMetadata?
    var amending = false
    var articles: [(number: String, text: String)] = []
    var citations: [Citation] = []

    struct Citation: Sendable {
        var via: String
        var numac: String?
        var kind: ActKind?
        var date: LegalDate?
        var title: String?
        var edits: Int
    }

    /// Reads the files on every core (each file by one thread).
    static func read(_ files: [(path: String, size: Int, mtime: Double)], knownHashes: [String: String]) -> [FileRecord] {
        let results = Results(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { k in
            let file = files[k]
            results.set(k, FileRecord(path: file.path, size: file.size, mtime: file.mtime, knownHash: knownHashes[file.path]))
        }
        return results.values
    }

    /// The results of a parallel read, each slot written by one thread.
    final class Results: @unchecked Sendable {
        private var slots: [FileRecord?]
        private let lock = NSLock()
        init(count: Int) { slots = Array(repeating: nil, count: count) }
        func set(_ k: Int, _ value: FileRecord) {
            lock.lock()
            slots[k] = value
            lock.unlock()
        }
        var values: [FileRecord] { slots.compactMap { $0 } }
    }

    init(path: String, size: Int, mtime: Double, knownHash: String?) {
        self.path = path
        self.size = size
        self.mtime = mtime
        // A named pipe, a socket, a device: never opened (look 26).
        if let kind = FileKind.nonRegular(path) {
            hash = ""
            outcome = .read
            status = "error"
            diagnostics = "not a regular file (\(kind)): skipped"
            return
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            hash = ""
            outcome = .read
            status = "error"
            diagnostics = "the file cannot be read"
            return
        }
        let bytes = [UInt8](data)
        hash = Self.fnv1a(bytes)
        if let knownHash, knownHash == hash {
            outcome = .touched
            return
        }
        outcome = .read
        let result = ActReader.read(bytes: bytes, file: path)
        let errors = result.diagnostics.filter { $0.severity == .error }
        guard let act = result.act, errors.isEmpty else {
            status = "error"
            diagnostics = errors.prefix(5).map(\.description).joined(separator: "\n")
            if diagnostics.isEmpty { diagnostics = "not an act" }
            return
        }
        self.act = act.metadata
        for article in act.articles {
            articles.append((ArticleNumber.normalized(article.number), TextRenderer.render(article)))
        }
        amending = Workspace.isAmending(act)
        for numac in act.metadata.modifies {
            citations.append(Citation(via: "modifies", numac: numac, edits: 0))
        }
        if Workspace.readsInstructions(act) {
            // The acts its instructions cite, each once, with how many edits aim at it.
            let read = InstructionReader.read(act, file: path)
            citations += Self.cited(read.edits, via: "instruction")
            // The acts whose dates it fixes (« L'article 2 de l'arrêté royal du 10 janvier
            // 2015 modifiant … entre en vigueur le 1er juillet 2016 »), each once: a
            // consolidation of the act they amend takes this act too. Not its own articles
            // (a Justel note of the act's own dates).
            var fixed = Set<ActCitation>()
            for fixing in read.fixings where !Consolidation.matches(fixing.act, act) && fixed.insert(fixing.act).inserted {
                citations.append(Citation(via: "fixing", numac: fixing.act.numac, kind: fixing.act.kind, date: fixing.act.date, title: fixing.act.title, edits: 0))
            }
        } else {
            // An act that amends others without saying so (« Arrêté royal portant diverses
            // dispositions », no `modifies:`): the acts its instructions change, `unsaid`, read
            // as a folder's consolidation reads them (``Workspace/unsaidAmendments(in:file:)``).
            // A consolidation from the index takes it, and the workspace says it is not applied
            // (look 33: left out of the index, the act printed unamended, without a word).
            citations += Self.cited(Workspace.unsaidAmendments(in: act, file: path), via: "unsaid")
        }
    }

    /// The acts these edits cite, each once, with how many edits aim at it.
    static func cited(_ edits: [Edit], via: String) -> [Citation] {
        var counts: [ActCitation: Int] = [:]
        var order: [ActCitation] = []
        for edit in edits {
            guard let cited = edit.targetAct else { continue }
            if counts[cited] == nil { order.append(cited) }
            counts[cited, default: 0] += 1
        }
        return order.map { Citation(via: via, numac: $0.numac, kind: $0.kind, date: $0.date, title: $0.title, edits: counts[$0] ?? 0) }
    }

    /// Replaces what the index held for this file.
    func store(in db: Database) throws {
        if outcome == .touched {
            try db.execute(sql: "UPDATE file SET size = ?, mtime = ? WHERE path = ?", arguments: [size, mtime, path])
            return
        }
        try db.execute(sql: "DELETE FROM file WHERE path = ?", arguments: [path])
        try db.execute(sql: "INSERT INTO file (path, size, mtime, hash, status, diagnostics) VALUES (?, ?, ?, ?, ?, ?)",
                       arguments: [path, size, mtime, hash, status, diagnostics])
        let fileID = db.lastInsertedRowID
        guard let act else { return }
        try db.execute(sql: """
            INSERT INTO act (file_id, numac, kind, date, title, title_folded, publication, authority, eli, justel_state, amending, language)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [fileID, act.numac, act.kind?.rawValue, act.date?.iso, act.title, act.title.map(Folding.fold),
                             act.publication?.iso, act.source, act.eli, act.consolidatedOn?.iso, amending, act.language?.rawValue])
        let actID = db.lastInsertedRowID
        let insertArticle = try db.cachedStatement(sql: "INSERT INTO article (rowid, act_id, number, text) VALUES (?, ?, ?, ?)")
        for (rank, article) in articles.prefix(99_999).enumerated() {
            try insertArticle.execute(arguments: [actID * 100_000 + Int64(rank), actID, article.number, article.text])
        }
        let insertCitation = try db.cachedStatement(sql: "INSERT INTO citation (act_id, via, numac, kind, date, title, edits) VALUES (?, ?, ?, ?, ?, ?, ?)")
        for citation in citations {
            try insertCitation.execute(arguments: [actID, citation.via, citation.numac, citation.kind?.rawValue, citation.date?.iso, citation.title, citation.edits])
        }
    }

    /// A 64-bit FNV-1a hash of the bytes, in hexadecimal: enough to tell a changed file.
    static func fnv1a(_ bytes: [UInt8]) -> String {
        var hash: UInt64 = 0xcbf29ce484222325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100000001b3
        }
        return String(hash, radix: 16)
    }
}
