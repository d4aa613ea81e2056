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

    **Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2020.

    ### Annexe.

    **Art. N1.** Section 1. Dispositions générales.

    1.1. Le personnel vérifie les déchets.

    1.2. L'exploitant tient un registre.
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

    /// An annex's numbered item is the alinéa that begins with its number and those after
    /// it up to the next item that is not its own: replaced whole, its neighbours kept.
    @Test func aNumberedItemIsReplacedWhole() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'annexe, section 1, la disposition 1.2 est remplacée par la disposition suivante : « 1.2. L'exploitant tient deux registres. ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let annex = try #require(fixture.text("N1", at: "2021-01-01"))
        #expect(annex.contains("1.2. L'exploitant tient deux registres."), "\(annex)")
        #expect(!annex.contains("tient un registre"))
        #expect(annex.contains("1.1. Le personnel vérifie les déchets."))
    }
}

/// Numbered items of an annex printed as one article (2023200531, art. 8; 2023200641, arts.
/// 13–14), applied: only where the item's own labels decide.
@Suite("Numbered items of an annex, applied")
struct NumberedItemApplyTests {
    static let base = baseAct("""
    **Article 1er.** Le présent arrêté s'applique aux granulats.

    ### Annexe.

    **Art. N1.** Section 1. Conditions relatives à l'installation

    1.3. Exigences administratives

    a) l'exploitant tient un registre;

    b) l'exploitant conclut des contrats.

    1.4. Les déchets sont stockés à l'abri.

    Section 4. Système de gestion

    4.4. Un organisme vérifie le système.

    4.5. L'importateur requiert un système.

    Il en informe l'administration.

    4.6. L'exploitant donne accès au système.

    B. Mesurages

    1° les mesurages sont effectués;

    2° lorsque la valeur limite est dépassée, une autre technique est appliquée.

    C. Dispositions finales

    Le présent point s'applique aux chantiers.
    """)

    func applied(_ instruction: String) throws -> (Fixture, String) {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** " + instruction)])
        return (fixture, try #require(fixture.text("N1", at: "2021-01-01")))
    }

    @Test func aPointOfAnItem() throws {
        let (fixture, annex) = try applied("Dans l'annexe, dans la section 1, 1.3, le b) est remplacé par ce qui suit : « b) l'exploitant conclut des contrats de cession; ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(annex.contains("b) l'exploitant conclut des contrats de cession;"), "\(annex)")
        #expect(fixture.timeline.outcomes.first?.resolved == "art. N1, 1.3 (al. 2), b)")
    }

    /// "les 4.4 à 4.6 sont remplacés": from the first item's alinéa to the last one's end —
    /// the alinéa after 4.5 included, the heading of B (another kind of number) not.
    @Test func aRangeOfItems() throws {
        let (fixture, annex) = try applied("Dans l'annexe, dans la section 4, les 4.4 à 4.6 sont remplacés par ce qui suit : « 4.4. Un organisme vérifie annuellement le système. Cet organisme peut être : » « a) un vérificateur; » « b) un organisme accrédité. » « 4.5. L'exploitant donne accès au système. ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(annex.contains("4.4. Un organisme vérifie annuellement le système. Cet organisme peut être :\na) un vérificateur;\nb) un organisme accrédité.\n4.5. L'exploitant donne accès au système.\nB. Mesurages"), "\(annex)")
        #expect(!annex.contains("Il en informe"))
    }

    /// A new text that holds an item the annex prints after the span: where the item ends
    /// is not certain (« B. » may hold numbered items of its own).
    @Test func aNewTextThatHoldsALaterItem() throws {
        let (fixture, annex) = try applied("Dans l'annexe, la disposition 4.6 est remplacée par la disposition suivante : « 4.6. L'exploitant donne accès au système. » « B. Mesurages ».")
        #expect(fixture.failures.first?.contains("holds the item « B », which the annex prints after it") == true, "\(fixture.failures)")
        #expect(annex.contains("4.6. L'exploitant donne accès au système.\nB. Mesurages\n1° les mesurages"))
    }

    /// A heading of a division ends an item: "1.4" is one alinéa, « Section 4 » stays.
    @Test func aDivisionHeadingEndsAnItem() throws {
        let (fixture, annex) = try applied("Dans l'annexe, la disposition 1.4 est remplacée par la disposition suivante : « 1.4. Les déchets sont stockés sur une aire étanche. ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(annex.contains("1.4. Les déchets sont stockés sur une aire étanche.\nSection 4. Système de gestion"), "\(annex)")
    }

    /// "1.4, la disposition est remplacée par … « Les déchets … »": an item of one alinéa
    /// keeps its number before its new words; one of several alinéas is not guessed.
    @Test func theWordsOfAnItemWithoutItsNumber() throws {
        let (fixture, annex) = try applied("Dans l'annexe, 1.4, la disposition est remplacée par la disposition suivante : « Les déchets sont stockés sous abri. ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(annex.contains("1.4. Les déchets sont stockés sous abri.\nSection 4"), "\(annex)")
        let (several, _) = try applied("Dans l'annexe, 4.5, la disposition est remplacée par la disposition suivante : « L'importateur requiert deux systèmes. ».")
        #expect(several.failures.first?.contains("does not begin with its number, and the item has several alinéas or points") == true, "\(several.failures)")
    }

    /// 2023200641, art. 13: a part lettered by a capital, and a point inside it.
    @Test func aPointOfALetteredPart() throws {
        let (fixture, annex) = try applied("Dans la disposition du point 2° au point B de l'annexe, les mots « la méthode de travail est adaptée ou » sont insérés entre le mot « dépassée, » et les mots « une autre technique ».")
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(annex.contains("2° lorsque la valeur limite est dépassée, la méthode de travail est adaptée ou une autre technique est appliquée."), "\(annex)")
    }

    /// Alinéas counted inside an item (is the line of its number its first alinéa?), and a
    /// number that begins no alinéa or two: said, nothing changed.
    @Test func whatIsNotCertainIsSaid() throws {
        let (counted, annex) = try applied("Dans l'annexe, 4.5, alinéa 2, le mot « administration » est remplacé par le mot « autorité ».")
        #expect(counted.failures.first?.contains("al. 2 of the numbered item « 4.5 » is counted inside the item") == true, "\(counted.failures)")
        #expect(annex.contains("Il en informe l'administration."))
        let (inserted, _) = try applied("Dans l'annexe, 4.5, un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2 : « Il tient un registre. ».")
        #expect(inserted.failures.first?.contains("an alinéa placed by the count of the alinéas of the numbered item « 4.5 »") == true, "\(inserted.failures)")
        let (absent, _) = try applied("Dans l'annexe, la disposition 2.1 est remplacée par la disposition suivante : « 2.1. Texte. ».")
        #expect(absent.failures.first?.contains("no alinéa of the annex begins with the number « 2.1 »") == true, "\(absent.failures)")
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
