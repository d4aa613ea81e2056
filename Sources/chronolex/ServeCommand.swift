import ArgumentParser
import ChronolexIndex
import ChronolexServer
import Hummingbird

/// `chronolex serve [--corpus FILE | FILES…] [--port N] [--host ADDRESS]`.
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "The reading room: acts, versions, changes and their sources in a browser, on this machine.",
        discussion: """
        Serves an index (--corpus, built by 'chronolex index') or the acts given (read now), \
        read-only, on 127.0.0.1 by default. Open the address it prints.

        Examples:
          chronolex serve Corpus
          chronolex index Corpus --db corpus.sqlite
          chronolex serve --corpus corpus.sqlite --port 8090

        Prints the address to open (http://127.0.0.1:8080/, then /act/2015201234 for an act); \
        Ctrl-C stops it.
        """
    )

    @Argument(help: "Acts (files or directories), when there is no --corpus.")
    var inputs: [String] = []

    @Option(help: "An index built by 'chronolex index'.")
    var corpus: String?

    @Option(help: "The port.")
    var port = 8080

    @Option(help: "The address to listen on (127.0.0.1: this machine only).")
    var host = "127.0.0.1"

    func validate() throws {
        if (corpus == nil) == inputs.isEmpty { throw ValidationError("give an index (--corpus FILE) or acts (files or directories), not both") }
    }

    func run() async throws {
        let room: ReadingRoom
        do {
            if let corpus {
                room = ReadingRoom(index: try CorpusIndex.existing(path: corpus))
            } else {
                let (files, run) = try ReadingRoom.files(inputs)
                for (path, diagnostics) in run.unreadable { Report.print(["\(path): not read: \(diagnostics.split(separator: "\n").first ?? "")"]) }
                room = files
            }
        } catch {
            Report.print(["error: \(error)"])
            throw ExitCode.failure
        }
        let app = Application(router: Routes.router(room), configuration: .init(address: .hostname(host, port: port), serverName: "chronolex"))
        Report.print(["Chronolex reading room on http://\(host):\(port)/ (Ctrl-C to stop)"])
        try await app.runService()
    }
}
