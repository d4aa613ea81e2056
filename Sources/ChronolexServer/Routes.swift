import ChronolexDiff
import ChronolexIndex
import ChronolexModel
import ChronolexReaders
import ChronolexWorkspace
import Foundation
import Hummingbird

/// The addresses the reading room answers, each checked before anything is read:
///
/// - `/` — the search field;
/// - `/search?q=WORDS` — acts by numac or by words of their titles, articles by their words;
/// - `/act/NUMAC?at=DATE[&known=DATE][&article=N]` — the act (or one article) at a date,
///   as known on a date, with anchors `#art-29-3`;
/// - `/act/NUMAC/history?article=N` — an article's versions;
/// - `/act/NUMAC/diff?from=DATE&to=DATE[&article=N][&layout=side-by-side]`;
/// - `/act/NUMAC/amending` — the acts that amend it, and what became of each instruction;
/// - `/act/NUMAC/check` — its consolidation against the latest official text of the index.
///
/// Every page carries a Content-Security-Policy that allows no script and no resource
/// from elsewhere.
public enum Routes {
    public static func router(_ room: ReadingRoom) -> Router<BasicRequestContext> {
        let router = Router()
        router.get("/") { _, _ in
            try html(Pages.home(room.index.counts()))
        }
        router.get("/search") { request, _ in
            try await answer {
                let query = try Parameters.query(request, "q", limit: 200) ?? ""
                if query.utf8.count >= 8, query.utf8.count <= 12, query.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }),
                   try !room.index.acts(numac: query).isEmpty {
                    return redirect(Links.act(query))
                }
                let titles = query.isEmpty ? [] : try room.index.findTitles(query)
                let articles = query.isEmpty ? [] : try room.index.search(query)
                return try html(Pages.search(query, titles: titles, articles: articles))
            }
        }
        router.get("/act/:numac") { request, context in
            try await answer {
                let numac = try Parameters.numac(context)
                let at = try Parameters.date(request, "at") ?? Parameters.today
                let known = try Parameters.date(request, "known")
                let article = try Parameters.article(request)
                let key = Links.act(numac, at: at, knownOn: known, article: article)
                return try html(try await room.pages.page(key) {
                    Pages.act(try await room.consolidated(numac, at: at, knownOn: known), numac: numac, at: at, knownOn: known, article: article)
                })
            }
        }
        router.get("/act/:numac/history") { request, context in
            try await answer {
                let numac = try Parameters.numac(context)
                guard let article = try Parameters.article(request) else { throw PageError.badRequest("give the article: ?article=N") }
                return try html(Pages.history(try await room.consolidated(numac, knownOn: nil), numac: numac, article: article))
            }
        }
        router.get("/act/:numac/diff") { request, context in
            try await answer {
                let numac = try Parameters.numac(context)
                guard let from = try Parameters.date(request, "from"), let to = try Parameters.date(request, "to") else {
                    throw PageError.badRequest("give both dates: ?from=AAAA-MM-JJ&to=AAAA-MM-JJ")
                }
                guard from < to else { throw PageError.badRequest("the first date (from) must be before the second (to)") }
                let layout = try Parameters.query(request, "layout", limit: 20)
                return try html(Pages.diff(try await room.consolidated(numac, at: from, knownOn: nil), from: from, to: to,
                                           article: try Parameters.article(request), sideBySide: layout == "side-by-side"))
            }
        }
        router.get("/act/:numac/amending") { _, context in
            try await answer {
                let numac = try Parameters.numac(context)
                return try html(Pages.amending(try await room.consolidated(numac, knownOn: nil), numac: numac))
            }
        }
        router.get("/act/:numac/check") { _, context in
            try await answer {
                let numac = try Parameters.numac(context)
                let (check, official) = try await Checks.latest(room, numac: numac)
                return try html(Pages.check(check, numac: numac, official: official))
            }
        }
        return router
    }

    /// The headers of every page: HTML in UTF-8, no script, nothing from elsewhere.
    static let headers: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .contentSecurityPolicy: "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'",
        .init("X-Content-Type-Options")!: "nosniff",
        .init("Referrer-Policy")!: "no-referrer",
    ]

    static func html(_ text: String, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    static func redirect(_ location: String) -> Response {
        var headers = Self.headers
        headers[.location] = location
        return Response(status: .seeOther, headers: headers)
    }

    /// The page, or the error page that says what was wrong with the request.
    static func answer(_ make: () async throws -> Response) async throws -> Response {
        do {
            return try await make()
        } catch let error as PageError {
            switch error {
            case .badRequest(let message): return try html(Pages.error(status: 400, message: message), status: .badRequest)
            case .notFound(let message): return try html(Pages.error(status: 404, message: message), status: .notFound)
            case .unprocessable(let message): return try html(Pages.error(status: 422, message: message), status: .unprocessableContent)
            }
        } catch let error as IndexError {
            return try html(Pages.error(status: 404, message: error.description), status: .notFound)
        }
    }
}

/// A request's parameters, checked: what is not what it should be is a 400 page saying so.
enum Parameters {
    static func numac(_ context: BasicRequestContext) throws -> String {
        let value = context.parameters.get("numac") ?? ""
        guard !value.isEmpty, value.utf8.count <= 12, value.utf8.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else {
            throw PageError.badRequest("« \(value.prefix(40)) » is not a numac: an act is addressed by its numac, up to 12 digits (/act/2015201234)")
        }
        return value
    }

    /// A query parameter, at most `limit` bytes, decoded as a form sends it: « + » is a
    /// space (look 30: the room's own search form echoed « délai+prolonger »), « %2B » a « + ».
    static func query(_ request: Request, _ name: String, limit: Int) throws -> String? {
        guard let raw = request.uri.query else { return nil }
        for pair in raw.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard formDecoded(parts[0]) == name else { continue }
            let value = parts.count > 1 ? formDecoded(parts[1]) : ""
            guard value.utf8.count <= limit else { throw PageError.badRequest("the parameter « \(name) » is too long (at most \(limit) characters)") }
            return value
        }
        return nil
    }

    /// `application/x-www-form-urlencoded`: « + » for a space, then percent-escapes.
    static func formDecoded(_ text: Substring) -> String {
        let spaced = String(text).replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }

    static func date(_ request: Request, _ name: String) throws -> LegalDate? {
        guard let text = try query(request, name, limit: 40), !text.isEmpty else { return nil }
        guard let date = LegalDate(text) else {
            throw PageError.badRequest("« \(text) » is not a date (\(name)): write 2024-01-31, 31/01/2024 or 31 janvier 2024")
        }
        return date
    }

    static func article(_ request: Request) throws -> String? {
        guard let text = try query(request, "article", limit: 24), !text.isEmpty else { return nil }
        // A digit or a capital first (`5`, `1er`, `L1122-30`, `D.I.4`), then letters, digits and
        // single `.`, `/`, `-` between them: never a path (`../`).
        let first = text.unicodeScalars.first
        guard first.map({ ("0"..."9").contains($0) || ("A"..."Z").contains($0) }) == true, !text.contains(".."), !text.contains("//"),
              text.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || ("0"..."9").contains($0) || "./-".unicodeScalars.contains($0) }) else {
            throw PageError.badRequest("« \(text) » is not an article number (5, 1er, 4/1, 29.3, L1122-30)")
        }
        return text
    }

    static var today: LegalDate { LegalDate.todayInBrussels }
}

/// The check page's comparison: the consolidation of the act's earlier text with the acts
/// published since, against its latest text in the index.
enum Checks {
    static func latest(_ room: ReadingRoom, numac: String) async throws -> (CheckReport?, IndexedAct?) {
        let texts = try room.index.acts(numac: numac).filter { $0.justelState != nil }
        guard texts.count >= 2, let official = texts.first, let earlier = texts.last, let state = earlier.justelState else { return (nil, texts.first) }
        let amending = try room.index.amendingActs(of: numac).filter { ($0.act.publication ?? $0.act.date).map { $0 > state } ?? false }
        var seen = Set<String>()
        let paths = [earlier.path] + amending.filter { seen.insert($0.act.numac ?? $0.act.path).inserted }.map(\.act.path)
        let reading = ActReader.read(path: official.path)
        guard let reference = reading.act else { return (nil, official) }
        guard case .success(let consolidated) = Workspace(paths: paths).consolidated(act: numac, knownOn: reference.metadata.consolidatedOn) else {
            throw PageError.unprocessable("the act \(numac) cannot be consolidated from its text of \(state.french)")
        }
        let check = consolidated.check(against: reference, named: official.path, knownOn: reference.metadata.consolidatedOn)
        return (check?.report(consolidated.timeline), official)
    }
}
