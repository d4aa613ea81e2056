import ArgumentParser
import ChronolexIndex
import ChronolexModel
import Foundation

/// `chronolex index DIR… [--db FILE]`: every act under the folders into one SQLite index.
struct IndexCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Index every act under folders: metadata, articles, and which act amends which.",
        discussion: """
        Reads the .md, .txt and .html files under each folder on every core and stores them \
        in one SQLite database; a second run reads only the files that changed, and drops \
        those that are gone. Files that are not acts are listed at the end, never stop the run.

        Examples:
          chronolex index Corpus --db corpus.sqlite
          chronolex index Corpus ../shared/corpus --db corpus.sqlite

        Prints what it did: files read, unchanged and removed, MB/s, the files that are not \
        acts (with their errors) and the citations it could not resolve.
        """
    )

    @Argument(help: "Folders (or files) of acts.")
    var folders: [String]

    @Option(help: "The index file (created if absent).")
    var db = "chronolex.sqlite"

    /// One line, rewritten in place: files done / total, MB/s, time left.
    @Sendable static func printProgress(_ progress: IndexProgress) {
        let mb = Double(progress.bytes) / 1_000_000
        let rate = progress.seconds > 0 ? mb / progress.seconds : 0
        let left = progress.done > 0 ? progress.seconds * Double(progress.total - progress.done) / Double(progress.done) : 0
        let line = "\r\(progress.done)/\(progress.total) files, " + String(format: "%.1f", rate) + " MB/s, \(Int(left)) s left   "
        FileHandle.standardError.write(Data(line.utf8))
    }

    func run() throws {
        // A mistyped folder must not empty the index (the acts of files that are gone are taken out).
        let missing = folders.filter { !FileManager.default.fileExists(atPath: $0) }
        if !missing.isEmpty {
            Report.print(missing.map { Diagnostic.error("no such file or directory: nothing indexed, the index is unchanged", file: $0, line: nil) })
            throw ExitCode.failure
        }
        let index = try CorpusIndex(path: db)
        let terminal = isatty(STDERR_FILENO) != 0
        let run = try index.update(folders: folders, progress: terminal ? Self.printProgress : nil)
        if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        for (path, diagnostics) in run.unreadable {
            Report.print(["\(path): not indexed:", diagnostics.split(separator: "\n").map { "  " + $0 }.joined(separator: "\n")])
        }
        let mb = Double(run.bytes) / 1_000_000
        let rate = run.seconds > 0 ? mb / run.seconds : 0
        let figures = String(format: "%.1f MB in %.1f s, %.1f MB/s", mb, run.seconds, rate)
        Report.output("\(db): \(run.files) files (\(run.read) read, \(figures); \(run.unchanged) unchanged; \(run.touched) touched; "
            + "\(run.removed) removed); \(run.unreadable.count) not acts; \(run.unresolved) citations unresolved, \(run.ambiguous) ambiguous\n")
    }
}
