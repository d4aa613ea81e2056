import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing
@testable import ChronolexDiff

/// Look 26: « 1° l'alinéa 1er devient le § 1er, alinéa 1er; 2° l'alinéa 3 devient le § 2,
/// alinéa 1er » — the diff credited the alinéa 3 that became § 2 to 1° as well as to 2°:
/// 1°'s units were recorded as the whole article (every alinéa's address changed when the
/// article got its § 1), and the whole article covers § 2. 1° made the § 1, not the § 2.
@Suite("Attribution of alinéas that became §§")
struct RenumberedAttributionTests {
    static let base = """
    ---
    title-fr: "Arrêté royal relatif aux jardins communautaires"
    date: 2010-03-01
    number: 2010000100
    case: 2010-03-01/01
    publication: 2010-03-15
    ---

    **Article 1er.** Le présent arrêté règle l'octroi de subventions aux jardins communautaires.

    **Art. 3.** La subvention s'élève à mille euros par an.

    Elle est versée en une fois.

    Elle est réduite de moitié la première année.

    **Art. 6.** Le présent arrêté entre en vigueur le 1er avril 2010.
    """

    static let renumbering = """
    ---
    title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires"
    date: 2011-01-05
    number: 2011000201
    case: 2011-01-05/01
    publication: 2011-01-20
    modifies: 2010000100
    ---

    **Article 1er.** A l'article 3 de l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires, les modifications suivantes sont apportées :

    1° l'alinéa 1er devient le § 1er, alinéa 1er;

    2° l'alinéa 3 devient le § 2, alinéa 1er.

    **Art. 2.** Le présent arrêté entre en vigueur le 1er mars 2011.
    """

    static let words = """
    ---
    title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires"
    date: 2012-01-05
    number: 2012000202
    case: 2012-01-05/02
    publication: 2012-01-20
    modifies: 2010000100
    ---

    **Article 1er.** Dans l'article 3, § 2, alinéa 1er, de l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires, modifié par l'arrêté royal du 5 janvier 2011, les mots « de moitié » sont remplacés par les mots « d'un tiers ».

    **Art. 2.** Le présent arrêté entre en vigueur le 1er mars 2012.
    """

    static func consolidated() throws -> Consolidated {
        let workspace = Workspace(texts: [("base.md", base), ("a1.md", renumbering), ("a2.md", words)])
        guard case .success(let consolidated) = workspace.consolidated(act: "2010000100") else {
            Issue.record("not consolidated: \(workspace.diagnostics)")
            throw CancellationError()
        }
        #expect(!consolidated.failed, "\(consolidated.diagnostics)")
        return consolidated
    }

    @Test func eachParagraphCreditedToTheInstructionThatMadeIt() throws {
        let consolidated = try Self.consolidated()
        guard case .success(let diff) = consolidated.diff(from: try #require(LegalDate("2011-01-01")), to: try #require(LegalDate("2012-06-01"))) else {
            Issue.record("no diff")
            return
        }
        let byChange = diff.changes.map { change in
            ("\(change.oldAddress ?? "") -> \(change.newAddress ?? "")", change.attribution.map { "\($0.dossier ?? "") \($0.article ?? "")" })
        }
        #expect(byChange.count == 2, "\(byChange)")
        #expect(byChange.first?.0 == "art. 3, al. 1–2 -> art. 3, § 1")
        #expect(byChange.first?.1 == ["2011-01-05/01 art. 1, 1°"])
        #expect(byChange.last?.0 == "art. 3, al. 3 -> art. 3, § 2")
        #expect(byChange.last?.1 == ["2011-01-05/01 art. 1, 2°", "2012-01-05/02 art. 1"])
    }

    /// What 1° is recorded as having changed: the § it made, not the whole article.
    @Test func theUnitsOfARenumberingAreTheParagraphItMade() throws {
        let consolidated = try Self.consolidated()
        let history = try #require(consolidated.timeline.histories["3"])
        let first = try #require(history.versions.first { !$0.sources.isEmpty })
        #expect(first.sources.map(\.units) == [["art. 3, § 1"], ["art. 3, § 2"]])
    }
}
