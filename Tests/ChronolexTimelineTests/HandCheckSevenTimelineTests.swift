import ChronolexAmendments
import ChronolexModel
import Testing

/// The seventh hand check of issue 13, applied: a code cited by its name, and « le 7° »
/// beside items « 7) ».
@Suite("Hand check 7, applied")
struct HandCheckSevenTimelineTests {
    static let code = code("**Art. L3341-1.** Le Gouvernement octroie des subventions.")

    /// The Code de la démocratie locale et de la décentralisation, whose text is `body`.
    static func code(_ body: String) -> String {
        """
        ---
        title-fr: "Code de la démocratie locale et de la décentralisation"
        date: 2004-04-22
        number: 2004A27184
        publication: 2004-08-12
        starts: 2004-08-12
        ---

        \(body)
        """
    }

    static func amendingTheCode(_ name: String) -> String {
        """
        ---
        title-fr: "Décret modifiant le \(name)"
        date: 2018-12-20
        number: 2019200191
        publication: 2019-01-22
        ---

        **Article 1er.** Dans l'article L3341-1 du \(name), le mot « octroie » est remplacé par le mot « accorde ».

        **Art. 2.** Le présent décret entre en vigueur le 1er janvier 2019.
        """
    }

    /// Records 64, 75, 97: a code is cited by its name, never its date; its edits were all
    /// « aimed at another act » when consolidating that code.
    @Test func aCodeCitedByItsName() throws {
        let fixture = try Fixture(base: Self.code, amending: [Self.amendingTheCode("Code de la démocratie locale et de la décentralisation")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.timeline.outcomes.map(\.status) == [.applied])
        #expect(fixture.text("L3341-1", at: "2019-06-01") == "Art. L3341-1. Le Gouvernement accorde des subventions.\n")
        // Another code is another act.
        let other = try Fixture(base: Self.code, amending: [Self.amendingTheCode("Code du Développement territorial")])
        #expect(other.timeline.outcomes.map(\.status) == [.otherAct])
    }

    /// Record 31 (2019030053, art. 27): « 1) … 34) » listed under a 6° are the 6°'s own,
    /// and « le 7° est supprimé » repeals the 7°, not the item « 7) ».
    @Test func theSeventhPointNotTheSeventhItem() throws {
        let base = baseAct("""
        **Art. 51.** Les fonctions sont :

        6° professeur de formation instrumentale, pour chacune des spécialités suivantes :

        1) accordéon ;

        7) contrebasse ;

        7° professeur de formation instrumentale jazz ;

        8° professeur de chant.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 51, le 7° est abrogé.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("51", at: "2021-01-01") == "Art. 51. Les fonctions sont :\n6° professeur de formation instrumentale, pour chacune des spécialités suivantes :\n   1) accordéon ;\n   7) contrebasse ;\n7° (...)\n8° professeur de chant.\n")
    }
}

/// Hand check 8, applied: the Code de la démocratie locale's parts hold its books.
@Suite("Hand check 8, applied")
struct HandCheckEightTimelineTests {
    /// Cause D (2019200191): « Dans la Troisième partie, Livre III, du Code de la démocratie
    /// locale et de la décentralisation, il est inséré un Titre V » — every such instruction
    /// said « partie 3, livre III does not exist »: a book closed the part that holds it.
    @Test func booksInsideParts() throws {
        let code = HandCheckSevenTimelineTests.code("""
        ## TROISIEME PARTIE. - Les finances

        ### LIVRE III. - Les subventions

        #### TITRE IV. - Dispositions diverses

        **Art. L3341-1.** Le Gouvernement octroie des subventions.

        ### LIVRE IV. - Les comptes

        **Art. L3411-1.** Les comptes sont tenus.
        """)
        let amending = HandCheckSevenTimelineTests.amendingTheCode("Code de la démocratie locale et de la décentralisation")
            .replacingOccurrences(of: "Dans l'article L3341-1 du Code de la démocratie locale et de la décentralisation, le mot « octroie » est remplacé par le mot « accorde ».",
                                  with: "Dans la Troisième partie, Livre III, du Code de la démocratie locale et de la décentralisation, il est inséré un Titre V intitulé « Subventions aux grandes villes ».")
        let fixture = try Fixture(base: code, amending: [amending])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let date = try #require(LegalDate("2019-06-01"))
        let act = fixture.timeline.act(at: date)
        guard case .division(let part)? = act.body.first else {
            Issue.record("no division first: \(act.body)")
            return
        }
        #expect(part.kind == .partie && part.number == "3")
        let books = part.children.compactMap { if case .division(let book) = $0 { book } else { nil } }
        #expect(books.map(\.number) == ["III", "IV"])
        let titles = books.first?.children.compactMap { if case .division(let title) = $0 { title.number } else { nil } }
        #expect(titles == ["IV", "V"])
    }
}
