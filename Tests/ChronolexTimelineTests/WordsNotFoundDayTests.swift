import ChronolexAmendments
import ChronolexModel
@testable import ChronolexTimeline
import Testing

/// « words not found » names the day it sought them on, and, when a later version of the
/// article holds them, from when and by which act (look 30: a retroactive change reaching
/// back before the words that another act wrote said only « not found », while the jurist
/// reads them in today's text); and a number that stands there with its decimal marks the
/// other way (hand check 19, record 445).
@Suite("Words not found: what is said beside them")
struct WordsNotFoundDayTests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    static let base = baseAct("**Article 1er.** Le délai est de trente jours.\n\n**Art. 2.** Texte deux.")

    /// Act A (effective 2021-03-01) writes « quarante »; act B, published after it, replaces
    /// « quarante » with retroactive effect from 2021-01-01, before A wrote it.
    @Test func aRetroactiveChangeBeforeTheWordsWereWritten() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 1er \(Self.cited), le mot « trente » est remplacé par le mot « quarante ».",
                                            date: "2021-02-01", published: "2021-02-10", numac: "2021200101",
                                            entry: "Le présent arrêté entre en vigueur le 1er mars 2021.")
        let second = OperationTests.amending("**Art. 1er.** Dans l'article 1er \(Self.cited), le mot « quarante » est remplacé par le mot « cinquante ».",
                                             date: "2021-06-01", published: "2021-06-10", numac: "2021200102",
                                             entry: "Le présent arrêté produit ses effets le 1er janvier 2021.")
        let fixture = try Fixture(base: Self.base, amending: [first, second])
        #expect(fixture.failures == ["Art. 1: words « quarante » not found in art. 1 on 2021-01-01; they stand there from 2021-03-01, written by the arrêté du Gouvernement du 1er février 2021 (art. 1)"],
                "\(fixture.failures)")
        // The text is A's: B's change is not applied, and said.
        #expect(fixture.text("1", at: "2021-07-01") == "Article 1er. Le délai est de quarante jours.\n")
    }

    /// Words found in no version: the day alone.
    @Test func wordsInNoVersion() throws {
        let amending = OperationTests.amending("**Art. 1er.** Dans l'article 1er \(Self.cited), le mot « soixante » est remplacé par le mot « cinquante ».")
        let fixture = try Fixture(base: Self.base, amending: [amending])
        #expect(fixture.failures == ["Art. 1: words « soixante » not found in art. 1 on 2021-01-01"], "\(fixture.failures)")
    }

    /// « 75.0020 euros » (the act's slip) where the text has « 75,0020 euros »: not found,
    /// and said; never taken for the same number.
    @Test func aDecimalMarkTheOtherWay() throws {
        let base = baseAct("**Article 1er.** Le montant est de 75,0020 euros.\n\n**Art. 2.** Texte deux.")
        let amending = OperationTests.amending("**Art. 1er.** Dans l'article 1er \(Self.cited), les mots « 75.0020 euros » sont remplacés par les mots « 80,0000 euros ».")
        let fixture = try Fixture(base: base, amending: [amending])
        #expect(fixture.failures == ["Art. 1: words « 75.0020 euros » not found in art. 1 on 2021-01-01; « 75,0020 euros » stands there, its decimal marks the other way: not taken for the same words"],
                "\(fixture.failures)")
        #expect(TimelineBuilder.otherDecimalMarks("1.234,56 euros") == "1,234.56 euros")
        #expect(TimelineBuilder.otherDecimalMarks("trente jours") == nil)
        #expect(TimelineBuilder.otherDecimalMarks("art. 5, 2°") == nil)
    }
}

extension WordsNotFoundDayTests {
    /// Two acts of one day published the same day, applied in the order given: the first
    /// seeks words the second writes (look 31, p8): said.
    @Test func wordsAnActOfTheSameDayWrites() throws {
        let seeks = OperationTests.amending("**Art. 1er.** Dans l'article 1er \(Self.cited), les mots « quarante jours » sont remplacés par les mots « cinquante jours ».",
                                            date: "2021-02-01", published: "2021-02-10", numac: "2021200110", entry: "Le présent arrêté entre en vigueur le 1er mars 2021.")
        let writes = OperationTests.amending("**Art. 1er.** Dans l'article 1er \(Self.cited), le mot « trente » est remplacé par le mot « quarante ».",
                                             date: "2021-02-01", published: "2021-02-10", numac: "2021200120", entry: "Le présent arrêté entre en vigueur le 1er mars 2021.")
        let fixture = try Fixture(base: Self.base, amending: [seeks, writes])
        #expect(fixture.failures == ["Art. 1: words « quarante jours » not found in art. 1 on 2021-03-01; an edit applied after this one on the same day writes them: the arrêté du Gouvernement du 1er février 2021 (2021200120, art. 1)"],
                "\(fixture.failures)")
    }
}
