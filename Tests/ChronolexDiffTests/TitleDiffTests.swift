import ChronolexModel
import ChronolexWorkspace
import Testing
@testable import ChronolexDiff

/// Look 31: `diff` of two dates around « L'intitulé du même arrêté est remplacé par ce qui
/// suit » said « no changes », both sides headed with the new title. The title is now a
/// change of its own, first, with the act that made it.
@Suite("The act's title replaced, in the diff")
struct TitleDiffTests {
    static let amending = """
    ---
    title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires"
    date: 2011-01-05
    number: 2011000201
    case: 2011-01-05/01
    publication: 2011-01-20
    modifies: 2010000100
    ---

    **Article 1er.** L'intitulé de l'arrêté royal du 1er mars 2010 relatif aux jardins communautaires est remplacé par ce qui suit : « Arrêté royal relatif aux jardins communautaires et partagés ».

    **Art. 2.** Le présent arrêté entre en vigueur le 1er mars 2011.
    """

    @Test func theTitleIsAChange() throws {
        let workspace = Workspace(texts: [("base.md", RenumberedAttributionTests.base), ("a.md", Self.amending)])
        let consolidated = try workspace.consolidated(act: "2010000100").get()
        #expect(!consolidated.diagnostics.contains { $0.severity == .error }, "\(consolidated.diagnostics.map(\.message))")
        let diff = try consolidated.diff(from: LegalDate("2011-01-01")!, to: LegalDate("2011-06-01")!).get()
        let title = try #require(diff.changes.first)
        #expect(title.level == .title && title.kind == .changed && title.address == "intitulé")
        #expect(title.old == "Arrêté royal relatif aux jardins communautaires" && title.new == "Arrêté royal relatif aux jardins communautaires et partagés")
        #expect(title.attribution.map(\.citation) == ["AR 2011-01-05/01"])
        #expect(TextDiffRenderer.render(diff, style: .plain).contains("@@ intitulé (changed)\nArrêté royal relatif aux jardins communautaires {+et partagés+}\n"))
        // Before the change: nothing.
        let before = try consolidated.diff(from: LegalDate("2011-01-01")!, to: LegalDate("2011-02-01")!).get()
        #expect(before.changes.isEmpty)
        // One article asked for: not the title.
        let article = try consolidated.diff(from: LegalDate("2011-01-01")!, to: LegalDate("2011-06-01")!, article: "1").get()
        #expect(!article.changes.contains { $0.level == .title })
    }
}

extension TitleDiffTests {
    /// Two Justel states of one act print their titles with marks, notes and « Voir
    /// modification(s) »: compared without them.
    @Test func justelsMarksAndNotesAreNoChange() {
        #expect(ActDiffer.plainTitle("[1 Arrêté royal relatif aux jardins]1. <AR 2024-03-06/04, art. 1, 005; En vigueur : 01-04-2024>") == "Arrêté royal relatif aux jardins.")
        #expect(ActDiffer.titleChange("Arrêté du Gouvernement wallon relatif au SePAC Voir modification(s)", "Arrêté du Gouvernement wallon relatif au SePAC") == nil)
        #expect(ActDiffer.titleChange("Arrêté royal relatif aux jardins", "Arrêté royal relatif aux jardins partagés") != nil)
    }
}
