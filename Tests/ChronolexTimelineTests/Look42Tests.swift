import ChronolexModel
import ChronolexTimeline
import Testing

/// Look 42 (a jurist's probe): an edit applied to words or sentences that an act published
/// after it, but in force before it, had changed. Look 23 refused such an edit when that act
/// replaced its unit or moved the alinéa it counts; at the level of words and sentences it
/// was applied without a word — « cent » replaced inside the « cent cinquante » a later act
/// wrote (« deux cents cinquante euros », a text no act wrote), « la deuxième phrase »
/// replaced when a later act had inserted a sentence before it.
@Suite("Look 42: words and sentences the edit's act could not see")
struct UnseenWordsTests {
    /// The act that changes the text first, published after the other (2021-03-10) but
    /// taking effect before it (2020-05-01).
    static func later(_ instruction: String) -> String {
        OperationTests.amending("**Art. 1er.** " + instruction, date: "2021-03-01", published: "2021-03-10", numac: "2021200100",
                                entry: "Le présent arrêté produit ses effets le 1er mai 2020.")
    }

    /// The act published first (2020-06-10), in force from 2021-01-01.
    static func first(_ instruction: String) -> String {
        OperationTests.amending("**Art. 1er.** " + instruction)
    }

    @Test func wordsSoughtInsideWordsALaterActWrote() throws {
        let first = Self.first("Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».")
        let later = Self.later("Dans l'article 3, § 1er, alinéa 1er, les mots « trente jours » sont remplacés par les mots « trente jours ouvrables ».")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, later])
        #expect(fixture.failures.contains {
            $0.contains("written for the text its act saw when published (2020-06-10): the words « trente » stand in the words « trente jours ouvrables » written by the arrêté du Gouvernement du 1er mars 2021 (art. 1), published later (2021-03-10) with effect from 2020-05-01")
        }, "\(fixture.failures)")
        #expect(fixture.text("3", at: "2021-06-01")?.contains("dans les trente jours ouvrables.") == true)
    }

    @Test func anAnchorInsideWordsALaterActWrote() throws {
        let first = Self.first("Dans l'article 4, alinéa 1er, les mots « de la Culture » sont insérés après le mot « département ».")
        let later = Self.later("Dans l'article 4, alinéa 1er, les mots « Le département tient » sont remplacés par les mots « Le département du ministre tient ».")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, later])
        #expect(fixture.failures.contains { $0.contains("the words « département » stand in the words « Le département du ministre tient » written by") }, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2021-06-01")?.contains("Le département du ministre tient un registre.") == true)
    }

    /// Words a later act wrote elsewhere in the unit, or words it wrote that the edit does
    /// not seek: the edit's words are those its act saw, and it applies.
    @Test(arguments: [
        ("Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».", "Le département de la Culture tient un fichier."),
        ("Dans l'article 4, alinéa 2, le mot « public » est remplacé par les mots « ouvert au département ».", "Le département de la Culture tient un registre.\nLe registre est ouvert au département."),
    ])
    func wordsALaterActWroteElsewhere(_ instruction: String, _ expected: String) throws {
        let first = Self.first("Dans l'article 4, alinéa 1er, les mots « de la Culture » sont insérés après le mot « département ».")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, Self.later(instruction)])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("4", at: "2021-06-01")?.contains(expected) == true, "\(fixture.text("4", at: "2021-06-01") ?? "")")
    }

    @Test func aSentenceInsertedBeforeTheOneCounted() throws {
        let first = Self.first("Dans l'article 1er, la deuxième phrase est remplacée par ce qui suit : « Il vise les essais privés. »")
        let later = Self.later("Dans l'article 1er, les mots « aux essais. Il vise » sont remplacés par les mots « aux essais. Il est publié. Il vise ».")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, later])
        #expect(fixture.failures.contains {
            $0.contains("written for the text its act saw when published (2020-06-10): the sentences of art. 1 were renumbered by the arrêté du Gouvernement du 1er mars 2021 (art. 1), published later (2021-03-10) with effect from 2020-05-01")
        }, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-06-01") == "Article 1er. Le présent arrêté s'applique aux essais. Il est publié. Il vise les essais publics.\n")
    }

    /// A sentence counted from the start is the same after one added at the end or words
    /// changed without a new sentence; the last one is not, after one added at the end.
    /// (A sentence added by « est complété par la phrase suivante » at the level of an
    /// article is not applied yet, so it cannot move one.)
    @Test(arguments: [
        ("la deuxième phrase", "Dans l'article 1er, les mots « les essais publics. » sont remplacés par les mots « les essais publics. Il est publié. ».", false),
        ("la deuxième phrase", "Dans l'article 1er, le mot « publics » est remplacé par le mot « ouverts ».", false),
        ("la dernière phrase", "Dans l'article 1er, les mots « les essais publics. » sont remplacés par les mots « les essais publics. Il est publié. ».", true),
        ("la dernière phrase", "Dans l'article 1er, le mot « publics » est remplacé par le mot « ouverts ».", false),
    ])
    func sentencesMovedOrNot(_ counted: String, _ instruction: String, _ refused: Bool) throws {
        let first = Self.first("Dans l'article 1er, \(counted) est remplacée par ce qui suit : « Il vise les essais privés. »")
        let fixture = try Fixture(base: OperationTests.base, amending: [first, Self.later(instruction)])
        #expect(fixture.failures.contains { $0.contains("written for the text its act saw") } == refused, "\(fixture.failures)")
        if !refused { #expect(fixture.text("1", at: "2021-06-01")?.contains("aux essais. Il vise les essais privés.") == true, "\(fixture.text("1", at: "2021-06-01") ?? "")") }
    }
}
