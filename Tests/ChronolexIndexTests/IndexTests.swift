import ChronolexIndex
import ChronolexModel
import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus").path
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
    static var sharedIsPresent: Bool { FileManager.default.fileExists(atPath: shared) }

    /// A new empty folder for one test.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-index-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// A copy of Corpus/ in a new folder (the tests change files in it).
    static func corpusCopy() throws -> URL {
        let folder = try temporaryFolder()
        for name in try FileManager.default.contentsOfDirectory(atPath: corpus) {
            try FileManager.default.copyItem(atPath: corpus + "/" + name, toPath: folder.appendingPathComponent(name).path)
        }
        return folder
    }
}

@Suite("The corpus index")
struct IndexTests {
    @Test func actsAmendingActsAndSearch() throws {
        let folder = try Paths.corpusCopy()
        let index = try CorpusIndex(path: folder.appendingPathComponent("index.sqlite").path)
        let run = try index.update(folders: [folder.path])
        #expect(run.files == 9)
        #expect(run.read == 9)
        #expect(run.unreadable.isEmpty)
        #expect(try index.acts(numac: "2015201234").map(\.title) == ["Arrêté du Gouvernement relatif aux bibliothèques publiques"])
        // The amending acts of the 2015 arrêté, in order of publication, found by the index.
        #expect(try index.amendingActs(of: "2015201234").compactMap(\.act.numac) == ["2017206012", "2019201955", "2019201956", "2021200417", "2022204733"])
        #expect(try index.amendingActs(of: "2016202345").compactMap(\.act.numac) == ["2018202871", "2021200417", "2024201588"])
        // Words of articles, accents and case ignored; hostile words are words.
        let hits = try index.search("PRET numerique")
        #expect(hits.contains { $0.numac == "2022204733" && $0.article == "1" })
        #expect(try index.search("\" OR 1=1 -- NEAR(").isEmpty)
        #expect(try index.findTitles("aires de jeux").contains { $0.numac == "2016202345" })
    }

    @Test func aSecondRunReadsOnlyWhatChanged() throws {
        let folder = try Paths.corpusCopy()
        let index = try CorpusIndex(path: folder.appendingPathComponent("index.sqlite").path)
        _ = try index.update(folders: [folder.path])
        let again = try index.update(folders: [folder.path])
        #expect(again.read == 0)
        #expect(again.unchanged == 9)
        // A file whose content changed is read again; one whose date alone changed is not.
        let changed = folder.appendingPathComponent("2016-aires-de-jeux.md")
        let text = try String(contentsOf: changed, encoding: .utf8)
        try text.replacingOccurrences(of: "aires de jeux publiques", with: "aires de jeux ouvertes au public").write(to: changed, atomically: true, encoding: .utf8)
        let touched = folder.appendingPathComponent("2015-bibliotheques.md")
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: touched.path)
        // A file removed is taken out; a broken file is listed, never stops the run; two files
        // with the same numac are both kept.
        try FileManager.default.removeItem(at: folder.appendingPathComponent("2024-aires-de-jeux-modification.md"))
        try Data([0x00, 0x01, 0xFF, 0xFE]).write(to: folder.appendingPathComponent("broken.md"))
        try FileManager.default.copyItem(at: touched, to: folder.appendingPathComponent("2015-bibliotheques-copie.md"))
        let third = try index.update(folders: [folder.path])
        #expect(third.read == 3) // the changed file, the broken one, the copy
        #expect(third.touched == 1)
        #expect(third.removed == 1)
        #expect(third.unreadable.map { URL(fileURLWithPath: $0.path).lastPathComponent } == ["broken.md"])
        #expect(try index.acts(numac: "2024201588").isEmpty)
        #expect(try index.acts(numac: "2015201234").count == 2)
        #expect(try index.amendingActs(of: "2016202345").compactMap(\.act.numac) == ["2018202871", "2021200417"])
        let counts = try index.counts()
        #expect(counts.files == 10)
        #expect(counts.unreadable == 1)
    }

    /// Every triple of ../shared/corpus/triples-2024: the index finds the amending act by itself.
    @Test(.enabled(if: Paths.sharedIsPresent, "../shared is absent (a newcomer's clone); CI has it"))
    func everyTripleFindsItsAmendingAct() throws {
        let folder = try Paths.temporaryFolder()
        let index = try CorpusIndex(path: folder.appendingPathComponent("index.sqlite").path)
        let triples = Paths.shared + "/triples-2024"
        _ = try index.update(folders: [triples])
        var checked = 0
        for name in try FileManager.default.contentsOfDirectory(atPath: triples).sorted() where !name.hasPrefix("PROVENANCE") {
            let files = try FileManager.default.contentsOfDirectory(atPath: triples + "/" + name)
            guard let amending = files.first(where: { $0.hasSuffix(".amending.md") }),
                  let base = files.filter({ !$0.contains("amending") }).sorted().first else { continue }
            let numac = String(base.prefix { $0 != "." })
            let found = try index.amendingActs(of: numac).compactMap(\.act.numac)
            #expect(found.contains(String(amending.prefix { $0 != "." })), "\(name): \(found)")
            checked += 1
        }
        #expect(checked == 12)
    }
}

/// Look 26: a named pipe among the acts is said to be one, never opened; a folder named
/// `x.md` is a folder (walked), not a file that cannot be read.
@Suite("The index and files that are not regular ones")
struct IndexNonRegularFileTests {
    @Test func aPipeIsSaidAndAFolderNamedLikeAnActIsWalked() throws {
        let folder = try Paths.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.copyItem(atPath: Paths.corpus + "/2016-aires-de-jeux.md", toPath: folder.appendingPathComponent("base.md").path)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("x.md"), withIntermediateDirectories: true)
        let pipe = folder.appendingPathComponent("p.md").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let index = try CorpusIndex.inMemory()
        let run = try index.update(folders: [folder.path])
        #expect(run.files == 2)
        #expect(run.unreadable.map(\.path) == [pipe])
        #expect(run.unreadable.map(\.diagnostics) == ["not a regular file (a named pipe): skipped"])
        #expect(try index.acts(numac: "2016202345").count == 1)
    }
}
