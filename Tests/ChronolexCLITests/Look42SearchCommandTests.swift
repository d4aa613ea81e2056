import Foundation
import Testing

/// Look 42: `search` ended in exit 1 with nothing on stderr both for a query with no word
/// in it (« " », nothing) and for a query that finds nothing (« NEAR( » is the word « near »,
/// searched as such): the two could not be told apart, and neither was said.
@Suite("Look 42: search says why it finds nothing")
struct Look42SearchCommandTests {
    @Test func aQueryWithNoWordIsAnError() throws {
        let db = try CorpusCommandTests.index([CLI.corpus])
        defer { try? FileManager.default.removeItem(atPath: db) }
        for query in ["\"", "", "( « ) » -"] {
            let run = try CLI.run(["search", "--corpus", db, query])
            #expect(run.status == 1)
            #expect(run.stderr.contains("\(db): error: « \(query) » holds no word to search (letters or figures)"), "\(run.stderr)")
        }
    }

    @Test func nothingFoundIsSaid() throws {
        let db = try CorpusCommandTests.index([CLI.corpus])
        defer { try? FileManager.default.removeItem(atPath: db) }
        let run = try CLI.run(["search", "--corpus", db, "zzzznotaword"])
        #expect(run.status == 1 && run.stdout.isEmpty)
        #expect(run.stderr.contains("\(db): no article holds all of « zzzznotaword »"), "\(run.stderr)")
        let dated = try CLI.run(["search", "--corpus", db, "zzzznotaword", "--at", "2020-01-01"])
        #expect(dated.stderr.contains("no article holds all of « zzzznotaword » on 2020-01-01"), "\(dated.stderr)")
    }
}
