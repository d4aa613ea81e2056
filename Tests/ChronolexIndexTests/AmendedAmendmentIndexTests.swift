@testable import ChronolexIndex
import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing

/// Look 26: an act that amends one of the base's amending acts was left out of a
/// consolidation from the index (`--corpus`, the reading room): the change it amended was
/// applied as first published, exit 0, without a word, where the same folder gave an error.
@Suite("The index: acts that amend an amending act")
struct AmendedAmendmentIndexTests {
    static let amendment = """
        ---
        title-fr: "Arrêté royal modifiant l'arrêté royal du 10 janvier 2015 modifiant l'arrêté royal du 1er mars 2010 relatif aux essais"
        date: 2015-03-10
        source: SERVICE PUBLIC FEDERAL INTERIEUR
        number: 2015000300
        publication: 2015-03-20
        modifies: 2015000091
        ---

        **Article 1er.** Dans l'article 1er de l'arrêté royal du 10 janvier 2015 modifiant l'arrêté royal du 1er mars 2010 relatif aux essais, le mot " quarante " est remplacé par le mot " soixante ".

        **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
        """

    @Test func theAmendmentIsSelectedAndSaid() throws {
        let (folder, index) = try DateFixingIndexTests.corpus(["base.md": DateFixingIndexTests.base, "pending.md": DateFixingIndexTests.pending,
                                                                "amendment.md": Self.amendment])
        defer { try? FileManager.default.removeItem(at: folder) }
        let selection = try index.selection(numac: "2010000001")
        #expect(selection.amending.map(\.act.numac) == ["2015000091", "2015000300"])
        #expect(selection.summary.contains { $0.contains("2015000300") && $0.hasSuffix(": amends an amending act") }, "\(selection.summary)")
        let consolidated = try Workspace(paths: selection.paths).consolidated(act: "2010000001").get()
        #expect(consolidated.failed(article: "2", at: [try #require(LegalDate("2016-01-01"))]))
        #expect(consolidated.diagnostics.contains { $0.severity == .error && $0.message.hasPrefix("this amends the arrêté royal du 10 janvier 2015") },
                "\(consolidated.diagnostics.map(\.message))")
    }
}
