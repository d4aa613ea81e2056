import ArgumentParser
import ChronolexModel
import ChronolexReaders
import ChronolexXML
import Foundation

/// `chronolex bench html [PAGE]`: the Justel page reader on a real page (by default the
/// Code pénal of ../shared/corpus, the largest), beside the markdown reader on the same
/// act — the page's tree written as markdown by Chronolex — in the same run.
struct HTMLBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "html",
        abstract: "Read a Justel page, beside the markdown reader on the same act."
    )

    @Argument(help: "A Justel page (default: the Code pénal of ../shared/corpus).")
    var page = "../shared/corpus/justel-html/strafwetboek_fr.justel-old-layout.html"

    @Option(help: "How many runs; the median is reported.")
    var runs = 9

    func run() throws {
        guard let data = FileManager.default.contents(atPath: page) else {
            throw ValidationError("cannot read \(page) (the default needs ../shared beside the repository)")
        }
        let html = [UInt8](data)
        let first = ActReader.read(bytes: html, file: page)
        guard let act = first.act, !first.hasErrors else {
            Report.print(first.diagnostics.filter { $0.severity == .error })
            throw ExitCode.failure
        }
        let markdown = Array(MarkdownRenderer.render(act).utf8)

        func median(_ bytes: [UInt8], _ file: String) -> Double {
            Stopwatch.median(runs: runs) {
                let result = ActReader.read(bytes: bytes, file: file)
                precondition(result.act?.articles.count == act.articles.count, "the two readings differ")
            }
        }
        // libxml2 alone: the page parsed into its tree, nothing read from it.
        let libxml2Seconds = Stopwatch.median(runs: runs) { _ = try? HTMLPage(bytes: html, encoding: .utf8) }
        let htmlSeconds = median(html, page)
        let markdownSeconds = median(markdown, "same-act.md")
        let htmlMB = Double(html.count) / 1_000_000
        let markdownMB = Double(markdown.count) / 1_000_000
        func line(_ label: String, _ megabytes: Double, _ seconds: Double) -> String {
            "\(label) \(String(format: "%.2f", megabytes)) MB, median \(String(format: "%.1f ms", seconds * 1000)) over \(runs) runs -> \(String(format: "%.1f", megabytes / seconds)) MB/s"
        }
        print("act: \(act.articles.count) articles (\(act.metadata.title ?? page))")
        print(line("HTML page (libxml2 + reader):", htmlMB, htmlSeconds))
        print(line("  of which libxml2's parse:   ", htmlMB, libxml2Seconds))
        print(line("markdown of the same act:    ", markdownMB, markdownSeconds))
        print("ratio HTML / markdown, time for the same act: \(String(format: "%.2f", htmlSeconds / markdownSeconds))x")
    }
}
