import ChronolexModel
import ChronolexWorkspace
import Foundation
import Testing
@testable import ChronolexDiff

/// Branch dutch34: `diff`'s text of a Dutch act wrote its sides as French dates
/// (« 1er janvier 2023 ») and cited its amending acts with Justel's French abbreviations
/// (« AR 2022-12-22/31 »), while the HTML page spoke Dutch through ``DiffLabels``. The acts
/// are the invented royal decrees of `Tests/Data/dutch`.
@Suite("A Dutch act's diff text")
struct DutchTextDiffTests {
    static let folder = Paths.root.appendingPathComponent("Tests/Data/dutch")

    static func consolidated() throws -> Consolidated {
        let texts = try ["2010-proefwerkplaatsen.md", "2022-proefwerkplaatsen-wijziging.md"].map {
            (name: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        return try Workspace(texts: texts).consolidated(act: "2010200001").get()
    }

    @Test func inDutch() throws {
        let consolidated = try Self.consolidated()
        #expect(consolidated.base.metadata.language == .dutch)
        let diff = try consolidated.diff(from: LegalDate("2020-01-01")!, to: LegalDate("2023-01-01")!).get()
        let text = TextDiffRenderer.render(diff, style: .plain)
        #expect(text.hasPrefix("--- 1 januari 2020\n+++ 1 januari 2023\nKoninklijk besluit betreffende de erkenning van de proefwerkplaatsen\n"), "\(text)")
        #expect(text.contains("  <- KB 2022-12-22/31, art. 1; effective 2023-01-01; published 2022-12-29\n"), "\(text)")
        #expect(text.contains("  <- KB 2022-12-22/31, art. 2; effective 2023-01-01; published 2022-12-29\n"), "\(text)")
        #expect(!text.contains("janvier") && !text.contains("AR 2022"), "\(text)")
        // The HTML page cites the act the same way; the JSON keeps its values as they were.
        #expect(HTMLDiffRenderer.render(diff).contains("KB 2022-12-22/31, art. 1, in werking op 1 januari 2023"))
        let json = JSONDiffRenderer.render(diff, pretty: false)
        #expect(json.contains("\"label\":\"1er janvier 2020\"") && json.contains("\"source\":\"AR 2022-12-22/31\""), "\(json)")
    }

    /// `diff --timeline` of one article: its sides in Dutch too.
    @Test func theTimelineOfAnArticle() throws {
        let diffs = try Self.consolidated().diffs(ofArticle: "2").get()
        let text = diffs.map { TextDiffRenderer.render($0, style: .plain) }.joined(separator: "\n")
        #expect(text.hasPrefix("--- 1 april 2010\n+++ 1 januari 2023\n"), "\(text)")
        #expect(text.contains("[-dertig-]{+zesendertig+}"), "\(text)")
    }

    /// A French act's text is as before: French dates, French abbreviations.
    @Test func aFrenchActUnchanged() throws {
        let consolidated = try Workspace(paths: [Paths.root.appendingPathComponent("Corpus").path]).consolidated(act: "2015201234").get()
        let diff = try consolidated.diff(from: LegalDate("2019-06-01")!, to: LegalDate("2023-01-01")!).get()
        let text = TextDiffRenderer.render(diff, style: .plain)
        #expect(text.hasPrefix("--- 1er juin 2019\n+++ 1er janvier 2023\n"), "\(text)")
        #expect(text.contains("  <- ACG 2022-12-15/22, art. 1, 1°; effective 2023-01-01; published 2022-12-29\n"), "\(text)")
    }
}
