import Foundation
import ChronolexModel
import ChronolexTimeline
import Testing

/// Session 33: in the `justel` format, an article repealed then re-established was printed
/// inside the marks of the acts before its re-establishment (`[1 [2 [3 …]3]2]1`, their
/// footnotes kept). Justel prints such an article with the mark of the act that re-established
/// it alone, and only its footnote (Code pénal, art. 46 and 97: « [1 … ]1 », « (1)<rétabli par
/// L 2012-12-10/14, art. 42, 088; …> »; `../shared/corpus/justel-html/strafwetboek_fr…`).
@Suite("A re-established article in the justel format")
struct ReestablishedJustelTests {
    @Test func onlyTheActThatReestablishedIt() throws {
        let fixture = try Fixture(base: OperationTests.base, amending: [
            OperationTests.amending("**Art. 1er.** Dans l'article 4 du même arrêté, le mot « département » est remplacé par le mot « service »."),
            OperationTests.amending("**Art. 1er.** L'article 4 du même arrêté est abrogé.", date: "2021-03-01", published: "2021-03-10", numac: "2021200100",
                                    entry: "Le présent arrêté entre en vigueur le 1er avril 2021."),
            OperationTests.amending("**Art. 1er.** L'article 4 du même arrêté, abrogé par l'arrêté du Gouvernement du 1er mars 2021, est rétabli dans la rédaction suivante :\n\n« Art. 4. Le service tient un registre électronique. »",
                                    date: "2022-03-01", published: "2022-03-10", numac: "2022200100", entry: "Le présent arrêté entre en vigueur le 1er avril 2022."),
        ])
        #expect(fixture.failures.isEmpty, "\(fixture.failures)")
        let date = try #require(LegalDate("2022-06-01"))
        let act = fixture.timeline.act(at: date)
        let text = JustelRenderer.render(act, fixture.timeline, at: date)
        let article = try #require(text.range(of: "Art. 4.")).lowerBound
        let end = text[article...].range(of: "\nArt. 5.")?.lowerBound ?? text.endIndex
        let printed = String(text[article..<end])
        #expect(printed.hasPrefix("Art. 4. [1 Le service tient un registre électronique.]1\n----------\n(1)<ARR 2022-03-01/01, art. 1, 003; En vigueur : 01-04-2022>\n"), "\(printed)")
        #expect(!printed.contains("(2)"), "\(printed)")
        // While repealed, as before: the repeal's mark (the first act changed words only).
        let repealed = try #require(LegalDate("2021-06-01"))
        let then = JustelRenderer.render(fixture.timeline.act(at: repealed), fixture.timeline, at: repealed)
        #expect(then.contains("Art. 4. [2 (Abrogé)]2\n----------\n(1)<ARR 2020-06-01/01, art. 1, 001; En vigueur : 01-01-2021>\n(2)<ARR 2021-03-01/01"), "\(then)")
    }
}
