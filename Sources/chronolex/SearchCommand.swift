import ArgumentParser
import ChronolexIndex
import ChronolexModel
import ChronolexWorkspace

/// `chronolex search --corpus FILE "words" [--at DATE]`.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Find articles by their words in an index.",
        discussion: """
        Every word must stand in the article (accents and case ignored). Without --at, the \
        texts searched are the files indexed as they are written: each act as published (or \
        Justel's state of it), amending acts' own articles included; words a later act put in \
        an article are found in that act, not in the article. With --at, the acts whose text \
        or whose amending acts' texts hold the words are consolidated on that date (at most \
        200, a warning says when more could hold them), and every article whose text on that \
        date holds the words is printed, the words around them cut from that text.

        Examples:
          chronolex index Corpus --db corpus.sqlite
          chronolex search --corpus corpus.sqlite "aire de jeux" --at 2020-01-01
          chronolex search --corpus corpus.sqlite "prêt numérique" --limit 5

        Prints one article per line (numac, article, date and title of its act), then the words \
        around the match, the words found in [brackets]. When no article holds the words, says so \
        on stderr and exits 1; a query with no word in it (only quotes or signs) is an error.
        """
    )

    @Option(help: "The index built by 'chronolex index'.")
    var corpus: String

    @Argument(help: "The words.")
    var words: String

    @Option(help: "Keep the articles whose words stand in them on this date (their acts consolidated).", transform: DateArgument.parse)
    var at: LegalDate?

    @Option(help: "At most this many articles.")
    var limit = 20

    func run() throws {
        let index: CorpusIndex
        do { index = try CorpusIndex.existing(path: corpus) } catch {
            Report.print(["\(corpus): error: \(error)"])
            throw ExitCode.failure
        }
        // A query with no word (« " », nothing) and a query that finds nothing
        // both ended in exit 1 with nothing said (look 42): each is said.
        let queryWords = CorpusIndex.words(words)
        guard !queryWords.isEmpty else {
            Report.print(["\(corpus): error: « \(words) » holds no word to search (letters or figures)"])
            throw ExitCode.failure
        }
        if queryWords.count > CorpusIndex.maximumTerms {
            Report.print(["\(corpus): warning: only the first \(CorpusIndex.maximumTerms) of the \(queryWords.count) words are searched"])
        }
        let hits: [SearchHit]
        if let at {
            let found = try index.search(words, at: at, limit: limit)
            hits = found.hits
            var lines = found.failures.map { "\(corpus): warning: \($0.numac) cannot be consolidated, its articles not searched on \(at.iso): \($0.message)" }
            // An act whose text on that day is not certain where an article was found: said
            // once, and under each such article (look 30: printed as the text in force, not a word).
            var said = Set<String>()
            for hit in hits where hit.uncertain != nil && said.insert(hit.numac ?? hit.path).inserted {
                let articles = hits.filter { $0.numac == hit.numac && $0.path == hit.path && $0.uncertain != nil }.map { "art. \($0.article)" }
                lines.append("\(corpus): warning: \(hit.numac ?? hit.path): its text on \(at.iso) is not certain (\(articles.joined(separator: ", "))): \(hit.uncertain ?? "")")
            }
            var unknown: [String: [String]] = [:]
            for (numac, article) in found.unknownTexts { unknown[numac, default: []].append("art. \(article)") }
            for (numac, articles) in unknown.sorted(by: { $0.key > $1.key }) {
                lines.append("\(corpus): warning: \(numac): the text of \(articles.prefix(12).joined(separator: ", "))\(articles.count > 12 ? " and \(articles.count - 12) more" : "") on \(at.iso) is not in the index (a Justel state that shows later words): not searched")
            }
            if found.unexamined > 0 {
                lines.append("\(corpus): warning: \(found.candidates) acts could hold these words on \(at.iso); only \(found.candidates - found.unexamined) were consolidated and searched: add words to narrow the search")
            }
            if !Report.quiet { Report.print(lines) }
        } else {
            hits = try index.search(words, limit: limit)
        }
        Report.output(hits.map { hit in
            "\(hit.numac ?? "-") art. \(hit.article)  \(hit.date?.iso ?? "")  \(hit.title ?? "")\n    \(hit.excerpt)"
                + (hit.uncertain.map { "\n    not certain on \(at?.iso ?? ""): \($0)" } ?? "")
        }.joined(separator: "\n") + (hits.isEmpty ? "" : "\n"))
        if hits.isEmpty {
            Report.print(["\(corpus): no article holds all of « \(words) »" + (at.map { " on \($0.iso)" } ?? "")])
            throw ExitCode.failure
        }
    }
}
