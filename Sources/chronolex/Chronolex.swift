import ArgumentParser

/// The `chronolex` command: reads Belgian acts and, in later stages, their amendments.
@main
struct Chronolex: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "chronolex",
        abstract: "Read, consolidate and compare Belgian legislation.",
        discussion: """
        Errors are printed on stderr as 'file:line: [Art. N: ]message' and make the \
        command exit with 1; warnings ('file:line: warning: …') leave the exit code at 0.
        """,
        version: "chronolex 0.9.0",
        subcommands: [ParseCommand.self, EditsCommand.self, ConsolidateCommand.self, HistoryCommand.self, ExplainCommand.self, DiffCommand.self, CheckCommand.self,
                      IndexCommand.self, ActsCommand.self, SearchCommand.self, ServeCommand.self]
    )

    /// Parses the arguments and runs the command asked for. Every command but `serve` is
    /// synchronous and runs here, on the process's main thread — not on a thread of Swift's
    /// cooperative pool, where `AsyncParsableCommand.main` would run it: glibc's `malloc`
    /// gives the main thread the main arena, grown by 128 KB at a time, where a pool
    /// thread's arena was opened by `mprotect` a page or two at a time (19,700 calls for
    /// `edits` of the bench's 100,000 instructions, 1,200 on the main thread: `strace -f -c`).
    @MainActor
    static func main() async {
        do {
            var command = try await asyncParseAsRoot()
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                // Large acts, large trees: heaps opened in large steps, in huge pages.
                HeapGrowth.padHeaps()
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}
