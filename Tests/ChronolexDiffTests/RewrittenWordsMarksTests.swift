import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing
import ChronolexDiff

/// Look 33: « cent euros » → « deux cents euros » (act 1), then « deux cents » → « deux cent
/// cinquante » (act 2). Act 1's words no longer stood as written, and its mark spread over
/// the whole alinéa — saying it wrote « La subvention s'élève à … par membre », base words.
/// Now its mark holds the words it wrote as act 2 left them, act 2's inside it, in the
/// `justel` format and on the HTML page alike.
@Suite("Marks of words a later act rewrote in part")
struct RewrittenWordsMarksTests {
    static let base = DeletionProvenanceTests.base.replacingOccurrences(
        of: "**Art. 4.** La température de l'eau est d'au moins vingt-six degrés. La température de l'air est d'au moins vingt-huit degrés.",
        with: "**Art. 7.** La subvention s'élève à cent euros par membre.")

    static func timeline(second: String) throws -> Timeline {
        let workspace = Workspace(texts: [
            ("base.md", Self.base),
            ("a.md", ReestablishedProvenanceTests.act("2020200100", "2020-06-01", "2020-06-10", "**Art. 1er.** Dans l'article 7 du même arrêté, les mots « cent euros » sont remplacés par les mots « deux cents euros ».\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.")),
            ("b.md", ReestablishedProvenanceTests.act("2021200100", "2021-06-01", "2021-06-10", "**Art. 1er.** Dans l'article 7 du même arrêté, \(second)\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2022.")),
        ])
        return try workspace.consolidated(act: "2020200001").get().timeline
    }

    /// « le mot « ministre » est chaque fois remplacé par le mot « Gouvernement » »: each
    /// place marked (look 31: the whole alinéa was, base words and all).
    @Test func everyPlaceOfWordsWrittenEachTime() throws {
        let base = Self.base.replacingOccurrences(of: "La subvention s'élève à cent euros par membre.",
                                                  with: "Le ministre agrée. Le ministre peut retirer l'agrément après avis du ministre de la Santé.")
        let workspace = Workspace(texts: [
            ("base.md", base),
            ("a.md", ReestablishedProvenanceTests.act("2020200100", "2020-06-01", "2020-06-10", "**Art. 1er.** Dans l'article 7 du même arrêté, le mot « ministre » est chaque fois remplacé par le mot « Gouvernement ».\n\n**Art. 2.** Le présent arrêté entre en vigueur le 1er janvier 2021.")),
        ])
        let timeline = try workspace.consolidated(act: "2020200001").get().timeline
        let date = try #require(LegalDate("2021-06-01"))
        let justel = JustelRenderer.render(timeline.act(at: date), timeline, at: date, single: false)
        #expect(justel.contains("Art. 7. Le [1 Gouvernement]1 agrée. Le [1 Gouvernement]1 peut retirer l'agrément après avis du [1 Gouvernement]1 de la Santé.\n"), "\(justel)")
        let article = try #require(timeline.article("7", at: date)).article
        let marks = ArticleProvenance(article, timeline: timeline, at: date).marks(at: "art. 7", text: article.alineas[0].text)
        #expect(marks.count == 3 && marks.allSatisfy { $0.end - $0.start == "Gouvernement".utf8.count }, "\(marks)")
        // Written once where they stand twice: the whole unit, as before (which one is not known).
        #expect(JustelRenderer.places(of: "Gouvernement", in: "Le Gouvernement et le Gouvernement", every: false) == nil)
        #expect(JustelRenderer.places(of: "Gouvernement", in: "Le Gouvernement et le Gouvernement", every: true) == [3..<15, 22..<34])
    }

    @Test(arguments: [
        ("les mots « deux cents » sont remplacés par les mots « deux cent cinquante ».", "La subvention s'élève à [1 [2 deux cent cinquante]2 euros]1 par membre."),
        ("les mots « deux cents euros » sont remplacés par les mots « trois cents euros ».", "La subvention s'élève à [1 [2 trois cents euros]2]1 par membre."),
        ("les mots « La subvention » sont remplacés par les mots « L'aide ».", "[2 L'aide]2 s'élève à [1 deux cents euros]1 par membre."),
    ])
    func theEarlierMarkHoldsTheLaterOne(_ second: String, _ expected: String) throws {
        let timeline = try Self.timeline(second: second)
        let date = try #require(LegalDate("2022-06-01"))
        let act = timeline.act(at: date)
        let justel = JustelRenderer.render(act, timeline, at: date, single: false)
        #expect(justel.contains("Art. 7. " + expected + "\n"), "\(justel)")
        let article = try #require(timeline.article("7", at: date)).article
        let provenance = ArticleProvenance(article, timeline: timeline, at: date)
        let text = article.alineas[0].text
        let spans = provenance.marks(at: "art. 7", text: text).map { mark in
            let bytes = Array(text.utf8)
            return "\(mark.footnote):" + String(decoding: bytes[mark.start..<mark.end], as: UTF8.self)
        }
        let written = expected.contains("cinquante") ? ["1:deux cent cinquante euros", "2:deux cent cinquante"]
            : expected.contains("trois") ? ["1:trois cents euros", "2:trois cents euros"] : ["1:deux cents euros", "2:L'aide"]
        #expect(spans == written, "\(spans)")
    }
}
