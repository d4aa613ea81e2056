import Foundation
import ChronolexModel
@testable import ChronolexWorkspace
import Testing

/// Session 33: `Workspace.unsaidAmendments` read the instructions of every other act not read
/// as amending on every `consolidated()` call. Each act's reading is kept in the workspace:
/// the same answer, one reading per act.
@Suite("Acts that amend without saying so, read once")
struct UnsaidReadingCacheTests {
    @Test func theSameAnswerFromOneReading() throws {
        let workspace = Workspace(texts: [("base.md", OperationTests.base), ("omnibus.md", UnsaidAmendmentTests.omnibus)])
        let first = try workspace.consolidated(act: "2020200001").get().problems.map(\.diagnostic.description)
        #expect(workspace.otherActReadings.count == 1)
        let second = try workspace.consolidated(act: "2020200001").get().problems.map(\.diagnostic.description)
        let third = try workspace.consolidated(act: "2020200001", knownOn: LegalDate("2021-01-01")).get().problems.map(\.diagnostic.description)
        #expect(first == second && first == third)
        #expect(first.contains { $0.hasPrefix("omnibus.md:9: Art. 1: this act amends 2020200001") }, "\(first)")
        #expect(workspace.otherActReadings.count == 1)
    }

    /// A copy that reads one more act does not give the other copy its readings.
    @Test func copiesKeepTheirOwn() throws {
        let base = Workspace(texts: [("base.md", OperationTests.base)])
        var one = base
        one.add(text: UnsaidAmendmentTests.omnibus, name: "omnibus.md")
        var two = base
        two.add(text: OperationTests.base.replacingOccurrences(of: "2020200001", with: "2020200009"), name: "other.md")
        let said = try one.consolidated(act: "2020200001").get().problems.map(\.diagnostic.message)
        #expect(said.contains { $0.contains("does not say so") })
        let unsaid = try two.consolidated(act: "2020200001").get().problems.map(\.diagnostic.message)
        #expect(!unsaid.contains { $0.contains("does not say so") }, "\(unsaid)")
    }
}
