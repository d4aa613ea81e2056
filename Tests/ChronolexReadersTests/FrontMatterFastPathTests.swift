import ChronolexModel
@testable import ChronolexReaders
import Foundation
import Testing

/// The front matter read without Yams when every line is a `key: value` that YAML reads as
/// written (``FrontMatterReader/simplePairs(_:firstLine:)``): the same metadata and the same
/// diagnostics as through Yams, on every act at hand and on the lines YAML reads otherwise.
@Suite("Front matter read without Yams, as Yams reads it")
struct FrontMatterFastPathTests {
    /// Both readings of one front matter: through the fast path (`nil` when it declines)
    /// and through Yams, each with its diagnostics.
    static func both(_ yaml: String) -> (fast: (ActMetadata, [String])?, yams: (ActMetadata?, [String])) {
        var yamsDiagnostics: [Diagnostic] = []
        let yams = FrontMatterReader.readWithYams(yaml, file: "f.md", firstLine: 2, diagnostics: &yamsDiagnostics)
        guard let pairs = FrontMatterReader.simplePairs(yaml, firstLine: 2) else { return (nil, (yams, yamsDiagnostics.map(\.description))) }
        var fastDiagnostics: [Diagnostic] = []
        let fast = FrontMatterReader.metadata(pairs, file: "f.md", diagnostics: &fastDiagnostics)
        return ((fast, fastDiagnostics.map(\.description)), (yams, yamsDiagnostics.map(\.description)))
    }

    /// The front matter of a file in the seed format, or `nil`.
    static func frontMatter(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8), text.hasPrefix("---\n"),
              let end = text.range(of: "\n---", range: text.index(text.startIndex, offsetBy: 3)..<text.endIndex) else { return nil }
        return String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])
    }

    static func files(under directory: URL) -> [String] {
        guard let walker = FileManager.default.enumerator(atPath: directory.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".md") || $0.hasSuffix(".txt") }.map { directory.appendingPathComponent($0).path }
    }

    @Test func everyActAtHandReadsTheSameBothWays() throws {
        var roots = [Paths.root.appendingPathComponent("Corpus"), Paths.root.appendingPathComponent("Fuzz"), Paths.root.appendingPathComponent("docs")]
        if Paths.sharedIsPresent { roots += [Paths.shared.appendingPathComponent("corpus"), Paths.shared.appendingPathComponent("seeds")] }
        var fast = 0
        var total = 0
        for path in roots.flatMap(Self.files(under:)) {
            guard let yaml = Self.frontMatter(path) else { continue }
            total += 1
            let (quick, yams) = Self.both(yaml)
            guard let quick else { continue }
            fast += 1
            #expect(quick.0 == yams.0, "\(path)")
            #expect(quick.1 == yams.1, "\(path)")
        }
        // Most of them take the fast path (a newcomer's clone has Corpus/ alone).
        #expect(total > 0 && fast * 2 > total, "\(fast) of \(total)")
    }

    @Test(arguments: [
        "title-fr: Arrêté royal du 4 juillet 2004\ndate: 2004-07-04",
        "title-fr: \"Arrêté \"X\" royal\"",
        "title-fr: 'Arrêté'",
        "title-fr: \"Arrêté \\u00e9\"",
        "title-fr: a: b",
        "title-fr: a # comment",
        "title-fr: [a, b]",
        "modifies:\n  - 2014022305",
        "title-fr: x\ntitle-fr: y",
        "title-fr: ~\ndate: null\npage: \"null\"",
        "title-fr: -x\ncase: - y",
        "# comment\ntitle-fr: x",
        "starts: 2024-01-01, 2024-02-15",
        "title-fr: \"  spaced  \"",
        "url:",
        "title-fr: x:",
        "&anchor: x",
    ])
    func linesYAMLReadsOtherwiseGoToYams(_ yaml: String) {
        let (quick, yams) = Self.both(yaml)
        if let quick {
            #expect(quick.0 == yams.0)
            #expect(quick.1 == yams.1)
        }
    }

    @Test func theFastPathDeclinesWhatItDoesNotRead() {
        #expect(FrontMatterReader.simplePairs("title-fr: a: b", firstLine: 2) == nil)
        #expect(FrontMatterReader.simplePairs("title-fr: \"a \" b\"", firstLine: 2) == nil)
        #expect(FrontMatterReader.simplePairs("modifies:\n  - 1", firstLine: 2) == nil)
        #expect(FrontMatterReader.simplePairs("title-fr: x\ntitle-fr: y", firstLine: 2) == nil)
        #expect(FrontMatterReader.simplePairs("title-fr: a\u{2028}b", firstLine: 2) == nil)
        #expect(FrontMatterReader.simplePairs("title-fr: Arrêté\ndate: 2004-07-04", firstLine: 2)?.map(\.line) == [2, 3])
    }
}
