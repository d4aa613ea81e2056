import ChronolexModel
import ChronolexReaders
import Testing

@Suite("Text between a division heading and its first article")
struct DivisionTextTests {
    @Test func isKeptWithTheDivisionAndReported() throws {
        let result = ActReader.read(text: """
        **Art. 1.** Texte.

        ### Annexe.

        Modèle de formulaire.

        **Art. N1.** Annexe.
        """, file: "annex.md")
        #expect(result.diagnostics.map(\.description) == [
            "annex.md:5: warning: text outside any article, after a division heading: kept with the heading's division, not as law",
        ])
        let act = try #require(result.act)
        guard case .division(let annex) = act.body[1] else { Issue.record("no annex division"); return }
        #expect(annex.kind == .annexe)
        #expect(annex.intro.map(\.text) == ["Modèle de formulaire."])
        #expect(dump(try roundTrip(act)) == dump(act))
    }
}
