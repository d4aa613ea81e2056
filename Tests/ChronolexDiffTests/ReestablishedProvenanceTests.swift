import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing
import ChronolexDiff

/// Session 33: the notes of a re-established article (HTML pages, the reading room) start
/// with the act that re-established it, as `--format justel` now numbers them (Justel marks
/// the re-establishing act alone): the acts before did not write its text.
@Suite("The provenance of a re-established article")
struct ReestablishedProvenanceTests {
    static func act(_ numac: String, _ date: String, _ published: String, _ body: String) -> String {
        """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: \(date)
        number: \(numac)
        case: \(date)/01
        publication: \(published)
        modifies: 2020200001
        ---

        \(body)
        """
    }

    @Test func notesStartWithTheReestablishment() throws {
        let base = """
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2020-03-01
        number: 2020200001
        case: 2020-03-01/01
        publication: 2020-03-10
        starts: 2020-04-01
        ---

        **Article 1er.** Le présent arrêté s'applique aux essais.

        **Art. 4.** Le département tient un registre.
        """
        let workspace = Workspace(texts: [
            ("base.md", base),
            ("a.md", Self.act("2020200100", "2020-06-01", "2020-06-10", "**Art. 1er.** Dans l'article 4 du même arrêté, le mot « département » est remplacé par le mot « service ».\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.")),
            ("b.md", Self.act("2021200100", "2021-03-01", "2021-03-10", "**Art. 1er.** L'article 4 du même arrêté est abrogé.\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2021.")),
            ("c.md", Self.act("2022200100", "2022-03-01", "2022-03-10", "**Art. 1er.** L'article 4 du même arrêté, abrogé par l'arrêté du Gouvernement du 1er mars 2021, est rétabli dans la rédaction suivante :\n\n« Art. 4. Le service tient un registre électronique. »\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er avril 2022.")),
        ])
        let timeline = try workspace.consolidated(act: "2020200001").get().timeline
        let date = try #require(LegalDate("2022-06-01"))
        let article = try #require(timeline.article("4", at: date)).article
        let provenance = ArticleProvenance(article, timeline: timeline, at: date)
        #expect(provenance.notes.map(\.verb) == ["Rétabli par"], "\(provenance.notes)")
        #expect(provenance.wholeArticle == [1])
        // While repealed: both acts before.
        let repealed = try #require(LegalDate("2021-06-01"))
        let then = try #require(timeline.article("4", at: repealed)).article
        #expect(ArticleProvenance(then, timeline: timeline, at: repealed).notes.count == 2)
    }
}
