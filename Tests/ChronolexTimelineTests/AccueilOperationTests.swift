import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
@testable import ChronolexTimeline
import Foundation
import Testing

/// The operations the arrêtés of 14 December 2023 and 23 May 2024 (../shared/corpus/
/// accueil-cg-2014/) needed, applied to small acts written for them.
@Suite("Applying the accueil 2023-2024 operations")
struct AccueilOperationTests {
    static let base = baseAct("""
    **Article 1er.** Le subside est limité au nombre maximal d'enfants, pour autant que les conditions suivantes soient remplies :

    1° les places du nombre maximal d'enfants sont occupées;

    2° un registre est tenu.

    **Art. 2.** Le subside est limité au nombre maximal d'enfants. Le registre est tenu.

    Le registre est public.

    **Art. 3.** § 1er. Le ministre agrée les essais.

    § 2. La demande est écrite.

    **Art. 4.** Le présent arrêté entre en vigueur le 1er avril 2020.
    """)

    @Test func wordsOfTheIntroductoryPhraseOnly() throws {
        // « nombre maximal d'enfants » stands twice in the alinéa, once in its introductory phrase.
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, dans la phrase introductive, les mots « au nombre maximal d'enfants » sont remplacés par les mots « à la capacité d'accueil ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Le subside est limité à la capacité d'accueil, pour autant que les conditions suivantes soient remplies :\n1° les places du nombre maximal d'enfants sont occupées;\n2° un registre est tenu.\n")
    }

    @Test func noIntroductoryPhraseWithoutAnEnumeration() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, alinéa 1er, dans la phrase introductive, les mots « au nombre maximal d'enfants » sont remplacés par les mots « à la capacité d'accueil ».")])
        #expect(fixture.failures == ["Art. 1: art. 2, al. 1 introduces no enumeration, so it has no introductory phrase"])
    }

    @Test func anAlineaInsertedBetweenTwoNamedFirst() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, un alinéa rédigé comme suit est inséré entre les alinéas 1er et 2, qui devient l'alinéa 3 :\n\n« Le portail est utilisé. »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("2", at: "2021-01-01") == "Art. 2. Le subside est limité au nombre maximal d'enfants. Le registre est tenu.\nLe portail est utilisé.\nLe registre est public.\n")
    }

    @Test func aNumberedAlineaAtTheEnd() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, l'article est complété par un alinéa 3 rédigé comme suit :\n\n« Il est mis à jour. »")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("2", at: "2021-01-01") == "Art. 2. Le subside est limité au nombre maximal d'enfants. Le registre est tenu.\nLe registre est public.\nIl est mis à jour.\n")
    }

    @Test func aNumberedAlineaThatWouldNotHaveItsNumber() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 2, l'article est complété par un alinéa 4 rédigé comme suit :\n\n« Il est mis à jour. »")])
        #expect(fixture.failures == ["Art. 1: the new alinéa would be alinéa 3 of art. 2, not alinéa 4 as the instruction says"])
    }

    @Test func aParagraphOneThatTheTextDoesNotNumber() throws {
        let base = baseAct("""
        **Article 1er.** Le subside est octroyé.

        § 2. La demande est écrite.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 1er, le mot « octroyé » est remplacé par le mot « versé ».")])
        #expect(fixture.failures == ["Art. 1: § 1 does not exist in art. 1: the words before its § 2 are numbered by no §"])
    }

    @Test func aParagraphOneWrittenAsWords() throws {
        // v007's art. 50.1: « [3  § 1er]3[1 Les co-accueillants … », read with « § 1er » as its first words.
        let base = baseAct("""
        **Article 1er.** [1 § 1er]1[2 Le subside est octroyé.]2

        § 2. La demande est écrite.

        `(1)<ACG 2022-12-22/31, art. 26, 007; En vigueur : 01-01-2023>`

        `(2)<ACG 2021-05-20/28, art. 13, 004; En vigueur : 01-01-2021>`
        """)
        // The reader now sees the § 1er (a heading without its point, with a warning).
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 1er, le mot « octroyé » est remplacé par le mot « versé ».")])
        #expect(fixture.failures == [])
    }

    @Test func anEnumerationPrintedOnOneLine() throws {
        let base = baseAct("""
        **Article 1er.** Les conditions suivantes sont remplies :  1° la place est occupée;  2° un registre est tenu.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, 1°, le mot « occupée » est remplacé par le mot « prise ».")])
        // The 1° exists only if the two spaces are lost line breaks: read so, applied, and said.
        #expect(fixture.failures == [])
        #expect(fixture.warnings == ["Art. 1: art. 1 holds an enumeration printed on one line (« …sont remplies :  1° la place est … »), the trace of line breaks lost in the consolidated text: read as its introductory phrase and points 1° to 2°, which the instruction names"])
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Les conditions suivantes sont remplies :\n1° la place est prise;\n2° un registre est tenu.\n")
    }

    @Test func theIntroductoryPhraseOfAnEnumerationPrintedOnOneLine() throws {
        let base = baseAct("""
        **Article 1er.** § 1er. Le subside est octroyé.

        § 2. Le nombre est limité, pour autant que les conditions suivantes soient remplies :  1° la place visée au 2° est occupée. Les jours de congé ne comptent pas.  2° un registre est tenu;  3° il est envoyé.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 2, dans la phrase introductive, le mot « limité » est remplacé par le mot « plafonné ».")])
        #expect(fixture.failures == [])
        // « visée au 2° » inside the 1° is not a label: no line break was lost there.
        #expect(fixture.text("1", at: "2021-01-01") == """
        Article 1er. § 1er. Le subside est octroyé.
        § 2. Le nombre est plafonné, pour autant que les conditions suivantes soient remplies :
        1° la place visée au 2° est occupée. Les jours de congé ne comptent pas.
        2° un registre est tenu;
        3° il est envoyé.

        """)
    }

    @Test func anEnumerationOnOneLineIsNotReadWhereNoInstructionNamesItsPoints() throws {
        let base = baseAct("""
        **Article 1er.** Les conditions suivantes sont remplies :  1° la place est occupée;  2° un registre est tenu.
        """)
        let fixture = try Fixture(base: base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, le mot « occupée » est remplacé par le mot « prise ».")])
        #expect(fixture.failures == [])
        #expect(fixture.warnings == [])
        #expect(fixture.text("1", at: "2021-01-01") == "Article 1er. Les conditions suivantes sont remplies :  1° la place est prise;  2° un registre est tenu.\n")
    }

    @Test func anEnumerationOnOneLineNeedsItsLabelsInOrderAfterAColon() throws {
        // No colon before 1°, a 1° alone, a 3° missing its 2°, a label after a word: none is read.
        for text in ["Les conditions  1° la place;  2° le registre.", "Les conditions :  1° la place.",
                     "Les conditions :  1° la place;  3° le registre.", "Les conditions : 1° la place visée au 2° registre."] {
            #expect(InlineEnumeration.pieces(in: text) == nil, "\(text)")
        }
        let read = try #require(InlineEnumeration.pieces(in: "Remplies :  1° la place;  2° le registre. 3° la date."))
        let bytes = Array("Remplies :  1° la place;  2° le registre. 3° la date.".utf8)
        #expect(read.points.map { String(decoding: bytes[$0.start ..< $0.end], as: UTF8.self) } == ["la place;", "le registre.", "la date."])
        #expect(String(decoding: bytes[..<read.introductionEnd], as: UTF8.self) == "Remplies :")
    }
}

/// v007 of 2014203567 prints art. 8, § 3, al. 1 and 2 on one line, two spaces apart
/// ("… y assimilé.  A cette fin, …"): the trace of a line break lost in Justel's text.
/// Replacing, repealing or counting past such an alinéa cannot be done exactly.
@Suite("A line break lost in the consolidated text")
struct LostLineBreakTests {
    static let base = baseAct("""
    **Article 1er.** § 1er. Le ministre agrée les essais.

    § 2. Le premier alinéa est ici.  Le deuxième alinéa est là.

    Le troisième alinéa suit.
    """)

    @Test func replacingSuchAnAlineaIsRefused() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 2, l'alinéa 1er est remplacé par ce qui suit :\n\n« Un autre alinéa. »")])
        #expect(fixture.failures == ["Art. 1: art. 1, § 2, al. 1 holds « …alinéa est ici. » and « Le deuxième alinéa … » on one line, two spaces apart: the trace of a line break lost in the consolidated text, so it may be two alinéas; not applied"])
    }

    @Test func countingPastSuchAnAlineaIsRefused() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 2, l'alinéa 2 est abrogé.")])
        #expect(fixture.failures == ["Art. 1: alinéa 2 of art. 1, § 2 is counted past al. 1, which holds « …alinéa est ici. » and « Le deuxième alinéa … » on one line, two spaces apart: the trace of a line break lost in the consolidated text, so its number is uncertain"])
    }

    @Test func wordsInsideSuchAnAlineaAreStillFound() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, § 2, alinéa 1er, le mot « premier » est remplacé par le mot « tout premier ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
    }
}

/// Justel prints an annex as one pseudo-article, `Art. N1.`, under the heading `Annexe.`:
/// "le 4° de l'annexe" is that article's 4° (2024204469, art. 124).
@Suite("Annexes printed as Justel's Art. N1")
struct AnnexTests {
    static let base = baseAct("""
    **Article 1er.** Les accueillants observent l'annexe.

    ### Annexe.

    **Art. N1.** Instructions pour les accueillants

    1. Les animaux sont tenus à l'écart.

    2. Les parents paient une contribution, à l'exception de la participation réduite.
    """)

    @Test func wordsOfAPointOfTheAnnex() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans le 2° de l'annexe au même arrêté, les mots « , à l'exception de la participation réduite » sont abrogés.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("N1", at: "2021-01-01") == "Art. N1. Instructions pour les accueillants\n1° Les animaux sont tenus à l'écart.\n2° Les parents paient une contribution.\n")
    }

    @Test func anAnnexThatIsNotThere() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans le 2° de l'annexe 3 au même arrêté, le mot « parents » est abrogé.")])
        #expect(fixture.failures == ["Art. 1: annexe 3 does not exist in the act on 2021-01-01 (its annexes: annexe)"])
    }
}

/// 2019030147: a figure of a table cited by its column and row ("A la colonne « Pourcentage »
/// de l'annexe …, le chiffre de « 5,06% » indiqué en regard de la zone … est remplacé"). The
/// model holds no tables: the words are replaced in the annex, where they must stand once.
@Suite("Words of a table, by column and row")
struct TableWordsTests {
    static let base = baseAct("""
    **Article 1er.** La dotation est répartie selon l'annexe.

    ### Annexe.

    **Art. N1.** Zone Centrum 5,06% ; zone Meetjesland 1,22% ; zone Oost 1,22%.
    """)

    static func instruction(_ figure: String, by new: String) -> String {
        "**Art. 1er.** A la colonne « Pourcentage » de l'annexe au même arrêté, le chiffre de « \(figure) » indiqué en regard de la zone Centrum est remplacé par le chiffre de « \(new) »."
    }

    @Test func aFigureThatStandsOnce() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(Self.instruction("5,06%", by: "5,31%"))])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        #expect(fixture.text("N1", at: "2021-01-01") == "Art. N1. Zone Centrum 5,31% ; zone Meetjesland 1,22% ; zone Oost 1,22%.\n")
    }

    @Test func aFigureThatStandsTwiceIsAnError() throws {
        // The row would say which: the model does not read rows, so it is never guessed.
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending(Self.instruction("1,22%", by: "0,97%"))])
        #expect(fixture.failures.count == 1)
        #expect(fixture.failures.first?.contains("found 2 times") == true, "\(fixture.failures)")
    }
}

/// An instruction that says which act inserted the alinéa it cites is checked against the
/// Justel marks of that alinéa: 2024204469, art. 111 numbers art. 32's alinéas as before its
/// own 1°, which Chronolex would otherwise resolve after it.
@Suite("The act an instruction says inserted an alinéa")
struct InsertionClaimCheckTests {
    static let base = baseAct("""
    **Article 1er.** Premier alinéa.

    [1 Deuxième alinéa, pour les frais.]1

    [2 Troisième alinéa, pour les frais aussi.]2

    `(1)<ACG 2021-05-20/28, art. 11, 004; En vigueur : 01-01-2021>`

    `(2)<ACG 2022-12-22/31, art. 19, 007; En vigueur : 01-01-2023>`
    """)

    @Test func theMarkOfThatActIsThere() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, alinéa 3, inséré par l'arrêté du Gouvernement du 22 décembre 2022, les mots « pour les frais aussi » sont remplacés par les mots « pour rien ».")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
    }

    @Test func theAlineaWasInsertedByAnotherAct() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, l'alinéa 3, inséré par l'arrêté du Gouvernement du 20 mai 2021, est abrogé.")])
        #expect(fixture.failures == ["Art. 1: art. 1, al. 3 bears no Justel mark of the act of 20 mai 2021 that the instruction says inserted it (its marks: ACG 2022-12-22/31): the instruction's numbering and the text disagree"])
    }

    @Test func anOriginalAlinea() throws {
        let fixture = try Fixture(base: Self.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 1er, l'alinéa 1er, inséré par l'arrêté du Gouvernement du 20 mai 2021, est abrogé.")])
        #expect(fixture.failures == ["Art. 1: art. 1, al. 1 bears no Justel mark of the act of 20 mai 2021 that the instruction says inserted it (its marks: none): the instruction's numbering and the text disagree"])
    }

    @Test func notCheckedInATextWithoutJustelMarks() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [OperationTests.amending("**Art. 1er.** Dans l'article 4, l'alinéa 3, inséré par l'arrêté du Gouvernement du 20 mai 2021, est abrogé.")])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
    }
}
