import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// Look 30 in the reading room: the text of an act starts from the text the index holds
/// for the date asked, as known on the day asked (findings 1 and 6), and two differing texts
/// « as published » are refused as the folder refuses them (finding 5).
@Suite("Look 30: the reading room's base text")
struct Look30PageTests {
    static func essais(_ title: String, _ body: String) -> String {
        """
        ---
        title-fr: "\(title)"
        date: 2010-03-01
        number: 2010000001
        publication: 2010-03-15
        starts: 2010-04-01
        ---

        \(body)
        """
    }

    static func state(_ updated: String, _ body: String) -> String {
        essais("Arrêté royal relatif aux essais (NOTE : Consultation des versions antérieures à partir du 15-03-2010 et mise à jour au \(updated))", body)
    }

    static let v1 = state("01-06-2015", "**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours.")
    static let v2 = state("01-06-2017", "**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de [1 vingt]1 jours.\n\n`(1)<AR 2016-04-01/01, art. 1, 002; En vigueur : 01-06-2016>`")

    static func get(_ client: any TestClientProtocol, _ uri: String) async throws -> (Int, String) {
        try await client.execute(uri: uri, method: .get) { response in (Int(response.status.code), String(buffer: response.body)) }
    }

    @Test func theStateOfTheDateAndAsKnownOnTheDay() async throws {
        try await TemporaryRoom.test(["v1.md": Self.v1, "v2.md": Self.v2], "look30-states") { client in
            let (status, early) = try await Self.get(client, "/act/2010000001?at=2015-12-01&article=2")
            #expect(status == 200)
            #expect(early.contains("Le délai est de trente jours."), "\(early)")
            #expect(!early.contains("absent des textes donnés"))
            let (_, late) = try await Self.get(client, "/act/2010000001?at=2017-07-01&article=2")
            #expect(late.contains("vingt"))
            let (_, known) = try await Self.get(client, "/act/2010000001?at=2017-07-01&known=2016-01-01&article=2")
            #expect(known.contains("Le délai est de trente jours."), "\(known)")
        }
        try await TemporaryRoom.test(["v2.md": Self.v2], "look30-state-alone") { client in
            let (status, page) = try await Self.get(client, "/act/2010000001?at=2017-07-01&known=2016-01-01&article=2")
            #expect(status == 422)
            #expect(page.contains("Justel's state of 2017-06-01 was not known on 2016-01-01"), "\(page)")
        }
    }

    /// Finding 19: the room's own form sends a space as « + »; the page echoed « prêt+numérique ».
    @Test func aPlusInTheQueryIsASpace() async throws {
        try await RouteTests.get("/search?q=pr%C3%AAt+num%C3%A9rique") { response in
            let body = RouteTests.body(response)
            #expect(body.contains("Recherche : « prêt numérique »"), "\(body.prefix(600))")
            #expect(body.contains("Art. 1"))
        }
        // A « + » typed by the jurist arrives as %2B: kept.
        try await RouteTests.get("/search?q=a%2Bb") { response in
            #expect(RouteTests.body(response).contains("Recherche : « a+b »"))
        }
    }

    @Test func twoDifferingTextsAsPublished() async throws {
        let a = Self.essais("Arrêté royal relatif aux essais", "**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours.")
        let b = Self.essais("Arrêté royal relatif aux essais", "**Article 1er.** Le présent arrêté règle les essais.\n\n**Art. 2.** Le délai est de trente jours ouvrables.")
        try await TemporaryRoom.test(["a.md": a, "b.md": b], "look30-two-texts") { client in
            let (status, page) = try await Self.get(client, "/act/2010000001?at=2016-07-01&article=2")
            #expect(status == 422)
            #expect(page.contains("2 texts of act 2010000001 say no state date"), "\(page)")
        }
    }
}
