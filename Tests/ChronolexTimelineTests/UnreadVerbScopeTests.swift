import Foundation
import ChronolexModel
import ChronolexWorkspace
import Testing

/// Session 33: an unreadable verb after a known place (« Dans l'article 4, les mots « … »
/// sont bidouillés par … ») stopped every article of the consolidation, as an error whose
/// target is unknown. What it can change is in that article: the error is scoped to it (a
/// counted note for another article asked for). Where the unread words name another unit,
/// or the place is a range, it still reaches everything.
@Suite("An unread verb after a known place, scoped to that place")
struct UnreadVerbScopeTests {
    static func consolidated(_ instruction: String) throws -> Consolidated {
        try Workspace(texts: [("base.md", OperationTests.base), ("amending.md", OperationTests.amending("**Art. 1er.** " + instruction))])
            .consolidated(act: "2020200001").get()
    }

    static let after = [LegalDate("2021-06-01")!]

    @Test(arguments: [
        "Dans l'article 4 du même arrêté, les mots « département » sont bidouillés par les mots « service ».",
        "Dans l'article 4, alinéa 2, du même arrêté, le mot « public » est bidouillé.",
        "Dans l'article 4 du même arrêté, l'alinéa 2 est bidouillé.",
    ])
    func scopedToTheArticle(_ instruction: String) throws {
        let consolidated = try Self.consolidated(instruction)
        let errors = consolidated.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1 && errors[0].message.hasPrefix("matches no known instruction form"), "\(errors)")
        #expect(consolidated.failed(article: "4", at: Self.after))
        #expect(consolidated.failed)
        #expect(!consolidated.failed(article: "3", at: Self.after))
        let report = consolidated.report(keepGoing: false, article: "3", at: Self.after).map(\.message)
        #expect(report == ["1 error(s) in instructions aimed at other articles: they do not affect art. 3 (run without --article to see them)"], "\(report)")
    }

    /// The unread words name another article, or the place is a range of articles: every
    /// article still fails.
    @Test(arguments: [
        "Dans l'article 4 du même arrêté, les mots « département » sont transférés à l'article 5.",
        "Dans l'article 4 du même arrêté, les mots « département » sont transférés au chapitre 2.",
        "Dans les articles 3 à 4 du même arrêté, les mots « département » sont bidouillés par les mots « service ».",
    ])
    func stillEverything(_ instruction: String) throws {
        let consolidated = try Self.consolidated(instruction)
        #expect(consolidated.diagnostics.contains { $0.severity == .error }, "\(consolidated.diagnostics)")
        #expect(consolidated.failed(article: "3", at: Self.after))
    }

    /// `edits` prints the unread instruction as before: its place is the scope's, not a target.
    @Test func theEditIsListedAsBefore() throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base),
                                          ("amending.md", OperationTests.amending("**Art. 1er.** Dans l'article 4 du même arrêté, les mots « département » sont bidouillés par les mots « service »."))])
        let unread = try #require(workspace.edits.first { $0.error != nil })
        #expect(unread.change == nil && unread.target.isWholeAct)
    }
}
