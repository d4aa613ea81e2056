import ChronolexAmendments
import ChronolexModel
@testable import ChronolexTimeline
import Testing

/// The thirty-first look's faults in words: typographic variants that were « not found »,
/// and words added at the end of a unit that ate its punctuation or went into its opening
/// words.
@Suite("Look 31: words as the law writes them")
struct Look31WordsTests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    static func amending(_ body: String) -> String { OperationTests.amending("**Art. 1er.** " + body) }

    static let base = baseAct("""
        **Article 1er.** Pour l'application du présent arrêté, on entend par :

        1° exploitant : la personne qui exploite la piscine;

        2° ministre : le ministre de l'Intérieur.

        **Art. 2.** Le montant est de cent euros.

        **Art. 3.** L'exploitant fournit des bouées, des perches, etc.
        """)

    /// « de l’Intérieur » (typographic apostrophe) asked where the text has « de l'Intérieur »;
    /// « cent euros » with a no-break space: found, the text's own spelling kept around them.
    @Test func typographicVariantsAreTheSameWords() throws {
        let apostrophe = try Fixture(base: Self.base, amending: [Self.amending("Dans l'article 1er, 2°, \(Self.cited), les mots « de l’Intérieur » sont remplacés par les mots « de l’Intérieur et de la Sécurité ».")])
        #expect(apostrophe.failures.isEmpty, "\(apostrophe.failures)")
        #expect(apostrophe.text("1", at: "2021-06-01")?.contains("2° ministre : le ministre de l’Intérieur et de la Sécurité.") == true, "\(apostrophe.text("1", at: "2021-06-01") ?? "")")
        let space = try Fixture(base: Self.base, amending: [Self.amending("Dans l'article 2 \(Self.cited), les mots « cent\u{00A0}euros » sont remplacés par les mots « deux cents euros ».")])
        #expect(space.failures.isEmpty, "\(space.failures)")
        #expect(space.text("2", at: "2021-06-01") == "Art. 2. Le montant est de deux cents euros.\n")
        // Not a licence: other letters are still other words.
        #expect(Words.occurrences(of: "de l’Interieur", in: "de l'Intérieur").isEmpty)
        #expect(Words.occurrences(of: "de l’Intérieur", in: "le ministre de l'Intérieur.").count == 1)
    }

    /// New words with a final mark of their own end the unit with it.
    @Test func newWordsEndingWithTheirOwnMark() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("Dans l'article 1er \(Self.cited), le 2° est complété par les mots « et de la Sécurité; ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01")?.contains("2° ministre : le ministre de l'Intérieur et de la Sécurité;") == true, "\(fixture.text("1", at: "2021-06-01") ?? "")")
        #expect(Words.complete("la personne qui exploite la piscine;", with: "ou la fait exploiter.") == "la personne qui exploite la piscine ou la fait exploiter.")
        // Without a mark of their own, as before: before the unit's mark.
        #expect(Words.complete("la personne qui exploite la piscine;", with: "ou la fait exploiter") == "la personne qui exploite la piscine ou la fait exploiter;")
    }

    /// « …, etc. » completed: the abbreviation keeps its period, the sentence gets its own.
    @Test func aUnitEndingWithEtc() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("L'article 3 \(Self.cited) est complété par les mots « , conformément aux normes en vigueur ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-06-01") == "Art. 3. L'exploitant fournit des bouées, des perches, etc., conformément aux normes en vigueur.\n")
        #expect(Words.endsWithAbbreviation("des perches, etc.") && !Words.endsWithAbbreviation("un budget."))
    }

    /// A unit that ends with its points, completed by words: where they go is not said.
    @Test func aUnitEndingWithItsPoints() throws {
        let fixture = try Fixture(base: Self.base, amending: [Self.amending("Dans l'article 1er \(Self.cited), l'alinéa unique est complété par les mots « sauf disposition contraire ».")])
        #expect(fixture.failures == ["Art. 1: « sauf disposition contraire » added at the end of art. 1, which ends with its points (1° to 2°): whether the words end its last point or follow the enumeration is not said; not applied"],
                "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01")?.contains("on entend par :\n") == true)
    }
}

extension Look31WordsTests {
    /// « L'exploitant » with « exploitant » replaced by « gestionnaire »: « L'gestionnaire »,
    /// left as the text has it (whether « le » or « la » is meant is not said), and said.
    @Test func anElisionTheNewWordsDoNotTake() throws {
        let base = baseAct("**Article 1er.** L'exploitant tient un registre.\n\n**Art. 2.** Texte deux.")
        let fixture = try Fixture(base: base, amending: [Self.amending("Dans l'article 1er \(Self.cited), le mot « exploitant » est remplacé par le mot « gestionnaire ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.warnings == ["Art. 1: « L'gestionnaire »: the new words stand after « L' », which the old words « exploitant » called for; left as the text has it (the instruction does not say what replaces it): check the text"],
                "\(fixture.warnings)")
        #expect(Words.elisionSlip(replacing: "exploitant", by: "opérateur", in: ["L'opérateur tient"]) == nil)
    }
}
