import ChronolexModel
import ChronolexWorkspace
import Testing
@testable import ChronolexDiff

/// Look 30: `diff` (text, JSON, HTML) did not name the act that fixed a pending change's
/// date, as `history`, `consolidate --format html` and the reading room do: it read as if
/// the date had been known since the amending act's publication.
@Suite("The act that fixed a change's date, in the diff")
struct DatedByAttributionTests {
    static let pending = """
    ---
    title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires"
    date: 2011-01-05
    number: 2011000201
    case: 2011-01-05/01
    publication: 2011-01-20
    modifies: 2010000100
    ---

    **Article 1er.** Dans l'article 3 de l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires, les mots « mille euros » sont remplacés par les mots « deux mille euros ».

    **Art. 2.** Le présent arrêté entre en vigueur à la date fixée par le Roi.
    """

    static let fixing = """
    ---
    title-fr: "Arrêté royal fixant la date d'entrée en vigueur de l'arrêté royal du 5 janvier 2011 modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires"
    date: 2011-05-02
    number: 2011000250
    case: 2011-05-02/07
    publication: 2011-05-20
    ---

    **Article 1er.** L'arrêté royal du 5 janvier 2011 modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires entre en vigueur le 1er juillet 2011.

    **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication.
    """

    @Test func theDiffNamesTheFixingAct() throws {
        let workspace = Workspace(texts: [("base.md", RenumberedAttributionTests.base), ("a.md", Self.pending), ("f.md", Self.fixing)])
        let consolidated = try workspace.consolidated(act: "2010000100").get()
        #expect(!consolidated.diagnostics.contains { $0.severity == .error }, "\(consolidated.diagnostics.map(\.message))")
        let diff = try consolidated.diff(from: LegalDate("2011-01-01")!, to: LegalDate("2011-08-01")!).get()
        let attributions = diff.changes.flatMap(\.attribution)
        #expect(attributions.map(\.datedBy) == ["AR 2011-05-02/07, art. 1"])
        #expect(TextDiffRenderer.render(diff, style: .plain).contains("; effective 2011-07-01; published 2011-01-20; date fixed by AR 2011-05-02/07, art. 1\n"))
        #expect(JSONDiffRenderer.render(diff, pretty: false).contains("\"datedBy\":\"AR 2011-05-02/07, art. 1\""))
        #expect(HTMLDiffRenderer.render(diff).contains(", date fixée par AR 2011-05-02/07, art. 1"))
    }
}

extension DatedByAttributionTests {
    /// `explain` too: « [2011-07-01 (retroactive)] » said nothing of the act that fixed it.
    @Test func explainNamesTheFixingAct() throws {
        let workspace = Workspace(texts: [("base.md", RenumberedAttributionTests.base), ("a.md", Self.pending), ("f.md", Self.fixing)])
        let explanation = try workspace.explanation(act: "2010000100").get()
        let lines = ExplanationRenderer.text(explanation.outcomes)
        #expect(lines.contains("[2011-07-01, date fixed by the act of 2 mai 2011 (2011-05-02/07), art. 1]"), "\(lines)")
        #expect(ExplanationRenderer.json(explanation.outcomes, pretty: false).contains("\"datedBy\":\"date fixed by the act of 2 mai 2011 (2011-05-02/07), art. 1\""))
    }
}
