import ChronolexServer
import Foundation
import Hummingbird
import HummingbirdTesting
import Testing

/// A real headless Chromium over the running reading room (`scripts/browse.sh`): each kind
/// of page opens without a console message or a failed request, and a jurist's path — a
/// search, an act, an article's versions, a diff — is followed by the links of the pages.
@Suite("The reading room in Chromium", .enabled(if: Browser.chromium != nil, "chromium is not installed: apt-get install -y chromium"))
struct BrowserTests {
    @Test func fromASearchToADiff() async throws {
        let app = Application(router: Routes.router(RouteTests.room), configuration: .init(address: .hostname("127.0.0.1", port: 0)))
        try await app.test(.live) { client in
            let base = "http://127.0.0.1:\(client.port ?? 0)"
            for path in ["/", "/act/2015201234?at=2024-01-01", "/act/2015201234/amending", "/act/2015201234/check", "/act/abc"] {
                _ = try Browser.open(base + path)
            }
            // A search for words of the title, its first result…
            let search = try Browser.open(base + "/search?q=biblioth%C3%A8ques%20publiques")
            let act = try #require(Browser.links(search).first { $0.hasPrefix("/act/2015201234") }, "\(search.prefix(400))")
            // …the act, one article's versions…
            let page = try Browser.open(base + act)
            let history = try #require(Browser.links(page).first { $0.contains("/history?article=2") })
            let versions = try Browser.open(base + history)
            // …and the change of its last version, word by word.
            let diff = try #require(Browser.links(versions).last { $0.contains("/diff?") && !$0.contains("side-by-side") })
            let change = try Browser.open(base + diff)
            #expect(change.contains("<ins") || change.contains("<del"), "\(change.prefix(600))")
        }
    }
}

enum Browser {
    static let script = Paths.root.appendingPathComponent("scripts/browse.sh").path

    static var chromium: String? {
        ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    /// The page's DOM; the test fails when Chromium reports a console message or a failed request.
    static func open(_ url: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [script, url]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let dom = out.fileHandleForReading.readDataToEndOfFile()
        let log = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "\(url): \(String(decoding: log, as: UTF8.self).suffix(800))")
        return String(decoding: dom, as: UTF8.self)
    }

    /// The page's links to the reading room, as written (`&amp;` read back).
    static func links(_ dom: String) -> [String] {
        var result: [String] = []
        var rest = dom[...]
        while let range = rest.range(of: "href=\"/") {
            let start = rest.index(before: range.upperBound)
            guard let end = rest[start...].firstIndex(of: "\"") else { break }
            result.append(rest[start..<end].replacingOccurrences(of: "&amp;", with: "&"))
            rest = rest[end...]
        }
        return result
    }
}
