import ChronolexModel
import ChronolexReaders
import Foundation
import Testing

/// Where the package and the shared material are, from this file's place.
enum Paths {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("Corpus")
    static let shared = root.deletingLastPathComponent().appendingPathComponent("shared")
    static let seed = shared.appendingPathComponent("seeds/004_550d512cf40defbd.txt")

    static var sharedIsPresent: Bool { FileManager.default.fileExists(atPath: seed.path) }

    /// The example acts of `Corpus/` (README excluded), sorted.
    static var corpusActs: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: corpus.path)) ?? [])
            .filter { $0.hasSuffix(".md") && $0 != "README.md" }.sorted()
            .map { corpus.appendingPathComponent($0).path }
    }
}

/// Reads a text, failing the test on any error.
func readAct(_ text: String, file: String = "test.md", sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Act {
    let result = ActReader.read(text: text, file: file)
    let errors = result.diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "unexpected errors: \(errors)", sourceLocation: sourceLocation)
    return try #require(result.act, sourceLocation: sourceLocation)
}

/// The outline without excerpts: one address per line.
func addresses(_ act: Act) -> [String] {
    OutlineRenderer.render(act, excerptLength: 0).split(separator: "\n").map(String.init)
}

/// The tree without source ranges, to compare two readings of the same act.
func dump(_ act: Act) -> String {
    JSONRenderer(includeRanges: false).render(act)
}

/// Markdown written by Chronolex, read again.
func roundTrip(_ act: Act) throws -> Act {
    let markdown = MarkdownRenderer.render(act)
    let again = ActReader.read(text: markdown, file: "round-trip.md")
    #expect(!again.hasErrors, "\(again.diagnostics)")
    return try #require(again.act)
}
