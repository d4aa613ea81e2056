import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
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

    /// What the earlier act seeks (words, an anchor, a sentence counted) was changed by the
    /// later act before the earlier one applies: refused, said, the later act's text kept.
    @Test(arguments: [
        ("Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».",
         "Dans l'article 3, § 1er, alinéa 1er, les mots « trente jours » sont remplacés par les mots « trente jours ouvrables ».",
         "the words « trente » stand in the words « trente jours ouvrables » written", "3", "dans les trente jours ouvrables."),
        ("Dans l'article 4, alinéa 1er, les mots « de la Culture » sont insérés après le mot « département ».",
         "Dans l'article 4, alinéa 1er, les mots « Le département tient » sont remplacés par les mots « Le département du ministre tient ».",
         "the words « département » stand in the words « Le département du ministre tient » written", "4", "Le département du ministre tient un registre."),
        ("Dans l'article 1er, la deuxième phrase est remplacée par ce qui suit : « Il vise les essais privés. »",
         "Dans l'article 1er, les mots « aux essais. Il vise » sont remplacés par les mots « aux essais. Il est publié. Il vise ».",
         "the sentences of art. 1 were renumbered", "1", "Le présent arrêté s'applique aux essais. Il est publié. Il vise les essais publics."),
    ])
    func refusedWhenALaterActChangedWhatItSeeks(_ earlier: String, _ later: String, _ what: String, _ article: String, _ kept: String) throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [Self.first(earlier), Self.later(later)])
        #expect(fixture.failures.contains {
            $0.contains("written for the text its act saw when published (2020-06-10): \(what) by the arrêté du Gouvernement du 1er mars 2021 (art. 1), published later (2021-03-10) with effect from 2020-05-01")
        }, "\(fixture.failures)")
        #expect(fixture.text(article, at: "2021-06-01")?.contains(kept) == true, "\(fixture.text(article, at: "2021-06-01") ?? "")")
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

/// Look 42: an instruction that cites the base act by the day and kind of its own, but by a
/// title that is not the act's. Cited by the title a later act gave it (« relatif aux essais
/// de produits de construction », after the title was replaced), or with a slip
/// (« relatif aux essais des matériaux »), it was « aimed at another act »: ignored, said
/// only in a warning that `--quiet` hides, the text printed unamended.
@Suite("Look 42: the base act cited by another title")
struct CitedByAnotherTitleTests {
    /// An arrêté royal of 1 March 2010 « relatif aux jardins partagés », numac 2010009001.
    static let gardens = Look33Tests.gardens

    /// An act of 2011 that replaces the base's title by « Arrêté royal relatif aux jardins
    /// collectifs ».
    static let renaming = """
    ---
    title-fr: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux jardins partagés"
    date: 2011-04-01
    number: 2011009001
    publication: 2011-04-10
    modifies: 2010009001
    ---

    **Article 1er.** L'intitulé de l'arrêté royal du 1er mars 2010 relatif aux jardins partagés est remplacé par ce qui suit : « Arrêté royal relatif aux jardins collectifs ».

    **Art. 2.** Le présent arrêté entre en vigueur le 1er mai 2011.
    """

    /// The amending act's own title naming the act by its new title, without `modifies:`;
    /// or by its old one, with `modifies:` (look 42's t33: the front matter's numac was not
    /// taken for a citation whose title is not the one the front matter cites).
    @Test(arguments: [("relatif aux jardins collectifs", ""), ("relatif aux jardins partagés", "2010009001")])
    func citedByTheTitleALaterActGaveIt(_ ownTitle: String, _ modifies: String) throws {
        let amending = Look33Tests.amending(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 \(ownTitle)",
                                            modifies: modifies, cited: "l'arrêté royal du 1er mars 2010 relatif aux jardins collectifs")
        let workspace = Workspace(texts: [("base.md", Self.gardens), ("a.md", Self.renaming), ("b.md", amending)])
        let article = try Look33Tests.article2(workspace, "2010009001")
        #expect(article.text == "Art. 2. La subvention est versée en deux fois.\n")
        #expect(article.errors.isEmpty, "\(article.errors)")
        let warnings = try workspace.consolidated(act: "2010009001").get().report(keepGoing: false, article: "2", at: [Look33Tests.day]).map(\.message)
        #expect(warnings.contains { $0.contains("cited by the title « relatif aux jardins collectifs », which the arrêté royal du 1er avril 2011 (art. 1) gave it") }, "\(warnings)")
    }

    /// A title one or two letters off the act's, on its day and of its kind: the act meant,
    /// or another act of that day not given? Not certain: an error, not applied.
    @Test(arguments: ["relatif aux jardin partagés", "relatif aux jardins partagées", "relatif au jardins partagés"])
    func aTitleWithASlip(_ title: String) throws {
        let amending = Look33Tests.amending(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 \(title)",
                                            cited: "l'arrêté royal du 1er mars 2010 \(title)")
        let workspace = Workspace(texts: [("base.md", Self.gardens), ("b.md", amending)])
        let article = try Look33Tests.article2(workspace, "2010009001")
        #expect(article.errors.contains { $0.contains("cites the arrêté royal du 1er mars 2010 \(title)") && $0.contains("« Arrêté royal relatif aux jardins partagés »") && $0.contains("not certain") }, "\(article.errors)")
    }

    /// Another title of that day, not near the act's: another act, as before.
    @Test func anotherActOfThatDay() throws {
        let amending = Look33Tests.amending(title: "Arrêté royal modifiant l'arrêté royal du 1er mars 2010 relatif aux vergers partagés",
                                            cited: "l'arrêté royal du 1er mars 2010 relatif aux vergers partagés")
        let workspace = Workspace(texts: [("base.md", Self.gardens), ("b.md", amending)])
        let article = try Look33Tests.article2(workspace, "2010009001")
        #expect(article.text == "Art. 2. La subvention est versée en une fois.\n")
        #expect(article.errors.isEmpty, "\(article.errors)")
        let explained = try workspace.explanation(act: "2010009001").get()
        #expect(explained.outcomes.map(\.status) == [.otherAct], "\(explained.outcomes.map(\.summary))")
    }
}

/// Look 42: « Dans l'arrêté …, le mot « essais » est chaque fois remplacé … » changes the
/// articles; the title, which holds the word too, was left as it was without a word.
@Suite("Look 42: words replaced in the whole act, and its title")
struct WholeActWordsAndTitleTests {
    @Test(arguments: [("essais", true), ("registre", false)])
    func theTitleHoldingTheWordsIsSaid(_ word: String, _ inTitle: Bool) throws {
        let every = OperationTests.amending("**Art. 1er.** Dans le même arrêté, le mot « \(word) » est chaque fois remplacé par le mot « épreuves ».")
        let fixture = try Fixture(base: OperationTests.base, amending: [every])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.warnings.contains { $0.contains("the words « \(word) » also stand in the act's title, which is left as it is") } == inTitle, "\(fixture.warnings)")
    }
}

/// Look 42: after « l'article 5 devient l'article 6 », a renumbering Chronolex does not apply
/// (said), a later change of « l'article 6 » said only « words not found in art. 6 »: that the
/// number was to be art. 5's was not said.
@Suite("Look 42: a number a renumbering not applied was to give")
struct RenumberingNotAppliedTests {
    @Test func theFailureNamesTheRenumbering() throws {
        let renumbering = OperationTests.amending("**Art. 1er.** L'article 5 du même arrêté devient l'article 6.")
        let later = OperationTests.amending("**Art. 1er.** Dans l'article 6 du même arrêté, le mot « vigueur » est remplacé par le mot « application ».",
                                            date: "2021-03-01", published: "2021-03-10", numac: "2021200100", entry: "Le présent arrêté entre en vigueur le 1er juin 2021.")
        let fixture = try Fixture(base: OperationTests.base, amending: [renumbering, later])
        #expect(fixture.failures.contains { $0.contains("renumbering an article as 'art. 6' is not applied yet") }, "\(fixture.failures)")
        #expect(fixture.failures.contains {
            $0.contains("words « vigueur » not found in art. 6 on 2021-06-01; art. 6 was to be the new number of art. 5 by the arrêté du Gouvernement du 1er juin 2020 (art. 1) from 2021-01-01, a renumbering not applied")
        }, "\(fixture.failures)")
    }
}
