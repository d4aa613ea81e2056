import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Look 26: a change left pending (its entry into force not dated) was said by the command
/// line (« not applied: its entry into force is not dated ») and by the amending acts' page
/// only; the act page and the article's history showed the text without a word of it. And
/// the note of a change whose date another act fixed said only « en vigueur le … », where
/// `history` names the act that fixed it.
@Suite("The reading room and changes left pending")
struct PendingChangePageTests {
    /// Replaces the words of art. 2 of the arrêté « relatif aux essais »; in force « à une
    /// date fixée par le Gouvernement ». The new words hold markup, to be escaped.
    static let pending = """
    ---
    title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    date: 2020-06-01
    number: 2020200100
    case: 2020-06-01/07
    publication: 2020-06-10
    modifies: 2020200001
    ---

    **Article 1er.** Dans l'article 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « public » est remplacé par les mots « <b>confidentiel</b> ».

    **Art. 2.** Le présent arrêté entre en vigueur à une date fixée par le Gouvernement.
    """

    /// Fixes the date of the act above: 1 January 2021, published 1 December 2020.
    static let fixing = """
    ---
    title-fr: "Arrêté du Gouvernement fixant la date d'entrée en vigueur de l'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    date: 2020-11-20
    number: 2020200300
    case: 2020-11-20/03
    publication: 2020-12-01
    ---

    **Article 1er.** L'arrêté du Gouvernement du 1er juin 2020 modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er janvier 2021.

    **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
    """

    static func page(_ client: any TestClientProtocol, _ uri: String) async throws -> String {
        try await client.execute(uri: uri, method: .get) { response in
            #expect(response.status == .ok, "\(uri)")
            return String(buffer: response.body)
        }
    }

    @Test func saidBesideTheArticleInTheNoticeAndInTheHistory() async throws {
        try await TemporaryRoom.test(["base.md": TemporaryRoom.essais(), "amend.md": Self.pending], "pending") { client in
            // The article concerned, on the act page: in the notice and beside the article.
            let act = try await Self.page(client, "/act/2020200001?at=2021-01-01")
            let reason = "à une date fixée par le Gouvernement"
            #expect(act.contains("Une modification visant ce texte est en attente d'une date ; le texte ci-dessous ne la contient pas :"), "\(act)")
            let article2 = try #require(act.range(of: "id=\"art-2\""))
            let beside = act[article2.lowerBound...]
            #expect(beside.contains("En attente d'une date, non appliquée :"), "\(beside)")
            #expect(beside.contains("ARR 2020-06-01/07</a>, art. 1 — <span class=\"reading\">remplacement de « public » par « &lt;b&gt;confidentiel&lt;/b&gt; » dans art. 2</span> — \(reason)."), "\(beside)")
            #expect(!act.contains("<b>confidentiel"))
            // Not beside the other article.
            let article1 = try #require(act.range(of: "id=\"art-1\""))
            #expect(!act[article1.lowerBound..<article2.lowerBound].contains("En attente d'une date"))
            // One article: said for it, not for the other.
            let one = try await Self.page(client, "/act/2020200001?at=2021-01-01&article=2")
            #expect(one.contains("En attente d'une date, non appliquée :"), "\(one)")
            #expect(one.contains("est en attente d'une date"))
            let other = try await Self.page(client, "/act/2020200001?at=2021-01-01&article=1")
            #expect(!other.contains("en attente d'une date"), "\(other)")
            #expect(!other.contains("En attente d'une date"))
            // Before the act that leaves it pending was published, it says nothing of the text.
            let before = try await Self.page(client, "/act/2020200001?at=2020-05-01")
            #expect(!before.contains("en attente d'une date"))
            #expect(!before.contains("En attente d'une date"))
            // The article's versions: the change to come, said under them.
            let history = try await Self.page(client, "/act/2020200001/history?article=2")
            #expect(history.contains("En attente d'une date, non appliquée :"), "\(history)")
            #expect(history.contains(reason))
            #expect(!history.contains("<b>confidentiel"))
        }
    }

    @Test func theActThatFixedTheDateIsNamed() async throws {
        try await TemporaryRoom.test(["base.md": TemporaryRoom.essais(), "amend.md": Self.pending, "fixing.md": Self.fixing], "dated") { client in
            let act = try await Self.page(client, "/act/2020200001?at=2021-02-01")
            // In the note under the article, and in its markers' titles.
            let notes = try #require(act.range(of: "chronolex-notes"))
            let line = act[notes.lowerBound...].prefix(1200)
            #expect(line.contains("en vigueur le 1er janvier 2021, date fixée par <a href=\"/act/2020200300\""), "\(line)")
            #expect(line.contains("ARR 2020-11-20/03</a>, art. 1 (arrêté du Gouvernement du 20 novembre 2020)."), "\(line)")
            #expect(act.contains("title=\"Modifié par ARR 2020-06-01/07, art. 1, en vigueur le 1er janvier 2021, date fixée par ARR 2020-11-20/03, art. 1\""))
            #expect(!act.contains("En attente d'une date"))
            let history = try await Self.page(client, "/act/2020200001/history?article=2")
            #expect(history.contains("date fixée par"), "\(history)")
            #expect(history.contains("ARR 2020-11-20/03</a>, art. 1 (arrêté du Gouvernement du 20 novembre 2020)"), "\(history)")
            // As known before the fixing act was published: pending, and said.
            let known = try await Self.page(client, "/act/2020200001?at=2021-02-01&known=2020-11-25")
            #expect(known.contains("En attente d'une date, non appliquée :"), "\(known)")
        }
    }
}
