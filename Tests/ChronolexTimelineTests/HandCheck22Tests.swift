import ChronolexAmendments
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Testing

/// Look 22 (2026-12-03, a short probe of the last hour's changes on a frozen build of
/// 18a4e5b): ends of force and latest days read too widely or too narrowly.
@Suite("Look 22: ends of force and latest days")
struct HandCheck22Tests {
    static func base(_ clauses: String) -> String {
        baseAct("**Article 1er.** Le présent arrêté s'applique aux essais.\n\n**Art. 2.** Le registre est public.\n\n\(clauses)")
    }

    func ended(_ clauses: String, at date: String) throws -> Bool {
        let consolidated = try Workspace(texts: [("base.md", Self.base(clauses))]).consolidated(act: nil).get()
        if case .failure = consolidated.article("1", at: try #require(LegalDate(date))) { return true }
        return false
    }

    /// The end in an alinéa after the execution clause, in Dutch « houdt op van kracht te zijn »:
    /// not read (silently in force). An end tied to an event, an end with an exception, « Il »
    /// whose antecedent is not the act: the act was ended (on the cited act's date, even).
    @Test func whatEndsTheAct() throws {
        #expect(try ended("**Art. 3.** Le ministre est chargé de l'exécution du présent arrêté.\n\nLe présent arrêté cesse d'être en vigueur le 31 décembre 2021.", at: "2022-06-01"))
        #expect(try ended("**Art. 3.** Dit besluit houdt op van kracht te zijn op 31 december 2021.", at: "2022-06-01"))
        #expect(try ended("**Art. 3.** Le présent arrêté entre en vigueur le 1er avril 2020. Il cesse d'être en vigueur le 31 décembre 2021.", at: "2022-06-01"))
        #expect(try !ended("**Art. 3.** Le présent arrêté cesse d'être en vigueur le jour de l'entrée en vigueur de l'arrêté royal du 3 mai 2010 relatif aux essais.", at: "2022-06-01"))
        #expect(try !ended("**Art. 3.** Le présent arrêté cesse d'être en vigueur le 31 décembre 2021, à l'exception de l'article 2.", at: "2022-06-01"))
        #expect(try !ended("**Art. 3.** Le régime transitoire s'applique aux demandes en cours. Il cesse d'être en vigueur le 31 décembre 2021.", at: "2022-06-01"))
    }

    /// « … et au plus tard le 1er janvier 2022, à l'exception de l'article 2 qui entre en vigueur
    /// le … »: the exception was swallowed into the pending words.
    @Test func anExceptionAfterALatestDay() throws {
        let act = OperationTests.amending("""
        **Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».

        **Art. 2.** Dans l'article 3, § 1er, alinéa 1er, le mot « trente » est remplacé par le mot « quarante ».
        """, entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement et au plus tard le 1er janvier 2022, à l'exception de l'article 2 qui entre en vigueur le 1er octobre 2020.")
        let fixture = try Fixture(base: OperationTests.base, amending: [act])
        #expect(fixture.text("3", at: "2020-11-01")?.contains("quarante") == true)
        #expect(fixture.text("4", at: "2021-12-31")?.contains("registre") == true)
        #expect(fixture.text("4", at: "2022-01-01")?.contains("fichier") == true)
    }

    /// A fixing act gives a day after the latest the act allows: followed, without a word.
    /// And one that names another act of the same day (« portant exécution de ») dated the act
    /// that amends (« modifiant »).
    @Test func fixingsAndLatestDays() throws {
        let first = OperationTests.amending("**Art. 1er.** Dans l'article 4, alinéa 1er, le mot « registre » est remplacé par le mot « fichier ».",
                                           entry: "Le présent arrêté entre en vigueur à une date fixée par le Gouvernement, et au plus tard le 1er janvier 2022.")
        func fixing(_ title: String, _ day: String) -> String {
            amendingAct(date: "2020-09-01", published: "2020-09-10", numac: "2020200200", """
            **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 \(title) l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le \(day).

            **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
            """)
        }
        let late = try Fixture(base: OperationTests.base, amending: [first, fixing("modifiant", "1er mars 2022")])
        #expect(late.text("4", at: "2022-01-01")?.contains("fichier") == true)
        #expect(late.warnings.contains { $0.hasSuffix("fixes 2022-03-01, after the latest day this act allows (2022-01-01): applied from 2022-01-01") }, "\(late.warnings)")
        let other = try Fixture(base: OperationTests.base, amending: [first, fixing("portant exécution de", "1er juillet 2021")])
        #expect(other.text("4", at: "2021-08-01")?.contains("registre") == true)
        let paraphrase = try Fixture(base: OperationTests.base, amending: [first, fixing("portant modification de", "1er juillet 2021")])
        #expect(paraphrase.text("4", at: "2021-08-01")?.contains("fichier") == true)
    }
}
