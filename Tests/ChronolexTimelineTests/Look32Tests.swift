import ChronolexAmendments
import ChronolexModel
@testable import ChronolexTimeline
import Testing

/// The thirty-second look (probes of session 34's changes on a frozen build): each fault
/// of the day, now right or said.
@Suite("Look 32: the day's changes, probed")
struct Look32Tests {
    static let cited = "de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    static func amending(_ body: String) -> String { OperationTests.amending("**Art. 1er.** " + body) }

    /// « la dernière phrase est abrogée »: in `justel`, `[1 ...]1` where it stood, the words
    /// left unmarked (they were marked as the repealing act's).
    @Test func theLastSentenceRepealedIsMarkedWhereItStood() throws {
        let text = try JustelMarksTests.render("**Art. 1er.** Dans l'article 4 du même arrêté, la dernière phrase est abrogée.")
        #expect(JustelMarksTests.article("4", in: text) == "Art. 4. La température de l'eau est d'au moins vingt-six degrés. [1 ...]1\n----------\n(1)<ARR 2020-06-01/01, art. 1, 001; En vigueur : 01-01-2021>\n", "\(text)")
    }

    /// « Le chapitre 2, comportant les articles 5 à 7, est abrogé » where chapter 2 holds
    /// arts. 6 and 7: an error; the articles it names, applied.
    @Test func theArticlesAChapterIsSaidToHold() throws {
        let base = baseAct("### CHAPITRE 1er. - Généralités\n\n**Article 1er.** Un.\n\n**Art. 5.** Cinq.\n\n### CHAPITRE 2. - Sanctions\n\n**Art. 6.** Six.\n\n**Art. 7.** Sept.")
        let wrong = try Fixture(base: base, amending: [Self.amending("Le chapitre 2 \(Self.cited), comportant les articles 5 à 7, est abrogé.")])
        #expect(wrong.failures == ["Art. 1: the instruction says chapitre 2 holds art. 5, art. 6, art. 7; on 2021-01-01 it holds art. 6, art. 7: the text it amended is not the one given; not applied"],
                "\(wrong.failures)")
        #expect(wrong.text("6", at: "2021-06-01") == "Art. 6. Six.\n")
        for clause in ["comportant les articles 6 et 7", "comprenant les articles 6 à 7"] {
            let right = try Fixture(base: base, amending: [Self.amending("Le chapitre 2 \(Self.cited), \(clause), est abrogé.")])
            #expect(right.failures.isEmpty, "\(clause): \(right.failures)")
            #expect(right.text("6", at: "2021-06-01") == "Art. 6. (Abrogé)\n")
        }
        #expect(TimelineBuilder.claimedArticles(["comportant les articles 9, 10 et 12 à 14"]) == [.one("9"), .one("10"), .range("12", "14")])
        #expect(TimelineBuilder.claimedArticles(["qui devient le chapitre 3"]) == nil)
    }

    /// « cent euros » → « 150 euros » after « de »: ordinary French, not an elision slip
    /// (look 32: warned); nor before « h », « y », « onze », « un ».
    @Test func noElisionWarningOnOrdinaryFrench() {
        #expect(Words.elisionSlip(replacing: "cent euros", by: "150 euros", in: ["une amende de 150 euros"]) == nil)
        #expect(Words.elisionSlip(replacing: "cent euros", by: "huit cents euros", in: ["une amende de huit cents euros"]) == nil)
        #expect(Words.elisionSlip(replacing: "cent euros", by: "onze euros", in: ["une amende de onze euros"]) == nil)
        #expect(Words.elisionSlip(replacing: "ministre", by: "administrateur", in: ["le administrateur statue"]) != nil)
        #expect(Words.elisionSlip(replacing: "ministre", by: "hôpital", in: ["le hôpital statue"]) == nil)
    }
}
