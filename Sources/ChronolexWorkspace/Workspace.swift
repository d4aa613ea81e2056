import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import Foundation

/// The acts a jurist works with — files, folders, or texts held in memory — sorted into
/// base acts and amending acts, with the edits read from the amending acts; and the
/// questions Chronolex answers about them (a base act's timeline, the act or one unit on
/// a date, its history, what each instruction did, the changes between two dates, the
/// comparison with an official text). Every front end — the command line, an index, a
/// server — asks the same questions here and only renders the answers.
public struct Workspace: Sendable {
    /// One act given, and what reading it as an amending act gave.
    public struct Document: Sendable {
        public var act: Act
        public var file: String
        /// True when the act says it amends others (`modifies:`, its title): its
        /// instructions are read.
        public var amends: Bool
        /// Its edits (indices into ``Workspace/shared``) and what reading them found.
        public var edits: Range<Int>
        public var instructionDiagnostics: [Diagnostic]
    }

    public private(set) var documents: [Document] = []
    /// The documents by the date of their act, for the acts of one day a citation may name.
    private(set) var documentsByDate: [LegalDate: [Int]] = [:]
    /// The edits, each held once, for timelines to refer to.
    public private(set) var shared: [SharedEdit] = []
    /// The indices in ``shared`` of the edits that replace an act's title (« L'intitulé …
    /// est remplacé »): a citation by a title one of them wrote names that act (look 42).
    private(set) var titleReplacements: [Int] = []
    /// The acts the instructions cite, with the files that cite them (``isAmended(_:)``).
    private var citedActs = CitedActs()
    /// Dates that acts fix for other acts' pending edits.
    public private(set) var fixings: [DateFixing] = []
    /// Problems found while reading the files (errors and warnings), in the order of the inputs.
    public private(set) var readingDiagnostics: [Diagnostic] = []
    /// The instructions of the acts not read as amending, read once each when a
    /// consolidation first asks whether they amend its base (``unsaidAmendments(of:knownOn:)``).
    private(set) var otherActReadings = OtherActReadings()

    public var edits: [Edit] { shared.map(\.edit) }

    /// Every problem found: reading the files, then reading the instructions.
    public var diagnostics: [Diagnostic] { readingDiagnostics + documents.flatMap(\.instructionDiagnostics) }

    /// The acts that say they amend others.
    public var amending: [Act] { documents.filter(\.amends).map(\.act) }

    /// The acts that can be consolidated: those that amend nothing, and those the others
    /// amend — any act can be both amended and amending. Several texts of one act (the act
    /// as published, Justel's states) are one act: its earliest text stands for it, the
    /// others are its checkpoints (``texts(of:)``).
    public var bases: [Act] {
        Self.earliestTexts(documents.filter { document in !document.amends || isAmended(document) }).map(\.act)
    }

    /// Every text given of the act `base` is a text of (same numac), earliest first: the act
    /// as published, then Justel's states by their update dates ("mise à jour au").
    public func texts(of base: Act) -> [Act] {
        guard let numac = base.metadata.numac else { return [base] }
        return Self.stateOrder(documents.filter { $0.act.metadata.numac == numac && (!$0.amends || isAmended($0)) }).map(\.act)
    }

    /// Texts in the order of what they show: the act as published (no state date) first,
    /// then Justel's states by date; ties in the order given.
    static func stateOrder(_ documents: [Document]) -> [Document] {
        documents.enumerated().sorted { lhs, rhs in
            let a = lhs.element.act.metadata.consolidatedOn?.ordinal ?? Int.min
            let b = rhs.element.act.metadata.consolidatedOn?.ordinal ?? Int.min
            return (a, lhs.offset) < (b, rhs.offset)
        }.map(\.element)
    }

    /// One document per act: the earliest text of each numac, in the order given.
    static func earliestTexts(_ documents: [Document]) -> [Document] {
        var earliest: [String: Document] = [:]
        for document in stateOrder(documents).reversed() {
            if let numac = document.act.metadata.numac { earliest[numac] = document }
        }
        var seen = Set<String>()
        return documents.filter { document in
            guard let numac = document.act.metadata.numac else { return true }
            return earliest[numac]?.file == document.file && seen.insert(numac).inserted
        }
    }

    /// Two texts of one act that both say nothing of their state (two acts "as published"):
    /// which one shows the act is unknown. Two files that hold the same bytes (a copy in
    /// another folder) are one text, as the index reads them (look 30).
    func ambiguousTexts(_ numac: String) -> Diagnostic? {
        let undated = documents.filter { $0.act.metadata.numac == numac && $0.act.metadata.consolidatedOn == nil && (!$0.amends || isAmended($0)) }
        guard undated.count > 1 else { return nil }
        let contents = undated.map { FileManager.default.contents(atPath: $0.file) }
        if let first = contents[0], contents.allSatisfy({ $0 == first }) { return nil }
        return .error("\(undated.count) texts of act \(numac) say no state date ('mise à jour au'): \(undated.map(\.file).joined(separator: ", ")); give one of them, or Justel's consolidations with their dates",
                      file: "input", line: nil)
    }

    public init() {}

    /// Reads every file given, and every `.md`, `.txt` and `.html` file of every directory
    /// given (sorted by name; `README.md` and `PROVENANCE*.md` are not acts).
    /// A file of `alreadyRead` given again by the same path, unchanged, is not read again
    /// (`check` whose official text is also its base).
    public init(paths: [String], alreadyRead: [ActFile] = []) {
        for file in Self.expand(paths, diagnostics: &readingDiagnostics) {
            if let read = alreadyRead.first(where: { $0.isCurrent(as: file) }) {
                add(read.result, file: file)
            } else {
                add(ActReader.read(path: file), file: file)
            }
        }
    }

    /// Reads acts held in memory, each with the name its diagnostics give.
    public init(texts: [(name: String, text: String)]) {
        for (name, text) in texts { add(text: text, name: name) }
    }

    /// Reads one more act from text held in memory.
    public mutating func add(text: String, name: String) {
        add(ActReader.read(text: text, file: name), file: name)
    }

    /// Adds an act already read; when it says it amends others, its instructions are read now.
    public mutating func add(_ result: ReadResult, file: String) {
        readingDiagnostics += result.diagnostics
        guard let act = result.act, !result.hasErrors else { return }
        let start = shared.count
        var document = Document(act: act, file: file, amends: Self.isAmending(act), edits: start..<start, instructionDiagnostics: [])
        if document.amends {
            let read = InstructionReader.read(act, file: file)
            shared += read.edits.map(SharedEdit.init)
            for (offset, edit) in read.edits.enumerated() {
                if let cited = edit.targetAct { citedActs.add(cited, file: file) }
                if edit.target.steps == [.heading], case .replaceUnits? = edit.change { titleReplacements.append(start + offset) }
            }
            fixings += read.fixings
            document.instructionDiagnostics = read.diagnostics
            document.edits = start..<shared.count
        } else if Self.readsInstructions(act) {
            // An act read for the dates it fixes only: its fixings, nothing of its own
            // provisions (look 25: they were warned about in every consolidation of a folder).
            let read = InstructionReader.read(act, file: file)
            fixings += read.fixings
            ownReadings().store(Self.aimedElsewhere(read.edits), for: documents.count)
        }
        // A copy made before this act shares the readings: they are this workspace's own now.
        _ = ownReadings()
        if let date = act.metadata.date { documentsByDate[date, default: []].append(documents.count) }
        documents.append(document)
    }

    /// The readings of other acts, this workspace's own before one is added: a copy made
    /// earlier keeps what it had (its documents are numbered as these were then).
    private mutating func ownReadings() -> OtherActReadings {
        if !isKnownUniquelyReferenced(&otherActReadings) { otherActReadings = otherActReadings.copy() }
        return otherActReadings
    }

    /// The edits read without error from the instructions of the document at `index`, an
    /// act not read as amending, that change an act they name: read the first time they are
    /// asked for, then kept.
    func instructionEdits(ofDocument index: Int) -> [Edit] {
        otherActReadings.edits(for: index) {
            Self.unsaidAmendments(in: documents[index].act, file: documents[index].file)
        }
    }

    /// The edits read without error from the instructions of an act that does not say it
    /// amends others (no `modifies:`, no « modifiant » in its title), that change an act they
    /// name: what ``unsaidAmendments(of:knownOn:)`` reports, for a folder and for an index alike.
    public static func unsaidAmendments(in act: Act, file: String) -> [Edit] {
        aimedElsewhere(InstructionReader.read(act, file: file).edits)
    }

    /// The edits read without error that change an act they name: all that
    /// ``instructionEdits(ofDocument:)`` keeps (the rest is never asked for).
    static func aimedElsewhere(_ edits: [Edit]) -> [Edit] {
        edits.filter { $0.error == nil && $0.change != nil && $0.targetAct != nil }
    }

    /// True when an edit of another act is aimed at this one.
    func isAmended(_ document: Document) -> Bool {
        citedActs.citeFromAnotherFile(document.act, file: document.file)
    }

    /// The edits of every act but `base` (an act's own instructions are aimed at others),
    /// each amending act once (``others(of:)``).
    func edits(for base: Act) -> [SharedEdit] {
        others(of: base).used.flatMap { shared[$0.edits] }
    }

    /// The diagnostics that concern a consolidation of `base`: reading every file, and the
    /// instructions of every act but the base itself.
    func diagnostics(for base: Act) -> [Diagnostic] {
        readingDiagnostics + others(of: base).used.flatMap(\.instructionDiagnostics)
    }

    /// What makes two texts one act: its numac, date and publication (a copy, or its other
    /// language version); two acts that share a numac by a slip differ in date or publication.
    public static func identity(numac: String, date: LegalDate?, publication: LegalDate?) -> String {
        [numac, date?.iso ?? "", publication?.iso ?? ""].joined(separator: "|")
    }

    /// The files other than `base`'s whose instructions count for it, each amending act
    /// once: of two files that hold one amending act (one numac — a copy, or the act in
    /// both languages), the first, or the one in the base's language; the others are
    /// `copies`, each with the file kept (look 23: applied twice, words and alinéas doubled,
    /// without a word — the index applied it once).
    func others(of base: Act) -> (used: [Document], copies: [(copy: Document, kept: Document)]) {
        var used: [Document] = []
        var copies: [(copy: Document, kept: Document)] = []
        var byAct: [String: Int] = [:]
        for document in documents where document.file != base.file {
            guard document.amends, let numac = document.act.metadata.numac, numac != base.metadata.numac else {
                used.append(document)
                continue
            }
            // One act: its numac, date and publication. Two acts of other dates or
            // publications that share a numac (a slip in one file's front matter) are two
            // acts, each applied (look 24), and a copy of either is a copy of that one (look 25).
            let key = Self.identity(numac: numac, date: document.act.metadata.date, publication: document.act.metadata.publication)
            guard let index = byAct[key] else {
                byAct[key] = used.count
                used.append(document)
                continue
            }
            let kept = used[index]
            let language = base.metadata.language
            if language != nil, document.act.metadata.language == language, kept.act.metadata.language != language {
                used[index] = document
                copies.append((kept, document))
            } else {
                copies.append((document, kept))
            }
        }
        return (used, copies)
    }

    /// Files first as given, directories expanded in name order; a file named twice (a
    /// folder and a file in it) is read once. In a directory, the folders are not read and a
    /// file that is not a regular one (a named pipe, a socket, a device) is skipped with a
    /// warning; named itself, it is an error (``ActReader/read(path:)``).
    static func expand(_ paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var seen = Set<String>()
        return expandAll(paths, diagnostics: &diagnostics).filter { seen.insert(URL(fileURLWithPath: $0).standardizedFileURL.resolvingSymlinksInPath().path).inserted }
    }

    private static func expandAll(_ paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                diagnostics.append(.error("no such file or directory", file: path, line: nil))
                continue
            }
            guard isDirectory.boolValue else {
                files.append(path)
                continue
            }
            let names = ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [])
                .filter { name in
                    let lower = name.lowercased()
                    return (lower.hasSuffix(".md") || lower.hasSuffix(".txt") || lower.hasSuffix(".html") || lower.hasSuffix(".htm"))
                        && lower != "readme.md" && !lower.hasPrefix("provenance")
                }
                .sorted()
            for name in names {
                let file = (path.hasSuffix("/") ? path : path + "/") + name
                // Inside a folder, a folder is not read (one named `x.md` was an error, look
                // 26), and a named pipe, a socket or a device is skipped, said, never opened
                // (a pipe with no writer made the command wait for ever).
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue {
                    // Named like an act, it may hold one: said (look 28: its acts were left out unsaid).
                    diagnostics.append(.warning("a folder named like an act: not read (the folders inside a folder are not walked; name it on the command line)", file: file, line: nil))
                    continue
                }
                if let kind = FileKind.nonRegular(file) {
                    diagnostics.append(.warning("not a regular file (\(kind)): skipped", file: file, line: nil))
                    continue
                }
                files.append(file)
            }
        }
        return files
    }

    /// An amending act says what it amends (`modifies:`) or says so in its title.
    public static func isAmending(_ act: Act) -> Bool {
        // A Justel consolidation is a base act, whatever acts it amended when adopted
        // (`modifies:`), unless its title says it amends: Justel consolidates amending acts
        // too (2019030053, « Décret modifiant le décret du 2 juin 1998 … (NOTE : … mise à
        // jour au …) »), and their instructions were once never read, without a word.
        if act.metadata.consolidatedOn != nil { return titleSaysAmending(act) }
        if !act.metadata.modifies.isEmpty { return true }
        return titleSaysAmending(act)
    }

    /// « modifiant », « portant modification », « tot wijziging » … in the act's title; or an
    /// act that fixes the date of entry into force of another (« fixant la date d'entrée en
    /// vigueur de … », « tot vaststelling van de datum van inwerkingtreding van … »): its
    /// articles are read for the dates they fix (look 23: with an empty `modifies:` they
    /// were never read, the changes they date left pending).
    static func titleSaysAmending(_ act: Act) -> Bool {
        let title = (act.metadata.title ?? "").lowercased()
        return ["modifiant", "portant modification", "tot wijziging", "abrogeant", "révision de", "complétant"].contains { title.contains($0) }
    }

    /// True when the act's instructions are read: an amending act (``isAmending(_:)``), or an
    /// act as published whose title says it fixes the date of entry into force of another
    /// (« fixant la date d'entrée en vigueur de … », « tot vaststelling van de datum van
    /// inwerkingtreding van … »), for the dates it fixes (look 23: with an empty `modifies:`
    /// it was never read, the changes it dated left pending). Such an act is not taken for an
    /// amending one: it may be the base asked for (a Justel consolidation of one is).
    public static func readsInstructions(_ act: Act) -> Bool {
        if isAmending(act) { return true }
        guard act.metadata.consolidatedOn == nil else { return false }
        let title = (act.metadata.title ?? "").lowercased()
        return ["fixant la date d'entrée en vigueur", "fixant l'entrée en vigueur", "tot vaststelling van de datum van inwerkingtreding",
                "betreffende de inwerkingtreding"].contains { title.contains($0) }
    }

    /// The base act with this numac (any act given, amending or not), or, when `numac` is
    /// nil, the one act the others amend, else the one act that amends nothing.
    public func base(numac: String?) -> Result<Act, Diagnostic> {
        if let numac {
            let texts = Self.stateOrder(documents.filter { $0.act.metadata.numac == numac })
            guard let first = texts.first else {
                let known = documents.compactMap(\.act.metadata.numac).joined(separator: ", ")
                return .failure(.error("no act with numac \(numac) in the input (acts: \(known.isEmpty ? "none" : known))", file: "--act", line: nil))
            }
            if let ambiguous = ambiguousTexts(numac) { return .failure(ambiguous) }
            // Its earliest text (the others, later states of the same act, are its checkpoints).
            return .success((texts.first { !$0.amends || isAmended($0) } ?? first).act)
        }
        let amended = Self.earliestTexts(documents.filter { isAmended($0) })
        let candidates = amended.isEmpty ? Self.earliestTexts(documents.filter { !$0.amends }) : amended
        switch candidates.count {
        case 1:
            if let numac = candidates[0].act.metadata.numac, let ambiguous = ambiguousTexts(numac) { return .failure(ambiguous) }
            return .success(candidates[0].act)
        case 0:
            // Amending acts without the act they amend: said at the first instruction.
            if let edit = edits.first(where: { $0.targetAct != nil }), let act = edit.targetAct {
                let numac = act.numac.map { " (numac \($0))" } ?? ""
                return .failure(.error("the act it amends, \(act.name)\(numac), is not among the files given: give it with its amending acts",
                                       file: edit.source.file, line: edit.source.line, unit: edit.source.unit))
            }
            if documents.isEmpty {
                // An empty folder, docs/, a mistyped path: say what was found.
                let unreadable = readingDiagnostics.filter { $0.severity == .error }.count
                return .failure(.error(unreadable > 0 ? "no act in the input: \(unreadable) file(s) could not be read as acts (above)"
                                                      : "no act in the input: no .md, .txt or .html file of an act was found there", file: "input", line: nil))
            }
            let names = documents.map { "\($0.act.metadata.numac ?? "?") (\($0.file))" }.joined(separator: ", ")
            return .failure(.error("no base act in the input: \(documents.count) amending act(s) only, \(names)", file: "input", line: nil))
        default:
            let names = candidates.map { "\($0.act.metadata.numac ?? "?") (\($0.file))" }.joined(separator: ", ")
            return .failure(.error("\(candidates.count) base acts in the input; choose one with --act NUMAC: \(names)", file: "input", line: nil))
        }
    }

    /// The edits aimed at none of the base acts given.
    public var editsForOtherActs: [Edit] {
        edits.filter { edit in
            guard edit.targetAct != nil else { return false }
            return !bases.contains { aim(of: edit, at: $0) != .otherAct }
        }
    }
}

/// What `chronolex edits` reads: every instruction of the acts given, as they are, whatever
/// acts they amend.
public struct InstructionsRead: Sendable {
    public var edits: [Edit] = []
    public var diagnostics: [Diagnostic] = []
    /// True when a file could not be read as an act at all.
    public var unreadableFile = false

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Reads each file as an amending act and its instructions.
    public init(paths: [String]) {
        for file in paths {
            let result = ActReader.read(path: file)
            diagnostics += result.diagnostics
            guard let act = result.act, !result.hasErrors else {
                unreadableFile = true
                continue
            }
            let read = InstructionReader.read(act, file: file)
            diagnostics += read.diagnostics
            // The first act's edits are taken as they are, not copied one by one.
            if edits.isEmpty { edits = read.edits } else { edits += read.edits }
        }
    }
}

/// The edits read from the acts of a workspace that are not read as amending, by their index
/// among its documents, each read once (look 29's check for acts that amend without saying
/// so asked on every consolidation). Shared by the copies of a workspace until one of them
/// adds an act; its lock makes it safe to ask from several threads, as the reading room does.
final class OtherActReadings: @unchecked Sendable {
    private var byDocument: [Int: [Edit]] = [:]
    private let lock = NSLock()

    init(_ byDocument: [Int: [Edit]] = [:]) {
        self.byDocument = byDocument
    }

    /// The number of documents whose reading is kept.
    var count: Int { lock.withLock { byDocument.count } }

    func copy() -> OtherActReadings { OtherActReadings(lock.withLock { byDocument }) }

    func store(_ edits: [Edit], for index: Int) {
        lock.withLock { byDocument[index] = edits }
    }

    /// The edits kept for the document at `index`, else those `read` gives, kept. Read
    /// outside the lock: two threads asking at once may both read, and keep the same edits.
    func edits(for index: Int, read: () -> [Edit]) -> [Edit] {
        if let kept = lock.withLock({ byDocument[index] }) { return kept }
        let edits = read()
        lock.withLock { byDocument[index] = edits }
        return edits
    }
}
