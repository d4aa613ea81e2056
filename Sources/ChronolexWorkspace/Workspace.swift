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
    public private(set) var bases: [Act] = []
    public private(set) var amending: [Act] = []
    /// The edits, each held once, for timelines to refer to.
    public private(set) var shared: [SharedEdit] = []
    /// Dates that acts fix for other acts' pending edits.
    public private(set) var fixings: [DateFixing] = []
    /// Problems found while reading (errors and warnings), in the order of the inputs.
    public private(set) var diagnostics: [Diagnostic] = []

    public var edits: [Edit] { shared.map(\.edit) }

    public init() {}

    /// Reads every file given, and every `.md` / `.txt` file of every directory given
    /// (sorted by name; `README.md` is not an act).
    public init(paths: [String]) {
        for file in Self.expand(paths, diagnostics: &diagnostics) {
            add(ActReader.read(path: file), file: file)
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

    /// Adds an act already read: a base act, or an amending act whose edits are read now.
    public mutating func add(_ result: ReadResult, file: String) {
        diagnostics += result.diagnostics
        guard let act = result.act, !result.hasErrors else { return }
        if Self.isAmending(act) {
            amending.append(act)
            let read = InstructionReader.read(act, file: file)
            shared += read.edits.map(SharedEdit.init)
            fixings += read.fixings
            diagnostics += read.diagnostics
        } else {
            bases.append(act)
        }
    }

    /// Files first as given, directories expanded in name order.
    static func expand(_ paths: [String], diagnostics: inout [Diagnostic]) -> [String] {
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
                .filter { ($0.hasSuffix(".md") || $0.hasSuffix(".txt")) && $0.lowercased() != "readme.md" }
                .sorted()
            files += names.map { (path.hasSuffix("/") ? path : path + "/") + $0 }
        }
        return files
    }

    /// An amending act says what it amends (`modifies:`) or says so in its title.
    public static func isAmending(_ act: Act) -> Bool {
        // A Justel consolidation is a base act, whatever acts it amended when adopted.
        if act.metadata.consolidatedOn != nil { return false }
        if !act.metadata.modifies.isEmpty { return true }
        let title = (act.metadata.title ?? "").lowercased()
        return ["modifiant", "portant modification", "tot wijziging", "abrogeant", "révision de", "complétant"].contains { title.contains($0) }
    }

    /// The base act with this numac, or the only base act when `numac` is nil.
    public func base(numac: String?) -> Result<Act, Diagnostic> {
        if let numac {
            guard let act = bases.first(where: { $0.metadata.numac == numac }) else {
                let known = bases.compactMap(\.metadata.numac).joined(separator: ", ")
                return .failure(.error("no base act with numac \(numac) in the input (base acts: \(known.isEmpty ? "none" : known))", file: "--act", line: nil))
            }
            return .success(act)
        }
        switch bases.count {
        case 1: return .success(bases[0])
        case 0:
            // Amending acts without the act they amend: said at the first instruction.
            if let edit = edits.first(where: { $0.targetAct != nil }), let act = edit.targetAct {
                let numac = act.numac.map { " (numac \($0))" } ?? ""
                return .failure(.error("the act it amends, \(act.name)\(numac), is not among the files given: give it with its amending acts",
                                       file: edit.source.file, line: edit.source.line, unit: edit.source.unit))
            }
            return .failure(.error("no base act in the input (only amending acts)", file: "input", line: nil))
        default:
            let names = bases.map { "\($0.metadata.numac ?? "?") (\($0.file ?? ""))" }.joined(separator: ", ")
            return .failure(.error("\(bases.count) base acts in the input; choose one with --act NUMAC: \(names)", file: "input", line: nil))
        }
    }

    /// The edits aimed at none of the base acts given.
    public var editsForOtherActs: [Edit] {
        edits.filter { edit in
            guard let citation = edit.targetAct else { return false }
            return !bases.contains { Consolidation.matches(citation, $0) }
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
            edits += read.edits
        }
    }
}
