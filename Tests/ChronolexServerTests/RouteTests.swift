import ChronolexIndex
import ChronolexServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus").path
}

/// Every page of the reading room and every bad parameter, through Hummingbird's test
/// client (no network).
@Suite("The reading room's pages")
struct RouteTests {
    static let room: ReadingRoom = {
        // The index of Corpus/, in memory.
        do { return try ReadingRoom.files([Paths.corpus]).room } catch { fatalError("Corpus/ cannot be indexed: \(error)") }
    }()

    static func get(_ uri: String, _ check: @escaping @Sendable (TestResponse) throws -> Void) async throws {
        let app = Application(router: Routes.router(room))
        try await app.test(.router) { client in
            try await client.execute(uri: uri, method: .get) { response in try check(response) }
        }
    }

    static func body(_ response: TestResponse) -> String { String(buffer: response.body) }

    @Test(arguments: [
        ("/", "Chronolex"),
        ("/search?q=bibliothèques", "relatif aux bibliothèques publiques"),
        ("/search?q=pr%C3%AAt%20num%C3%A9rique", "Art. 1"),
        ("/act/2015201234?at=2024-01-01", "Texte consolidé au 1er janvier 2024"),
        ("/act/2015201234?at=2024-01-01&known=2019-01-01", "tel que connu le 1er janvier 2019"),
        ("/act/2015201234?at=2024-01-01&article=2", "Versions de l'article 2"),
        ("/act/2015201234/history?article=2", "Article 2 : ses versions"),
        ("/act/2015201234/diff?from=2016-01-01&to=2024-01-01", "Comparaison de deux versions"),
        ("/act/2015201234/diff?from=2016-01-01&to=2024-01-01&article=2&layout=side-by-side", "Art. 2"),
        ("/act/2015201234/amending", "2017206012"),
        ("/act/2015201234/check", "Comparaison avec le texte officiel"),
    ])
    func everyPage(_ uri: String, _ expected: String) async throws {
        try await Self.get(uri) { response in
            #expect(response.status == .ok, "\(uri)")
            let body = Self.body(response)
            #expect(body.hasPrefix("<!DOCTYPE html>"), "\(uri)")
            #expect(body.contains(expected), "\(uri): \(body.prefix(400))")
            #expect(!body.contains("<script"), "\(uri)")
            #expect(response.headers[.contentSecurityPolicy]?.contains("default-src 'none'") == true)
        }
    }

    @Test func aNumacSearchedGoesToTheAct() async throws {
        try await Self.get("/search?q=2015201234") { response in
            #expect(response.status == .seeOther)
            #expect(response.headers[.location] == "/act/2015201234")
        }
    }

    @Test(arguments: [
        ("/act/1999999999", 404, "no act with numac 1999999999"),
        ("/act/abc", 400, "is not a numac"),
        ("/act/2015201234?at=2021-02-31", 400, "is not a date"),
        ("/act/2015201234?at=demain", 400, "is not a date"),
        ("/act/2015201234?article=..%2F..%2Fetc%2Fpasswd", 400, "is not an article number"),
        ("/act/..%2F..%2Fetc%2Fpasswd", 400, "is not a numac"),
        ("/act/2015201234/history", 400, "give the article"),
        ("/act/2015201234/history?article=99", 404, "never existed"),
        ("/act/2015201234/diff?from=2024-01-01&to=2016-01-01", 400, "must be before"),
        ("/act/2015201234/diff?from=2016-01-01", 400, "give both dates"),
    ])
    func badParameters(_ uri: String, _ status: Int, _ message: String) async throws {
        try await Self.get(uri) { response in
            #expect(Int(response.status.code) == status, "\(uri)")
            #expect(Self.body(response).contains(message), "\(uri): \(Self.body(response).prefix(600))")
        }
    }

    @Test func aTenMegabyteQuery() async throws {
        let words = String(repeating: "a", count: 10_000_000)
        try await Self.get("/search?q=" + words) { response in
            #expect(response.status == .badRequest)
            #expect(Self.body(response).contains("too long"))
        }
    }

    /// Words typed into the search are words: escaped in the page, quoted in the query.
    @Test func hostileWords() async throws {
        let hostile = "<script>alert(1)</script> \" OR 1=1 -- NEAR("
        let encoded = hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? ""
        try await Self.get("/search?q=" + encoded) { response in
            #expect(response.status == .ok)
            let body = Self.body(response)
            #expect(!body.contains("<script>"))
            #expect(body.contains("&lt;script&gt;"))
        }
    }
}

/// A reading room over acts written to a temporary folder (removed after), asked through
/// Hummingbird's test client.
enum TemporaryRoom {
    /// The arrêté « relatif aux essais » (numac 2020200001, in force 2020-04-01): two
    /// articles, then `more`.
    static func essais(_ more: String = "") -> String {
        """
        ---
        title-fr: "Arrêté du Gouvernement relatif aux essais"
        date: 2020-03-01
        number: 2020200001
        publication: 2020-03-10
        starts: 2020-04-01
        ---

        **Article 1er.** Le présent arrêté s'applique aux essais.

        **Art. 2.** Le registre est public.
        \(more.isEmpty ? "" : "\n" + more + "\n")
        """
    }

    static func test(_ files: [String: String], _ name: String, _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("chronolex-\(name)-\(getpid())")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for (file, text) in files { try text.write(to: directory.appendingPathComponent(file), atomically: false, encoding: .utf8) }
        let room = try ReadingRoom.files([directory.path]).room
        try await Application(router: Routes.router(room)).test(.router, body)
    }
}

/// Look 23: an act that « cesse d'être en vigueur » was shown as law after its end.
@Suite("The reading room and an act's own end")
struct ActEndPageTests {
    @Test func noTextAfterTheEnd() async throws {
        let base = TemporaryRoom.essais("**Art. 3.** Le présent arrêté cesse d'être en vigueur le 31 décembre 2021.")
        try await TemporaryRoom.test(["base.md": base], "act-end") { client in
            try await client.execute(uri: "/act/2020200001?at=2022-06-01", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("L'acte n'est plus en vigueur au 1er juin 2022 : selon son article 3, il cesse d'être en vigueur le 31 décembre 2021"), "\(body)")
                #expect(!body.contains("Le registre est public"))
            }
            try await client.execute(uri: "/act/2020200001?at=2021-06-01", method: .get) { response in
                #expect(String(buffer: response.body).contains("Le registre est public"))
            }
            try await client.execute(uri: "/act/2020200001/history?article=2", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("L'acte cesse d'être en vigueur le 31 décembre 2021, selon son article 3"))
                // Look 24: the last version showed no last day.
                #expect(body.contains("du 1er avril 2020 au 30 décembre 2021"), "\(body)")
            }
        }
    }
}

/// Look 23: the act page printed a consolidated text without the instructions that failed,
/// without a word (the command line refuses, or lists them with `--keep-going`).
@Suite("The reading room and failed instructions")
struct FailedInstructionPageTests {
    @Test func saidAboveTheText() async throws {
        let amending = """
        ---
        title-fr: "Arrêté du Gouvernement modifiant l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais"
        date: 2020-06-01
        number: 2020200100
        publication: 2020-06-10
        modifies: 2020200001
        ---

        **Article 1er.** Dans l'article 2 de l'arrêté du Gouvernement du 1er mars 2020 relatif aux essais, le mot « secret » est remplacé par le mot « privé ».

        **Art. 2.** Le présent arrêté entre en vigueur le 1er juillet 2020.
        """
        try await TemporaryRoom.test(["base.md": TemporaryRoom.essais(), "amend.md": amending], "failed") { client in
            try await client.execute(uri: "/act/2020200001?at=2021-01-01", method: .get) { response in
                let body = String(buffer: response.body)
                #expect(body.contains("Une instruction visant ce texte n'a pas pu être lue ou appliquée"), "\(body)")
                #expect(body.contains("Art. 1: words « secret » not found in art. 2"), "\(body)")
            }
            // Before the change was to apply: nothing to say.
            try await client.execute(uri: "/act/2020200001?at=2020-06-01", method: .get) { response in
                #expect(!String(buffer: response.body).contains("n'a pas pu être"))
            }
            // Another article: nothing to say either.
            try await client.execute(uri: "/act/2020200001?at=2021-01-01&article=1", method: .get) { response in
                #expect(!String(buffer: response.body).contains("n'a pas pu être"))
            }
        }
    }
}
