import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

/// Look 30, finding 1: a Justel consolidation « mise à jour au D » is the act as known on D;
/// as known on an earlier day it was not known yet. Given alone, `--as-known-on` before D
/// printed its text (the later words) without a word; given with an earlier text, the folder
/// starts from that one (right).
@Suite("Look 30: a Justel state as known before its date")
struct Look30Tests {
    @Test func aStateAloneIsRefusedBeforeItsDate() throws {
        let workspace = Workspace(texts: [("v2-justel.md", CheckpointTests.state)])
        let failure = try #require(workspace.consolidated(act: nil, knownOn: LegalDate("2021-01-15")).failureValue)
        #expect(failure.diagnostics.map(\.description).contains(
            "v2-justel.md: Justel's state of 2021-06-01 was not known on 2021-01-15: it shows the act as amended by the acts published by 2021-06-01; give an earlier text of the act (a Justel state of 2021-01-15 or before, or the act as published)"),
                "\(failure.diagnostics.map(\.description))")
        // On its date and after, it is known.
        #expect(throws: Never.self) { try workspace.consolidated(act: nil, knownOn: LegalDate("2021-06-01")).get() }
        #expect(throws: Never.self) { try workspace.consolidated(act: nil).get() }
    }

    @Test func anEarlierTextGivenBesideItIsTaken() throws {
        let consolidated = try CheckpointTests.workspace().consolidated(act: nil, knownOn: LegalDate("2021-01-15")).get()
        #expect(consolidated.base.file == "v1-published.md")
        // The act of 2020, published by then, applied; the state's own words (art. 4 « privé ») not taken.
        #expect(CheckpointTests.text(consolidated, "3", "2021-03-01")?.contains("dans les quarante jours") == true)
        #expect(CheckpointTests.text(consolidated, "4", "2021-03-01")?.contains("Le registre est public.") == true)
    }

    /// Look 30, finding 5, from the folder's side: two files « as published » that hold the
    /// same bytes (a copy in another folder) are one text, as the index reads them; two that
    /// differ are refused.
    @Test func twoFilesWithTheSameBytesAreOneText() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-look30-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try CheckpointTests.published.write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        try CheckpointTests.published.write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        try CheckpointTests.amending.write(to: folder.appendingPathComponent("m.md"), atomically: true, encoding: .utf8)
        let consolidated = try Workspace(paths: [folder.path]).consolidated(act: "2020200001").get()
        #expect(consolidated.base.file == folder.path + "/a.md")
        #expect(CheckpointTests.text(consolidated, "3", "2021-03-01")?.contains("dans les quarante jours") == true)
        try CheckpointTests.published.replacingOccurrences(of: "Le registre est public.", with: "Le registre est privé.")
            .write(to: folder.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        let failure = try #require(Workspace(paths: [folder.path]).consolidated(act: "2020200001").failureValue)
        #expect(failure.diagnostics.contains { $0.message.hasPrefix("2 texts of act 2020200001 say no state date") })
    }
}
