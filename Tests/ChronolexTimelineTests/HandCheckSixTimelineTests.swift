import ChronolexAmendments
import ChronolexModel
import Testing

/// Hand check 6 applied: one point's new text whole, words outside new points an error,
/// and an alinéa cited after an insertion of the same article found by its words.
@Suite("Hand check 6, applied")
struct HandCheckSixTimelineTests {
    static let definitions = baseAct("""
    **Article 1er.** Pour l'application du présent arrêté, on entend par :

    23° « amendement » : un produit ancien;

    24° « substrat » : un produit ancien;

    25° « responsable » : la personne.

    Les définitions valent pour les annexes.
    """)

    /// Record 336: the 24°'s definition, on the line after its term, was dropped.
    @Test func aPointsDefinitionOnItsSecondLineIsApplied() throws {
        let fixture = try Fixture(base: Self.definitions, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, le 24° est remplacé par ce qui suit :\n\n« 24° « substrat de culture » :\n\nun produit autre que le sol en place; »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01")?.contains("24° « substrat de culture » : un produit autre que le sol en place;\n25°") == true)
    }

    /// The same definitions as Justel prints many: each on the line after its term.
    static let definitionsOnTwoLines = baseAct("""
    **Article 1er.** Pour l'application du présent arrêté, on entend par :

    23° « amendement » :

    un produit ancien;

    24° « substrat » :

    un mélange ancien;

    25° « responsable » :

    la personne.

    Les définitions valent pour les annexes.
    """)

    /// Check 6's base (syn/def): a base whose definitions stand on the line after their
    /// term. Replacing the 24° left its old definition behind, as an alinéa, without a word.
    @Test func aBasePointsDefinitionOnItsSecondLineIsReplacedWithIt() throws {
        let fixture = try Fixture(base: Self.definitionsOnTwoLines, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, le 24° est remplacé par ce qui suit :\n\n« 24° « substrat de culture » : un mélange nouveau de tourbe; »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let text = try #require(fixture.text("1", at: "2021-01-01"))
        #expect(!text.contains("un mélange ancien"))
        #expect(text.contains("24° « substrat de culture » : un mélange nouveau de tourbe;\n25° « responsable » :\nla personne."))
        // The alinéa after the enumeration is still the second, and the only other.
        let removed = try Fixture(base: Self.definitionsOnTwoLines, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, l'alinéa 2 est abrogé.")])
        #expect(removed.failures.isEmpty, "\(removed.failures)")
        #expect(removed.text("1", at: "2021-01-01")?.contains("Les définitions valent") == false)
        #expect(removed.text("1", at: "2021-01-01")?.contains("la personne.") == true)
    }

    /// Words outside the new points (after their own points) have no place a point can
    /// take: an error, never dropped.
    @Test func wordsOutsideTheNewPointsAreAnError() throws {
        let fixture = try Fixture(base: Self.definitions, amending: [OperationTests.amending(
            "**Art. 1er.** Dans l'article 1er, le 24° est remplacé par ce qui suit :\n\n« 24° « substrat » :\n\na) les terreaux;\n\nb) les tourbes;\n\nà l'exclusion du sol en place; »")])
        #expect(fixture.failures == ["Art. 1: the new text of art. 1, al. 1, 24° holds words outside its point(s) (« à l'exclusion du sol en place; »): where they go is not said"])
        #expect(fixture.text("1", at: "2021-01-01")?.contains("24° « substrat » : un produit ancien;") == true)
    }

    static let music = baseAct("""
    **Art. 31.** § 1er. La dotation est fixée chaque année.

    § 2. La dotation est calculée sur le nombre d'élèves.

    Le calcul visé de l'alinéa 1er tient compte des domaines.

    Les élèves visés à l'alinéa 1er sont réguliers.
    """)

    static func music(_ second: String) -> String {
        OperationTests.amending("""
        **Art. 1er.** A l'article 31, § 2, les modifications suivantes sont apportées :

        1° un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2 : « Durant une période transitoire, la dotation est calculée sur une moyenne des domaines. »;

        2° \(second)
        """)
    }

    /// Record 17 (2019030053, art. 10): the act counts as before its own insertion; the
    /// words are only in the alinéa so counted, and are changed there, with a note.
    @Test func theWordsTellWhichCountTheActUses() throws {
        let before = try Fixture(base: Self.music, amending: [Self.music("dans l'alinéa 2, les mots « de l'alinéa 1er » sont remplacés par les mots « des alinéas 1 et 2 ».")])
        #expect(before.failures.isEmpty, "\(before.failures)")
        #expect(before.text("31", at: "2021-01-01") == "Art. 31. § 1er. La dotation est fixée chaque année.\n§ 2. La dotation est calculée sur le nombre d'élèves.\nDurant une période transitoire, la dotation est calculée sur une moyenne des domaines.\nLe calcul visé des alinéas 1 et 2 tient compte des domaines.\nLes élèves visés à l'alinéa 1er sont réguliers.\n")
        #expect(before.warnings.contains { $0.contains("the act counts the alinéas as before its own insertion") })
        // Counted with the insertion: the words are in the new alinéa 2 only.
        let after = try Fixture(base: Self.music, amending: [Self.music("dans l'alinéa 2, les mots « une moyenne » sont remplacés par les mots « la moyenne ».")])
        #expect(after.failures.isEmpty, "\(after.failures)")
        #expect(after.text("31", at: "2021-01-01")?.contains("calculée sur la moyenne des domaines.") == true)
        // In both: which the act means is not certain.
        let both = try Fixture(base: Self.music, amending: [Self.music("dans l'alinéa 2, les mots « des domaines » sont remplacés par les mots « des disciplines ».")])
        #expect(both.failures.count == 1)
        #expect(both.failures.first?.contains("which the act means is not certain; not applied") == true)
    }
}
