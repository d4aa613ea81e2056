import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Session 33: a base article the act dates apart (« …, à l'exception de l'article 3, qui
/// entre en vigueur à une date fixée par le Roi ») and not in force on the day shown:
/// `consolidate` warns and its JSON lists it (`notInForce`, look 29), but the act page went
/// from art. 2 to art. 4 without a word, and the article's own page said it « n'existe pas ».
@Suite("The reading room and base articles not yet in force")
struct NotInForcePageTests {
    /// The arrêté « relatif aux essais » without `starts:`: its art. 4 dates it, art. 3 apart.
    static let base = """
    ---
    title-fr: "Arrêté du Gouvernement relatif aux essais"
    date: 2020-03-01
    number: 2020200001
    publication: 2020-03-10
    ---

    **Article 1er.** Le présent arrêté s'applique aux essais.

    **Art. 2.** Le registre est public.

    **Art. 3.** Le registre est tenu par le ministre.

    **Art. 4.** Le présent arrêté entre en vigueur le 1er avril 2020, à l'exception de l'article 3, qui entre en vigueur à une date fixée par le Gouvernement.
    """

    /// Fixes art. 3's day: 1 January 2021, published 1 December 2020.
    static let fixing = """
    ---
    title-fr: "Arrêté du Gouvernement fixant la date d'entrée en vigueur de l'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
    date: 2020-11-20
    number: 2020200300
    case: 2020-11-20/03
    publication: 2020-12-01
    ---

    **Article 1er.** L'article 3 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais entre en vigueur le 1er janvier 2021.

    **Art. 2.** Le présent arrêté entre en vigueur le jour de sa publication au Moniteur belge.
    """

    static let lead = "Un article de l'acte n'est pas encore en vigueur à cette date ; le texte ci-dessous ne le contient pas :"

    @Test func saidAboveTheText() async throws {
        try await TemporaryRoom.test(["base.md": Self.base], "not-in-force") { client in
            let act = try await PendingChangePageTests.page(client, "/act/2020200001?at=2020-06-01")
            #expect(act.contains(Self.lead), "\(act)")
            #expect(act.contains("Art. 3 — l'acte le fait entrer en vigueur « à une date fixée par le Gouvernement » (son article 4)"), "\(act)")
            #expect(!act.contains("id=\"art-3\""))
            // The article's own page: not in force, not « n'existe pas ».
            let one = try await PendingChangePageTests.page(client, "/act/2020200001?at=2020-06-01&article=3")
            #expect(one.contains("L'article 3 n'est pas encore en vigueur au 1er juin 2020 : l'acte le fait entrer en vigueur « à une date fixée par le Gouvernement » (son article 4)."), "\(one)")
            #expect(!one.contains("n'existe pas"))
            // Another article's page says nothing of it.
            let other = try await PendingChangePageTests.page(client, "/act/2020200001?at=2020-06-01&article=2")
            #expect(!other.contains("pas encore en vigueur"), "\(other)")
        }
    }

    /// Its day fixed by another act: said with that act before the day; nothing once in force.
    @Test func dateFixedByAnotherAct() async throws {
        try await TemporaryRoom.test(["base.md": Self.base, "fixing.md": Self.fixing], "not-in-force-fixed") { client in
            let before = try await PendingChangePageTests.page(client, "/act/2020200001?at=2020-12-15")
            #expect(before.contains(Self.lead), "\(before)")
            #expect(before.contains("date fixée par "), "\(before)")
            #expect(before.contains(" : le 1er janvier 2021"), "\(before)")
            let after = try await PendingChangePageTests.page(client, "/act/2020200001?at=2021-01-01")
            #expect(!after.contains("pas encore en vigueur"), "\(after)")
            #expect(after.contains("id=\"art-3\""))
        }
    }
}
