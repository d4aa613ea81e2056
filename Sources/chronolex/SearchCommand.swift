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
        Every word must stand in the article (accents and case ignored). With --at, each \
        article found is consolidated on that date and kept only if the words still stand in it.

        Examples:
          chronolex index Corpus --db corpus.sqlite
          chronolex search --corpus corpus.sqlite "aire de jeux" --at 2020-01-01
          chronolex search --corpus corpus.sqlite "prêt numérique" --limit 5

        Prints one article per line (numac, article, date and title of its act), then the words \
        around the match, the words found in [brackets].
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
        var hits = try index.search(words, limit: limit)
        if let at {
            let terms = CorpusIndex.searchTerms(words)
            hits = hits.filter { hit in
                guard let numac = hit.numac, let selection = try? index.selection(numac: numac),
                      case .success(let consolidated) = Workspace(paths: selection.paths).consolidated(act: numac),
                      case .success(let version) = consolidated.article(hit.article, at: at) else { return false }
                let text = Folding.fold(TextRenderer.render(version.article))
                return terms.allSatisfy { text.contains($0) }
            }
        }
        Report.output(hits.map { "\($0.numac ?? "-") art. \($0.article)  \($0.date?.iso ?? "")  \($0.title ?? "")\n    \($0.excerpt)" }.joined(separator: "\n") + (hits.isEmpty ? "" : "\n"))
        if hits.isEmpty { throw ExitCode.failure }
    }
}
