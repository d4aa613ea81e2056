import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing
import ChronolexDiff

/// Look 31 (session 34): words deleted from an article of one alinéa made the HTML page wrap
/// the words that remain in a marker titled « Abrogé par … », as if the deleting act had
/// written them. The page now marks the place of the words deleted, `[1 ...]1`, as Justel
/// does, and the words that remain bear no marker.
@Suite("The provenance of deleted words")
struct DeletionProvenanceTests {
    static let base = """
    ---
    title-fr: "Arrêté du Gouvernement relatif aux essais"
    date: 2020-03-01
    number: 2020200001
    case: 2020-03-01/01
    publication: 2020-03-10
    starts: 2020-04-01
    ---

    **Article 1er.** Le présent arrêté s'applique aux essais.

    **Art. 4.** La température de l'eau est d'au moins vingt-six degrés. La température de l'air est d'au moins vingt-huit degrés.
    """

    @Test func theRemainingWordsBearNoMarker() throws {
        let workspace = Workspace(texts: [
            ("base.md", Self.base),
            ("a.md", ReestablishedProvenanceTests.act("2020200100", "2020-06-01", "2020-06-10", "**Art. 1er.** Dans l'article 4 du même arrêté, la première phrase est abrogée.\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.")),
        ])
        let timeline = try workspace.consolidated(act: "2020200001").get().timeline
        let date = try #require(LegalDate("2021-06-01"))
        let article = try #require(timeline.article("4", at: date)).article
        let provenance = ArticleProvenance(article, timeline: timeline, at: date)
        #expect(provenance.wholeArticle.isEmpty)
        #expect(provenance.notes.map(\.verb) == ["Abrogé par"])
        let text = article.alineas[0].text
        #expect(provenance.marks(at: "art. 4", text: text).isEmpty)
        #expect(provenance.elisions(at: "art. 4", text: text) == [JustelMark(footnote: 1, start: 0, end: 0)])
        let page = ConsolidatedHTML.render(timeline.act(at: date), timeline: timeline, at: date, article: "4")
        let start = try #require(page.range(of: "id=\"art-4-alinea\"")).upperBound
        let alinea = String(page[start...].prefix { $0 != "\n" }.prefix(1200))
        #expect(alinea.contains("[<sup>1</sup></a> ...<a class=\"marker close\""), "\(alinea)")
        #expect(alinea.contains("</a> La température de l'air est d'au moins vingt-huit degrés.</p>"), "\(alinea)")
    }
}
