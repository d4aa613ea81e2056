import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

/// Branch dutch34: a Dutch act's `history` named its amending acts in French (« arrêté
/// royal du 22 décembre 2022 ») and its Justel notes were French
/// (« (1)<AR 2022-12-22/31, art. 1, 001; En vigueur : 01-01-2023> »). Justel's Dutch pages
/// write `KB` and `Inwerkingtreding :` (the Strafwetboek's, in `shared/corpus/justel-html`).
/// The acts are the invented royal decrees of `Tests/Data/dutch`.
@Suite("A Dutch act's history and Justel notes")
struct DutchOutputsTests {
    static let folder = Paths.root.appendingPathComponent("Tests/Data/dutch")

    static func consolidated() throws -> Consolidated {
        let texts = try ["2010-proefwerkplaatsen.md", "2022-proefwerkplaatsen-wijziging.md"].map {
            (name: $0, text: try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8))
        }
        return try Workspace(texts: texts).consolidated(act: "2010200001").get()
    }

    @Test func justelNotesInDutch() throws {
        let consolidated = try Self.consolidated()
        let date = LegalDate("2023-01-01")!
        let text = JustelRenderer.render(consolidated.timeline.act(at: date), consolidated.timeline, at: date)
        // The word replaced, not the article of one alinéa it stands in (look 31).
        #expect(text.contains("Art. 2. De erkenning geldt voor een termijn van [1 zesendertig]1 maanden.\n----------\n(1)<KB 2022-12-22/31, art. 1, 001; Inwerkingtreding : 01-01-2023>\n"), "\(text)")
        #expect(text.contains("§ 2. De weigering van de erkenning wordt [1 betekend]1.\n----------\n(1)<KB 2022-12-22/31, art. 2, 001; Inwerkingtreding : 01-01-2023>\n"), "\(text)")
        #expect(!text.contains("En vigueur") && !text.contains("AR 2022"), "\(text)")
    }

    @Test func historyInDutch() throws {
        let consolidated = try Self.consolidated()
        let entries = try consolidated.history(article: "2").get()
        let text = HistoryRenderer.text(entries, base: consolidated.base)
        #expect(text.hasPrefix("2010-04-01 – 2022-12-31  base act, published 2010-03-10\nArt. 2. De erkenning geldt voor een termijn van dertig maanden.\n"), "\(text)")
        #expect(text.contains("2023-01-01 – …  koninklijk besluit van 22 december 2022 (2022-12-22/31), art. 1, published 2022-12-29\nArt. 2. De erkenning geldt voor een termijn van zesendertig maanden.\n"), "\(text)")
        // The JSON keeps its values as they were.
        let json = HistoryRenderer.json(entries, base: consolidated.base, pretty: false)
        #expect(!json.contains("koninklijk besluit van 22 december"), "\(json)")
    }

    /// A French act's notes and history are as before.
    @Test func aFrenchActUnchanged() throws {
        let consolidated = try Workspace(paths: [Paths.corpus]).consolidated(act: "2015201234").get()
        let date = LegalDate("2020-10-01")!
        let justel = JustelRenderer.render(consolidated.timeline.act(at: date), consolidated.timeline, at: date)
        #expect(justel.contains("(1)<ACG 2017-11-09/14, art. 4, 001; En vigueur : 01-01-2018>\n"), "\(justel)")
        let history = HistoryRenderer.text(try consolidated.history(article: "10").get(), base: consolidated.base)
        #expect(history.contains("  arrêté du Gouvernement du 9 novembre 2017 (2017-11-09/14), art. 5, published 2017-12-05\n"), "\(history)")
    }
}
