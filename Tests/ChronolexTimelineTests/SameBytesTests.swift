import ChronolexModel
import Testing
@testable import ChronolexTimeline

/// `OfficialComparison.sameText` takes two articles written out as the same bytes for the
/// same text without comparing their comparable forms: the answer is that of comparing them.
@Suite("Articles written out as the same bytes")
struct SameBytesTests {
    static let lines = ["Texte.", "(...)", "()", "section E n° 441L8 ....", "En vigueur :  Bruxelles", "En vigueur : Bruxelles",
                        "Le ministre\u{00A0}statue ;", "é", "e\u{0301}", "", " ", "§ 2. Les mots « cinq ans »…"]

    static func article(_ lines: [String]) -> Article {
        Article(number: "1", paragraphs: [Paragraph(number: nil, alineas: lines.map { Alinea(sentences: [Sentence($0)]) })])
    }

    @Test func sameAnswerAsComparingTheComparableForms() {
        var articles: [Article] = []
        for first in Self.lines {
            articles.append(Self.article([first]))
            for second in Self.lines { articles.append(Self.article([first, second])) }
        }
        for a in articles {
            for b in articles {
                let compared = OfficialComparison.comparable(TextRenderer.render(a)) == OfficialComparison.comparable(TextRenderer.render(b))
                #expect(OfficialComparison.sameText(a, b) == compared)
            }
        }
        // Canonically equivalent words (é precomposed or not) read the same, as before.
        #expect(OfficialComparison.sameText(Self.article(["é"]), Self.article(["e\u{0301}"])))
        #expect(!sameBytes("é", "e\u{0301}"))
    }
}
