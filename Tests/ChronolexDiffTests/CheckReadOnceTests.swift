import ChronolexModel
import ChronolexReaders
import ChronolexWorkspace
import Foundation
import Testing

/// `check` given one file as its base and as the official text reads it once
/// (``ActFile``, ``Workspace/init(paths:alreadyRead:)``): the same check as reading it
/// twice, and a file that changed in between, or is named otherwise, is read again.
@Suite("check reads a file given twice once")
struct CheckReadOnceTests {
    static let example = Paths.root.appendingPathComponent("docs/examples/bibliotheques-2023-01-01.md").path

    /// The check's text and JSON, with every diagnostic of the official text and of the
    /// consolidation: what the command prints.
    static func transcript(official: ReadResult, workspace: Workspace, named name: String, at date: LegalDate?) throws -> String {
        let reference = try #require(official.act)
        let consolidated: Consolidated
        switch workspace.consolidated(act: nil, knownOn: reference.metadata.consolidatedOn) {
        case .success(let value): consolidated = value
        case .failure(let failure): Issue.record("no consolidation: \(failure.diagnostics)"); throw failure
        }
        let check = try #require(consolidated.check(against: reference, named: name, at: date, knownOn: reference.metadata.consolidatedOn))
        return (official.diagnostics + consolidated.diagnostics).map(\.description).joined(separator: "\n")
            + CheckRenderer.text(check) + CheckRenderer.json(check) + CheckRenderer.html(check, timeline: consolidated.timeline)
    }

    /// The check of `path` against itself, read twice (as before) and read once.
    static func bothWays(_ path: String, at date: LegalDate?) throws -> (twice: String, once: String) {
        let twice = try transcript(official: ActReader.read(path: path), workspace: Workspace(paths: [path]), named: path, at: date)
        let file = ActFile(path: path)
        let once = try transcript(official: file.result, workspace: Workspace(paths: [path], alreadyRead: [file]), named: path, at: date)
        return (twice, once)
    }

    @Test func aMarkdownActAgainstItself() throws {
        let (twice, once) = try Self.bothWays(Self.example, at: LegalDate("2023-01-01"))
        #expect(once == twice)
        #expect(once.contains("identical"))
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: Paths.fedris.path), "../shared is absent"))
    func aJustelPageAgainstItselfWithItsWarnings() throws {
        let page = Paths.fedris.appendingPathComponent("2007022782.v004-2018.justel-old-layout.html").path
        let (twice, once) = try Self.bothWays(page, at: nil)
        #expect(once == twice)
    }

    /// A copy of the example in a folder of its own, and the folder.
    static func copy(_ text: String) throws -> (file: String, folder: URL) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-read-once-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("act.md")
        try Data(text.utf8).write(to: file)
        return (file.path, folder)
    }

    @Test func aFileChangedSinceItWasReadIsReadAgain() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        let (path, folder) = try Self.copy(text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ActFile(path: path)
        try Data(text.replacingOccurrences(of: "bibliothèques publiques en région", with: "bibliothèques en région").utf8).write(to: URL(fileURLWithPath: path))
        let workspace = Workspace(paths: [path], alreadyRead: [file])
        let read = try #require(workspace.documents.first?.act)
        #expect(TextRenderer.render(read).contains("bibliothèques en région"))
        #expect(TextRenderer.render(try #require(file.result.act)).contains("bibliothèques publiques en région"))
    }

    @Test func theSameFileByAnotherPathIsReadAgainUnderThatName() throws {
        let text = try String(contentsOfFile: Self.example, encoding: .utf8)
        let (path, folder) = try Self.copy(text)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ActFile(path: path)
        let other = folder.path + "/./act.md"
        let workspace = Workspace(paths: [other], alreadyRead: [file])
        #expect(workspace.documents.first?.file == other)
        #expect(workspace.documents.first?.act.file == other)
    }
}

/// `Workspace.read(paths:official:)`: the official text and the inputs read for `check`,
/// on two threads when they are different files; the same as reading them one after the other.
@Suite("check reads the official text beside the inputs")
struct CheckReadsBesideTests {
    @Test func anotherOfficialTextReadOnTheSideGivesTheSameCheck() throws {
        let base = CheckReadOnceTests.example
        let official = Paths.root.appendingPathComponent("docs/examples/bibliotheques-2019-06-01.md").path
        let date = LegalDate("2023-01-01")
        let plain = try CheckReadOnceTests.transcript(official: ActReader.read(path: official), workspace: Workspace(paths: [base]), named: official, at: date)
        let read = Workspace.read(paths: [base], official: official)
        #expect(read.official.path == official)
        #expect(read.workspace.documents.map(\.file) == [base])
        #expect(try CheckReadOnceTests.transcript(official: read.official.result, workspace: read.workspace, named: official, at: date) == plain)
    }

    @Test func theOfficialTextAmongTheInputsIsReadOnce() throws {
        let base = CheckReadOnceTests.example
        let read = Workspace.read(paths: [base], official: base)
        let plain = try CheckReadOnceTests.transcript(official: ActReader.read(path: base), workspace: Workspace(paths: [base]), named: base, at: LegalDate("2023-01-01"))
        #expect(try CheckReadOnceTests.transcript(official: read.official.result, workspace: read.workspace, named: base, at: LegalDate("2023-01-01")) == plain)
    }
}
