import ArgumentParser
import ChronolexAmendments
import ChronolexModel
import ChronolexWorkspace
import ChronolexReaders

/// `chronolex edits AMENDING... [--format text|json] [--keep-going]`: the edits that
/// amending acts make, read from their words.
struct EditsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "edits",
        abstract: "Read amending acts into typed edits (target act, unit, operation, text, effective date).",
        discussion: """
        An instruction that cannot be read is an error ('file:line: Art. N, 2°: …', exit 1). \
        With --keep-going it is listed as unread (with an 'error' field) and the exit code stays 0.

        Examples:
          chronolex edits Corpus/2022-bibliotheques-pret-numerique.md
          chronolex edits Corpus/2017-bibliotheques-modification.md --format json

        Prints one line per edit: where the instruction is, what it does to which unit of which act, from when.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    @Argument(help: "The amending acts to read.")
    var files: [String]

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .text

    @Flag(help: "List instructions that cannot be read as unread edits and exit 0.")
    var keepGoing = false

    @OptionGroup var output: OutputOptions

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        output.apply()
        let read = InstructionsRead(paths: files)
        Report.print(read.diagnostics)
        if read.unreadableFile || (read.hasErrors && !keepGoing) { throw ExitCode.failure }
        defer { Report.keepUntilExit(read) }
        switch format {
        case .json: Report.stream { EditRenderer.json(read.edits, to: $0, pretty: jsonOptions.pretty) }
        case .text: Report.output(EditRenderer.text(read.edits))
        }
    }
}
