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
                  publication: String = "2024-01-10", modifies: String = "") -> (EditsResult, [Diagnostic]) {
    let text = """
    ---
    title-fr: "\(title)"
    date: 2024-01-01
    number: 2024200001
    case: 2024-01-01/01
    publication: \(publication)
    modifies: \(modifies)
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

/// The edits of one article whose text is `instruction` (blank lines between its blocks).
func edits(_ instruction: String, title: String? = nil) -> EditsResult {
    let body = "**Article 1er.** " + instruction
    if let title { return readAmending(body, title: title).0 }
    return readAmending(body).0
}

extension Edit {
    var kind: OperationKind? { operation?.kind }
}
