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

/// Hand check 8, cause D: the Code de la démocratie locale puts its books inside its parts,
/// and numbers its parts with an ordinal first (« TROISIEME PARTIE »).
@Suite("Books inside parts")
struct BooksInsidePartsTests {
    @Test func aBookOpenedInsideAPartStaysInIt() throws {
        let act = try readAct("""
        ## TROISIEME PARTIE. - Les finances

        ### LIVRE III. - Les subventions

        **Art. L3341-1.** Texte.

        ### LIVRE IV. - Les comptes

        **Art. L3411-1.** Texte.

        ## QUATRIEME PARTIE. - Les élections

        ### LIVRE Ier. - Les électeurs

        **Art. L4111-1.** Texte.
        """)
        let parts = act.body.compactMap { if case .division(let d) = $0 { d } else { nil } }
        #expect(parts.map(\.kind) == [DivisionKind.partie, .partie])
        #expect(parts.map(\.number) == ["3", "4"])
        #expect(parts[0].children.compactMap { if case .division(let d) = $0 { d.number } else { nil } } == ["III", "IV"])
        // Elsewhere a part stays inside its book, as before.
        let code = try readAct("## LIVRE Ier. - Dispositions\n\n### PARTIE 1. - Générales\n\n**Art. 1.** Texte.\n\n## LIVRE II. - Autres\n\n**Art. 2.** Texte.")
        let books: [DivisionKind] = code.body.compactMap { if case .division(let d) = $0 { d.kind } else { nil } }
        #expect(books == [.livre, .livre])
        // The words of a title are not an ordinal heading.
        let words = try readAct("## Première section\n\n**Art. 1.** Texte.")
        guard case .division(let other)? = words.body.first else { Issue.record("no division"); return }
        #expect(other.kind == .other)
    }
}
