import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// The package root: this file is `<root>/Tests/ChronolexAmendmentsTests/Support.swift`.
let packageRoot: String = {
    var url = URL(fileURLWithPath: #filePath)
    for _ in 0..<3 { url.deleteLastPathComponent() }
    return url.path
}()

/// The shared material beside the repository (`<root>/../shared`).
let sharedRoot = packageRoot + "/../shared"

let seedPath = sharedRoot + "/seeds/004_550d512cf40defbd.txt"
let duraLexPath = sharedRoot + "/peer-tests/duralex/cases.json"

func fileExists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: path) }

/// Reads an amending act given as markdown body (front matter added here).
func readAmending(_ body: String,
                  title: String = "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 12 mars 2015 relatif aux bibliothèques publiques",
                  publication: String = "2024-01-10", modifies: String = "", titleKey: String = "title-fr", starts: String? = nil) -> (EditsResult, [Diagnostic]) {
    let text = """
    ---
    \(titleKey): "\(title)"
    date: 2024-01-01
    number: 2024200001
    case: 2024-01-01/01
    publication: \(publication)
    modifies: \(modifies)\(starts.map { "\nstarts: " + $0 } ?? "")
    ---

    \(body)

    """
    let read = ActReader.read(text: text, file: "test.md")
    guard let act = read.act else { return (EditsResult(), read.diagnostics) }
    return (InstructionReader.read(act, file: "test.md"), read.diagnostics)
}

/// Reads a file with the act reader then the instruction reader.
func readFile(_ path: String) -> (EditsResult, [Diagnostic]) {
    let read = ActReader.read(path: path)
    guard let act = read.act else { return (EditsResult(), read.diagnostics) }
    return (InstructionReader.read(act, file: path), read.diagnostics)
}

/// The edits of one article of a Dutch amending act (a Dutch title, `Artikel 1.`): read
/// with the Dutch grammar.
func dutchEdits(_ instruction: String) -> EditsResult {
    readAmending("**Artikel 1.** " + instruction,
                 title: "Besluit van de Regering tot wijziging van het besluit van de Regering van 12 maart 2015 betreffende de openbare bibliotheken",
                 titleKey: "title-nl").0
}

/// The edits of one article whose text is `instruction` (blank lines between its blocks).
func edits(_ instruction: String, title: String? = nil) -> EditsResult {
    let body = "**Article 1er.** " + instruction
    if let title { return readAmending(body, title: title).0 }
    return readAmending(body).0
}

/// Where an edit writes, as the tables of expected edits say it: words or units by their
/// canonical address inside the target (`al. 2`), or the end, or the number.
enum Place: Hashable, Sendable {
    case end, byNumber
    case before(String), after(String), between(String, String)
    case beforeUnit(String), afterUnit(String), betweenUnits(String, String)
    case afterTable(String)
}

/// The fields of an edit's typed change, flattened for tables of expected edits.
extension Edit {
    var kind: OperationKind? { change?.kind }
    /// The canonical address of the target; `nil` for the act as a whole.
    var targetAddress: String? { target.address }
    var words: String? { change?.words?.text }
    var newWords: String? { change?.newWords }
    var newUnit: String? {
        if case .insertUnits(let unit, _, _)? = change { return unit.description }
        return nil
    }
    var count: Int? {
        if case .insertUnits(let unit, _, _)? = change { return unit.count }
        return nil
    }
    /// The new text's blocks, as quoted.
    var newText: [String] { change?.fragment?.blocks ?? [] }
    var every: Bool { change?.everyOccurrence ?? false }
    var renumberedAs: String? {
        if case .renumber(let reference)? = change { return reference.address }
        return nil
    }
    var language: String? {
        if case .noop(let language)? = change { return language }
        return nil
    }
    var reestablishes: Bool {
        if case .reestablish? = change { return true }
        return false
    }
    var place: Place? {
        guard let change else { return nil }
        let anchors = EditRenderer.anchors(self)
        let units: Bool
        if case .insertUnits = change { units = true } else { units = false }
        switch EditRenderer.positionName(change) {
        case "end": return .end
        case "by-number": return .byNumber
        case "before": return units ? .beforeUnit(anchors[0]) : .before(anchors[0])
        case "after": return units ? .afterUnit(anchors[0]) : .after(anchors[0])
        case "between": return units ? .betweenUnits(anchors[0], anchors[1]) : .between(anchors[0], anchors[1])
        case "after-table": return .afterTable(anchors[0])
        default: return nil
        }
    }
}

/// A Dutch instruction read without error, its first edit's line holding `expected`.
func expectDutchReading(_ instruction: String, _ expected: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let result = dutchEdits(instruction)
    #expect(!result.hasErrors, "\(result.diagnostics.map(\.message))", sourceLocation: sourceLocation)
    #expect(result.edits.map(EditRenderer.line).first?.contains(expected) == true, "\(result.edits.map(EditRenderer.line))", sourceLocation: sourceLocation)
}
