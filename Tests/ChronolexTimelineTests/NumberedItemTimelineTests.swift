import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import Testing

/// What becomes of the annex items and point headings of `NumberedItemTests` once applied.
@Suite("Numbered items and point headings, applied")
struct NumberedItemTimelineTests {
    static let base = baseAct("""
    **Article 1er.** Les titres requis sont les suivants :

    1° professeur de chant :

    a) titres requis : diplôme de chant;

    b) titres suffisants : diplôme de musique;

    2° professeur de piano : diplôme de piano.

    ### Annexe.

    **Art. N1.** Section 1. Dispositions générales.

    1.1. Le personnel vérifie les déchets.

    1.2. L'exploitant tient un registre.

    **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    /// "l'intitulé du 1°": the point's words before its enumeration, its label printed
    /// again in the new text not doubled.
    @Test func theHeadingOfAPointIsItsIntroductoryPhrase() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, l'intitulé du 1° est remplacé par ce qui suit : « 1° professeur de chant et de musique de chambre vocale : ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = try #require(fixture.text("1", at: "2021-01-01"))
        #expect(text.contains("1° professeur de chant et de musique de chambre vocale :\n"), "\(text)")
        #expect(text.contains("a) titres requis : diplôme de chant;"))
        #expect(!text.contains("1° 1°"))
    }

    /// The model holds no numbered items ("1.2." is words of an annex's alinéa): an
    /// instruction on one is read, and said not applied — never applied to a guessed alinéa.
    @Test func aNumberedItemIsNotLocatedByGuess() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'annexe, section 1, la disposition 1.2 est remplacée par la disposition suivante : « 1.2. L'exploitant tient deux registres. ».")])
        #expect(fixture.failures == ["Art. 1: numbered items of a text (« 1.2 ») are not located yet: the model holds them as words of their alinéas; not applied"])
        let annex = try #require(fixture.text("N1", at: "2021-01-01"))
        #expect(annex.contains("1.2. L'exploitant tient un registre."))
    }
}

/// rw-pouvoirs-subordonnes-2004: « A l'article 1er, 1°/1, du décret … » — a point numbered
/// from the 1°, the sign before the slash, found however the instruction writes it.
@Suite("Points numbered from another")
struct InsertedPointLabelTests {
    static let base = baseAct("""
    **Article 1er.** Les matières visées :

    1° la composition des organes;

    1°/1 l'élection des organes, en ce compris le contrôle des dépenses;

    2° la tutelle.

    **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    @Test(arguments: ["1°/1", "1/1°"])
    func wordsInsertedInThePoint(_ label: String) throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(
            "**Art. 1er.** A l'article 1er, \(label), du même arrêté, les mots « la réglementation et » sont insérés entre les mots « en ce compris » et les mots « le contrôle des dépenses ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = try #require(fixture.text("1", at: "2021-01-01"))
        #expect(text.contains("1°/1 l'élection des organes, en ce compris la réglementation et le contrôle des dépenses;"), "\(text)")
    }
}

/// The text `check` compares: what counts as the same words for a jurist.
@Suite("The words check compares")
struct ComparableTextTests {
    @Test(arguments: [
        // Runs of spaces, no-break spaces and tabs are one space; none before punctuation.
        ("En vigueur :  Bruxelles,\u{00A0}\u{00A0}le  1er\tjuin .", "En vigueur: Bruxelles, le 1er juin."),
        // "..." and "…" left by deleted words are taken out.
        ("441L8 ... . Le reste … demeure", "441L8. Le reste demeure"),
        // A run of repealed units is one; one alone stays.
        ("Art. 3.\n()\n()\n()\nLe texte.\n()", "Art. 3.\n()\nLe texte.\n()"),
        // No space after a line break or an opening parenthesis; accents are copied.
        ("( à l'été )\n  Élément  déjà", "(à l'été)\nÉlément déjà"),
        ("", ""),
    ])
    func comparable(_ input: String, _ expected: String) {
        #expect(OfficialComparison.comparable(input) == expected)
    }
}
