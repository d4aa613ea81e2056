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
    /// synchronous and runs here, on the main actor's queue: one thread for the whole
    /// command (on Linux a thread Dispatch starts for the main queue, not the process's
    /// first one: `perf` shows it under `_dispatch_worker_thread`), not the threads of
    /// Swift's cooperative pool, where `AsyncParsableCommand.main` would run
    /// it, each with glibc arenas of its own opened a page or two at a time (19,700
    /// `mprotect` calls for `edits` of the bench's 100,000 instructions, 1,200 here:
    /// `strace -f -c`). Before it runs, its heap is opened in large steps and marked for
    /// huge pages (``HeapGrowth``).
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
