import ChronolexAmendments
import ChronolexModel
import ChronolexReaders
import ChronolexTimeline
import ChronolexWorkspace
import Foundation
import Testing

/// The example corpus against the texts its README gives for several articles at several
/// dates (worked out independently, by hand-coded operations).
@Suite("Consolidating Corpus/")
struct CorpusTests {
    static let library = Workspace(paths: [Paths.corpus])

    static func timeline(_ numac: String, knownOn: LegalDate? = nil) throws -> Timeline {
        let base = try #require(library.bases.first { $0.metadata.numac == numac })
        return Consolidation.timeline(of: base, edits: library.edits, knownOn: knownOn)
    }

    /// One expected text of `Corpus/README.md`: act, article, date, markdown.
    struct Oracle: CustomTestStringConvertible, Sendable {
        var act: String
        var article: String
        var date: String
        var markdown: String
        var testDescription: String { "\(act), art. \(article) on \(date)" }
    }

    static let oracles: [Oracle] = {
        guard let readme = try? String(contentsOfFile: Paths.corpus + "/README.md", encoding: .utf8) else { return [] }
        var result: [Oracle] = []
        var act = ""
        var article = ""
        var date = ""
        var block: [Substring]?
        for line in readme.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("### ") {
                let heading = line.dropFirst(4)
                if let comma = heading.range(of: ", art. ") {
                    act = String(heading[..<comma.lowerBound])
                    article = String(heading[comma.upperBound...])
                }
            } else if line.hasPrefix("**On "), let end = line.dropFirst(5).firstIndex(of: "*") {
                date = String(line[line.index(line.startIndex, offsetBy: 5)..<end])
            } else if line == "```text" {
                block = []
            } else if line == "```", let lines = block {
                result.append(Oracle(act: act, article: article, date: date, markdown: lines.joined(separator: "\n")))
                block = nil
            } else if block != nil {
                block?.append(line)
            }
        }
        return result
    }()

    @Test func theReadmeHasOracles() {
        #expect(Self.oracles.count >= 10)
    }

    @Test(arguments: oracles)
    func articleMatchesTheExpectedText(_ oracle: Oracle) throws {
        let numac = oracle.act.hasPrefix("Biblioth") ? "2015201234" : "2016202345"
        let timeline = try Self.timeline(numac)
        let date = try #require(LegalDate(oracle.date))
        let version = try #require(timeline.article(oracle.article, at: date))
        let expected = try #require(ActReader.read(text: oracle.markdown, file: "README.md").act?.articles.first)
        #expect(TextRenderer.render(version.article) == TextRenderer.render(expected))
    }

    @Test func everyAmendingActAppliesWithoutError() throws {
        #expect(Self.library.diagnostics.filter { $0.severity == .error }.isEmpty, "\(Self.library.diagnostics)")
        for numac in ["2015201234", "2016202345"] {
            let timeline = try Self.timeline(numac)
            let failures = timeline.outcomes.filter(\.status.isFailure).compactMap(\.diagnostic)
            #expect(failures.isEmpty, "\(numac): \(failures)")
        }
    }

    @Test func asKnownOnBeforeARetroactiveDecree() throws {
        let valid = try Self.timeline("2015201234")
        let known = try Self.timeline("2015201234", knownOn: LegalDate("2021-01-15"))
        let date = try #require(LegalDate("2020-10-01"))
        // Valid time: the décret of 7 December 2020 (published 2021-02-15) applies from 2020-09-01.
        #expect(valid.article("10", at: date)?.article.hasParagraphs == true)
        // As known on 2021-01-15, it was not published yet.
        #expect(known.article("10", at: date)?.article.hasParagraphs == false)
        let knownLater = try Self.timeline("2015201234", knownOn: LegalDate("2021-02-15"))
        #expect(knownLater.article("10", at: date)?.article.hasParagraphs == true)
    }

    @Test func otherChecksOfTheReadme() throws {
        let timeline = try Self.timeline("2015201234")
        func on(_ date: String) throws -> LegalDate { try #require(LegalDate(date)) }
        // Art. 6: replaced words from 2018, repealed from 2019-06-01, re-established from 2023.
        #expect(timeline.article("6", at: try on("2017-12-31"))?.article.alineas.first?.text.contains("à charge du lecteur") == true)
        #expect(timeline.article("6", at: try on("2018-01-01"))?.article.alineas.first?.text.contains("à charge de la bibliothèque publique") == true)
        #expect(timeline.article("6", at: try on("2019-06-01"))?.article.status == .repealed)
        #expect(timeline.article("6", at: try on("2023-01-01"))?.article.status == .inForce)
        // Art. 18, al. 1: 80 then 90 pour cent.
        #expect(timeline.article("18", at: try on("2023-06-30"))?.article.alineas.first?.text.contains("80 pour cent") == true)
        #expect(timeline.article("18", at: try on("2023-07-01"))?.article.alineas.first?.text.contains("90 pour cent") == true)
        // The title from 2023.
        #expect(timeline.act(at: try on("2023-01-01")).metadata.title == "Arrêté du Gouvernement relatif aux bibliothèques publiques et au prêt numérique")
        #expect(timeline.act(at: try on("2022-12-31")).metadata.title == "Arrêté du Gouvernement relatif aux bibliothèques publiques")
        // Art. 8 on 2019-06-01: § 1 has five alinéas, § 2 three, § 3 repealed (no words).
        let art8 = try #require(timeline.article("8", at: try on("2019-06-01"))?.article)
        #expect(art8.paragraphs.map(\.alineas.count) == [5, 3, 0])
        #expect(art8.paragraphs.map(\.status) == [.inForce, .inForce, .repealed])
        // The playground décret: art. 8 never changes, art. 8/1 never exists in force.
        let playgrounds = try Self.timeline("2016202345")
        #expect(playgrounds.histories["8"]?.versions.count == 1)
        #expect(playgrounds.article("8/1", at: try on("2026-01-01")) == nil)
    }
}
