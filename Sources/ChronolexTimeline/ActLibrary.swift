import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import Foundation

/// The acts a consolidation works from — files and directories as given — sorted into
/// base acts and amending acts, with the edits read from the amending acts.
public struct ActLibrary: Sendable {
    public var bases: [Act] = []
    public var amending: [Act] = []
    public var edits: [Edit] { shared.map(\.edit) }
    /// The edits, each held once, for timelines to refer to.
    public var shared: [SharedEdit] = []
    /// Dates that acts fix for other acts' pending edits.
    public var fixings: [DateFixing] = []
    /// Problems found while reading (errors and warnings), in the order of the files.
    public var diagnostics: [Diagnostic] = []

    /// Reads every file given, and every `.md` / `.txt` file of every directory given
    /// (sorted by name; `README.md` is not an act).
    public static func load(_ paths: [String]) -> ActLibrary {
        var library = ActLibrary()
        for file in expand(paths, diagnostics: &library.diagnostics) {
            let result = ActReader.read(path: file)
            library.diagnostics += result.diagnostics
            guard let act = result.act, !result.hasErrors else { continue }
            if isAmending(act) {
                library.amending.append(act)
                let read = InstructionReader.read(act, file: file)
                library.shared += read.edits.map(SharedEdit.init)
                library.fixings += read.fixings
                library.diagnostics += read.diagnostics
            } else {
                library.bases.append(act)
            }
        }
        return library
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
