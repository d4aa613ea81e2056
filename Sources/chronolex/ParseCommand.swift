import ArgumentParser
import ChronolexModel
import ChronolexReaders
import ChronolexXML

/// `chronolex parse FILE... [--format outline|json|markdown|text|html]`
struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Read acts and print their structure or their text.",
        discussion: """
        The format of each file (markdown with YAML front matter, plain eJustice text, or a \
        Justel page) is detected. Output goes to stdout only when every file was read without error.

        Examples:
          chronolex parse Corpus/2015-bibliotheques.md
          chronolex parse Corpus/2016-aires-de-jeux.md --format text
          chronolex parse Corpus/2015-bibliotheques.md --no-excerpt

        Prints one line per unit (its address, a tab, its first words), or the act in the format asked.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case outline, json, markdown, text, html
    }

    @Argument(help: "The acts to read.")
    var files: [String]

    @Option(help: "What to print: \(Format.allCases.map(\.rawValue).joined(separator: ", ")).")
    var format: Format = .outline

    @Flag(help: "In outline, print only the addresses (no excerpt).")
    var noExcerpt = false

    func validate() throws {
        if files.count > 1, format == .markdown || format == .html {
            throw ValidationError("--format \(format.rawValue) prints one act: give one file")
        }
    }

    @OptionGroup var output: OutputOptions

    @OptionGroup var jsonOptions: JSONOptions

    func run() throws {
        output.apply()
        var acts: [Act] = []
        var diagnostics: [Diagnostic] = []
        for file in files {
            let result = ActReader.read(path: file)
            diagnostics += result.diagnostics
            if let act = result.act, !result.hasErrors { acts.append(act) }
        }
        Report.print(diagnostics)
        if diagnostics.contains(where: { $0.severity == .error }) { throw ExitCode.failure }
        Report.stream { render(acts, to: $0) }
        Report.keepUntilExit(acts)
    }

    /// Writes the acts to `sink` as their trees are walked.
    private func render(_ acts: [Act], to sink: OutputSink) {
        switch format {
        case .outline:
            for (index, act) in acts.enumerated() {
                if index > 0 { sink.write("\n") }
                if acts.count > 1 { sink.write("# \(act.file ?? "")\n") }
                OutlineRenderer.render(act, excerptLength: noExcerpt ? 0 : 60, to: sink)
            }
        case .text:
            for (index, act) in acts.enumerated() {
                if index > 0 { sink.write("\n") }
                TextRenderer.render(act, to: sink)
            }
        case .json:
            let renderer = JSONRenderer()
            if acts.count == 1 { return renderer.render(acts[0], to: sink, pretty: jsonOptions.pretty) }
            var writer = JSONWriter(sink: sink, pretty: jsonOptions.pretty)
            writer.beginArray()
            for act in acts { renderer.write(act, to: &writer) }
            writer.endArray()
            sink.write("\n")
        case .markdown:
            MarkdownRenderer.render(acts[0], to: sink)
        case .html:
            HTMLRenderer.write(acts[0], to: sink)
        }
    }
}
