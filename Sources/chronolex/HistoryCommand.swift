import ArgumentParser
import ChronolexModel
import ChronolexWorkspace

/// `chronolex history FILES... [--act NUMAC] [--article N] [--format text|json]`
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every version of an act or of one article, oldest first, with who changed it.",
        discussion: """
        Examples:
          chronolex history Corpus --act 2015201234 --article 10
          chronolex history Corpus --act 2016202345 --format json

        Prints each version's period, the act and article that made it, its publication, then its text.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: ConsolidationOptions

    @OptionGroup var jsonOptions: JSONOptions

    @Option(help: "One article only.")
    var article: String?

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let article = try ArticleArgument.whole(article, command: "history")
        let run = try TimelineRun.make(options, article: article)
        switch run.history(article: article) {
        case .failure(let diagnostic):
            Report.print([diagnostic])
            throw ExitCode.failure
        case .success(let entries):
            // The act's own end (« cesse d'être en vigueur le … »): the last versions end with it.
            let end = run.timeline.end
            // The whole act's history lists the changes of its title and divisions too.
            let structure = article == nil ? run.structureChanges() : []
            switch format {
            case .text: Report.output(HistoryRenderer.text(entries, base: run.base, checkpoints: run.checkpoints, article: article, end: end, structure: structure))
            case .json: Report.output(HistoryRenderer.json(entries, base: run.base, checkpoints: run.checkpoints, pretty: jsonOptions.pretty, end: end,
                                                           structure: structure))
            }
        }
    }
}
