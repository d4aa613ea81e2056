import ChronolexAmendments
import ChronolexModel
import Testing

/// The amending act's fields are shared by the edits of one act: a copy changed is changed
/// alone, and two references are equal (and hash alike) when their fields are, shared or not.
@Suite("An amending act's reference, shared by its edits")
struct AmendingActRefTests {
    static let act = AmendingActRef(numac: "2024299999", date: LegalDate("2024-01-01"), dossier: "2024-01-01/99",
                                    publication: LegalDate("2024-02-01"), title: "Arrêté du Gouvernement modifiant l’arrêté …",
                                    authority: "COMMUNAUTE FRANCAISE", eli: "https://example.invalid/eli", file: "a.md")

    @Test func aCopyChangedIsChangedAlone() {
        var copy = Self.act
        copy.numac = "2024299998"
        copy.file = "b.md"
        copy.publication = nil
        #expect(Self.act.numac == "2024299999")
        #expect(Self.act.file == "a.md")
        #expect(Self.act.publication == LegalDate("2024-02-01"))
        #expect(copy.numac == "2024299998")
        #expect(copy.file == "b.md")
        #expect(copy.publication == nil)
        #expect(copy.dossier == Self.act.dossier)
        #expect(copy != Self.act)
    }

    @Test func equalWhenTheFieldsAre() {
        let same = AmendingActRef(numac: "2024299999", date: LegalDate("2024-01-01"), dossier: "2024-01-01/99",
                                  publication: LegalDate("2024-02-01"), title: "Arrêté du Gouvernement modifiant l’arrêté …",
                                  authority: "COMMUNAUTE FRANCAISE", eli: "https://example.invalid/eli", file: "a.md")
        #expect(same == Self.act)
        #expect(same.hashValue == Self.act.hashValue)
        #expect(Set([same, Self.act]).count == 1)
        var changedBack = Self.act
        changedBack.title = "autre"
        #expect(changedBack != Self.act)
        changedBack.title = Self.act.title
        #expect(changedBack == Self.act)
        #expect(changedBack.hashValue == Self.act.hashValue)
        for field in [\AmendingActRef.numac, \.dossier, \.title, \.authority, \.eli] {
            var other = Self.act
            other[keyPath: field] = nil
            #expect(other != Self.act)
        }
    }

    @Test func sourcesAndEditsKeepTheirAct() {
        let source = EditSource(act: Self.act, article: "1er", points: [], line: 3)
        var edit = Edit(source: source, targetAct: nil, target: UnitReference([]), change: nil)
        edit.source.act.dossier = "2024-01-01/98"
        #expect(source.act.dossier == "2024-01-01/99")
        #expect(edit.source.act.dossier == "2024-01-01/98")
        #expect(edit.source.act.justelCitation.hasSuffix("2024-01-01/98"))
        #expect(source.act.justelCitation.hasSuffix("2024-01-01/99"))
    }
}
