import ChronolexModel
import ChronolexReaders
import Foundation
import Testing
@testable import ChronolexTimeline

/// `OfficialComparison.sameText` answers at once for two equal articles (most articles of
/// a check are their official counterpart itself): the answer is that of rendering and
/// comparing them, on every article of the real acts against itself, against the same
/// article read again, against its decomposed (NFD) text and against its neighbour.
@Suite("Equal articles compared without rendering")
struct EqualArticlesTests {
    static func rendered(_ a: Article, _ b: Article) -> Bool {
        let x = TextRenderer.render(a), y = TextRenderer.render(b)
        return x.utf8.elementsEqual(y.utf8) || OfficialComparison.comparable(x) == OfficialComparison.comparable(y)
    }

    @Test func sameAnswerAsRendering() throws {
        let shared = Paths.root.deletingLastPathComponent().appendingPathComponent("shared/corpus").path
        let files = ["justel-html/strafwetboek_fr.justel-old-layout.html", "fedris-ar-2007/2007022782.v004-2018.md",
                     "electricity-1999-versions/1999011160.archived-v083.md", "triples-2024/dg-budget-2023/2023200906.v003-2024.md"]
            .map { shared + "/" + $0 }.filter { FileManager.default.fileExists(atPath: $0) }
            + ((try? FileManager.default.contentsOfDirectory(atPath: Paths.corpus)) ?? []).filter { $0.hasSuffix(".md") && $0 != "README.md" }
            .map { Paths.corpus + "/" + $0 }
        var compared = 0
        for file in files {
            guard let text = try? String(contentsOfFile: file, encoding: .utf8), let act = ActReader.read(text: text, file: file).act,
                  let again = ActReader.read(text: text, file: file).act else { continue }
            let decomposed = ActReader.read(text: text.decomposedStringWithCanonicalMapping, file: file).act
            let articles = act.articles, others = again.articles
            for (index, article) in articles.enumerated() {
                var pairs = [(article, article), (article, others[index])]
                if index + 1 < articles.count { pairs.append((article, articles[index + 1])) }
                if let decomposed, index < decomposed.articles.count { pairs.append((article, decomposed.articles[index])) }
                for (a, b) in pairs {
                    #expect(OfficialComparison.sameText(a, b) == Self.rendered(a, b), "\(file) art. \(a.number) / \(b.number)")
                    #expect(OfficialComparison.sameText(b, a) == Self.rendered(b, a))
                    compared += 1
                }
            }
        }
        #expect(compared > 100)
    }
}
