import ArgumentParser
import ChronolexDiff
import ChronolexModel
import ChronolexTimeline
import ChronolexWorkspace

/// `chronolex consolidate FILES|DIRS... [--act NUMAC] [--at DATE] [--as-known-on DATE]
/// [--article N] [--format text|markdown|json|justel|html] [--keep-going]`
struct ConsolidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "consolidate",
        abstract: "Print a base act as it stood on a date, its amending acts applied.",
        discussion: """
        Edits apply in the order of their effective dates, then of publication, then of the \
        acts' own dates, then of the texts. Any edit that cannot be applied is an error \
        (exit 1, nothing printed) unless --keep-going.

        Examples:
          chronolex consolidate Corpus --act 2015201234 --at 2024-01-01
          chronolex consolidate Corpus --act 2015201234 --at 2024-01-01 --article 10
          chronolex consolidate Corpus --act 2015201234 --as-known-on 2021-01-15
          chronolex consolidate Corpus --act 2015201234 --format justel --article 9

        Prints the act's text on that date (or one article), in the format asked.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, markdown, json, justel, html
    }

    @OptionGroup var options: ConsolidationOptions

    @Option(help: "The date of the text (valid time): 2021-06-01, 01/06/2021 or \"1 juin 2021\"; today by default.", transform: DateArgument.parse)
    var at: LegalDate?

    @Option(help: "Take into account only the acts published on or before this date (same formats).", transform: DateArgument.parse)
    var asKnownOn: LegalDate?

    @Option(help: "Print this article or unit alone, with its heading path: 3, art. 3, \"3, § 2\", \"art. 3, § 2, al. 2\", \"8, 2°, e)\".")
    var article: String?

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        // "3", "art. 3", "3, § 2", "article 3, § 2, alinéa 2", "8, 2°, e)".
        var unit: Address?
        if let article {
            switch Address.lenient(article) {
            case .success(let address): unit = address
            case .failure(let error):
                Report.print([Diagnostic.error("--article \(article): \(error.message); write 3, art. 3, 3, § 2, art. 3, § 2, al. 2 or article 3, § 2, alinéa 2",
                                               file: "--article", line: nil)])
                throw ExitCode.failure
            }
        }
        let date = at ?? TimelineRun.today
        let run = try TimelineRun.make(options, knownOn: asKnownOn, article: unit?.article, at: [date])
        // Before the act is in force there is no text to print: said, not printed empty.
        if run.timeline.start != Timeline.earliest, date < run.timeline.start, article == nil {
            Report.print([Diagnostic.error("the act is not in force on \(date.iso): it is in force from \(run.timeline.start.iso)", file: run.base.file ?? "input", line: nil)])
            throw ExitCode.failure
        }
        // After the act's own end (« cesse d'être en vigueur le … »): said, not printed as law.
        if article == nil, let ended = run.timeline.ended(at: date) {
            Report.print([Diagnostic.error(ended, file: run.base.file ?? "input", line: nil)])
            throw ExitCode.failure
        }
        var act = run.timeline.act(at: date)
        if let unit {
            switch run.article(unit.article, at: date) {
            case .success(let version):
                switch version.article.narrowed(to: unit) {
                case .success(let narrowed): act.body = [.article(narrowed)]
                case .failure(let missing):
                    Report.print([Diagnostic.error("\(missing) on \(date.iso)", file: run.base.file ?? "input", line: nil)])
                    throw ExitCode.failure
                }
            case .failure(let diagnostic):
                Report.print([diagnostic])
                throw ExitCode.failure
            }
        }
        // Under --keep-going, what was skipped is also written into the JSON (not only on stderr).
        let skipped = options.keepGoing && format == .json
            ? run.report(keepGoing: true, article: unit?.article, at: [date]).filter(\.skipped) : []
        Report.stream { render(act, run.timeline, date: date, single: article != nil, unit: unit, skipped: skipped, to: $0) }
        Report.keepUntilExit((act, run))
    }

    /// Writes the act to `sink` as its tree is walked (justel and html: as one string).
    private func render(_ act: Act, _ timeline: Timeline, date: LegalDate, single: Bool, unit: Address?, skipped: [Diagnostic], to sink: OutputSink) {
        switch format {
        case .text:
            if single, case .article(let article)? = act.body.first { return TextRenderer.render(article, language: act.metadata.language, to: sink) }
            TextRenderer.render(act, to: sink)
        case .markdown:
            MarkdownRenderer.render(act, to: sink)
        case .json:
            ConsolidationJSON.render(act, timeline, at: date, knownOn: asKnownOn, notApplied: skipped, to: sink, pretty: jsonOptions.pretty)
            sink.write("\n")
        case .justel:
            let file = timeline.base.file ?? "input"
            sink.write(JustelRenderer.render(act, timeline, at: date, single: single) { Report.print([Diagnostic.warning($0, file: file, line: nil)]) })
        case .html:
            sink.write(ConsolidatedHTML.render(act, timeline: timeline, at: date, knownOn: asKnownOn, article: unit?.article))
        }
    }
}
