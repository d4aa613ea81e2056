import ArgumentParser
import ChronolexModel
import ChronolexWorkspace

/// `chronolex history FILES... [--act NUMAC] [--article N] [--format text|json]`
struct HistoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "history",
        abstract: "List every version of an act or of one article, oldest first, with who changed it."
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: ConsolidationOptions

    @OptionGroup var jsonOptions: JSONOptions

    @Option(help: "One article only.")
    var article: String?

    @Option(help: "text or json.")
    var format: Format = .text

    func run() throws {
        let run = try TimelineRun.make(options, article: article)
        switch run.history(article: article) {
        case .failure(let diagnostic):
            Report.print([diagnostic])
            throw ExitCode.failure
        case .success(let entries):
            switch format {
            case .text: Report.output(HistoryRenderer.text(entries, base: run.base))
            case .json: Report.output(HistoryRenderer.json(entries, base: run.base, pretty: jsonOptions.pretty))
            }
        }
    }
}
