import Foundation
import Testing

/// Issue 14: JSON is compact by default (one line, for programs) and indented with
/// --pretty (for people): the same value either way, on every command that prints JSON.
@Suite("Compact and pretty JSON")
struct JSONOutputTests {
    static let commands: [[String]] = [
        ["parse", "Corpus/2015-bibliotheques.md", "--format", "json"],
        ["parse", "Corpus/2015-bibliotheques.md", "Corpus/2016-aires-de-jeux.md", "--format", "json"],
        ["edits", "Corpus/2017-bibliotheques-modification.md", "--format", "json"],
        ["consolidate", "Corpus", "--act", "2015201234", "--at", "2024-01-01", "--format", "json"],
        ["history", "Corpus", "--act", "2015201234", "--format", "json"],
        ["explain", "Corpus", "--act", "2015201234", "--format", "json"],
        ["diff", "Corpus", "--act", "2015201234", "--from", "2019-06-01", "--to", "2023-01-01", "--format", "json"],
        ["diff", "Corpus", "--act", "2015201234", "--timeline", "--article", "10", "--format", "json"],
        ["check", "Corpus", "--act", "2015201234", "--against", "docs/examples/bibliotheques-2023-01-01.md", "--at", "2023-01-01", "--format", "json"],
    ]

    @Test(arguments: commands)
    func compactByDefaultPrettyOnRequest(_ arguments: [String]) throws {
        let compact = try CLI.run(arguments)
        let pretty = try CLI.run(arguments + ["--pretty"])
        #expect(compact.status == pretty.status && compact.stderr == pretty.stderr && !compact.stdout.isEmpty)
        #expect(compact.stdout.hasSuffix("\n") && compact.stdout.dropLast().firstIndex(of: "\n") == nil, "compact JSON is one line")
        #expect(pretty.stdout.contains("\n  "), "pretty JSON is indented")
        let a = try JSONSerialization.jsonObject(with: compact.stdoutBytes) as? NSObject
        let b = try JSONSerialization.jsonObject(with: pretty.stdoutBytes) as? NSObject
        #expect(a != nil && a == b)
    }
}
