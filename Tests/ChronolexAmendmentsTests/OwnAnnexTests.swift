import ChronolexAmendments
import ChronolexModel
import Testing

/// A new annex whose text is the amending act's own annex: « est ajouté une annexe VI.3-5
/// reprise à l'annexe du présent arrêté » (2023200641, art. 16), « il est inséré une annexe
/// III.5 telle que reprise en annexe au présent décret » (2023040026, art. 2).
@Suite("A new annex taken from the act's own annex")
struct OwnAnnexTests {
    @Test func theNewAnnexIsTheActsAnnex() throws {
        let (result, _) = readAmending("""
        **Article 1er.** Dans le titre 3 relatif à l'amiante du livre VI du même arrêté, est ajouté une annexe VI.3-5 reprise à l'annexe du présent arrêté.

        ### Annexe.

        **Art. N1.**

        Procédure d'inventaire

        La personne chargée de l'inventaire dispose de l'équipement requis.
        """)
        #expect(!result.hasErrors, "\(result.diagnostics)")
        let edit = try #require(result.edits.first)
        #expect(edit.target.description == "livre VI, titre 3")
        #expect(edit.notes.contains("relatif à l'amiante"))
        guard case .insertUnits(let unit, let text, _)? = edit.change else { Issue.record("not an insertion: \(edit)"); return }
        #expect(unit.kind == .annex && unit.number == "VI.3-5")
        #expect(text.blocks == ["Procédure d'inventaire", "La personne chargée de l'inventaire dispose de l'équipement requis."])
    }

    @Test func anActWithoutItsAnnexSaysSo() throws {
        let result = edits("Dans le même arrêté, il est inséré une annexe III.5 telle que reprise en annexe au présent arrêté.")
        #expect(result.edits.first?.error == "the instruction inserts as its new annex the annex of this act, but this act has no annex")
    }

    /// Where `../shared` is: the annex's title line, which Justel's markdown reads as a
    /// heading of its own after an empty « Art. N1. », is the annex's first line.
    @Test func theRealAct() throws {
        let path = sharedRoot + "/corpus/amending-sample/2023200641.md"
        try #require(fileExists(path), "../shared is absent (a newcomer's clone): the real act cannot be read")
        let (result, _) = readFile(path)
        let edit = try #require(result.edits.first { $0.source.article == "16" })
        #expect(edit.error == nil)
        #expect(edit.newText.first == "ANNEXE VI.3-5")
        #expect(edit.newText.count == 32)
    }
}
