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
}
