import ChronolexModel
import Testing
@testable import ChronolexAmendments

/// Look 30 (probes on a frozen build of the session-32 state, docs/real-legislation.md):
/// each case was read without a word, the text coming out wrong; each is now right or said.
@Suite("Look 30: exceptions dated by a plural relative clause, clauses that move or rewrite an article")
struct Look30Tests {
    func dates(_ clause: String) -> (EditsResult, [String: String]) { EntryIntoForceTests().dates(clause) }

    /// « …, à l'exception de l'article 1er, 2°, et de l'article 2, qui entrent en vigueur le
    /// … »: the plural dates both; the 2° was left pending for good, with a warning that no
    /// clause dated it.
    @Test func aPluralRelativeClauseDatesEveryPartBeforeIt() {
        let (result, map) = dates("Le présent arrêté produit ses effets le 1er janvier 2024, à l'exception de l'article 1er, 2°, et de l'article 2, qui entrent en vigueur le 1er juillet 2024.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2024-01-01 retro", "art. 1, 2°": "2024-07-01", "art. 2": "2024-07-01"])
    }

    /// The singular dates the last part only; the one before is excepted without a date,
    /// which is said (as before).
    @Test func aSingularRelativeClauseDatesTheLastPartOnly() {
        let (_, map) = dates("Le présent arrêté produit ses effets le 1er janvier 2024, à l'exception de l'article 1er, 2°, et de l'article 2, qui entre en vigueur le 1er juillet 2024.")
        #expect(map["art. 2"] == "2024-07-01")
        #expect(map["art. 1, 2°"]?.hasPrefix("pending") == true, "\(map)")
    }

    /// « à l'exception de l'article 1er et de l'article 2, qui entrent … » was refused
    /// (« expected "entre en vigueur" »).
    @Test func twoArticlesEachWithItsDeterminer() {
        let (result, map) = dates("Le présent arrêté entre en vigueur le 1er février 2024, à l'exception de l'article 1er et de l'article 2, qui entrent en vigueur le 1er juillet 2024.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2024-07-01", "art. 1, 2°": "2024-07-01", "art. 2": "2024-07-01"])
    }

    /// A plural after a group of several parts may or may not reach the group before: not
    /// certain, an error.
    @Test func aPluralAfterSeveralPartsIsNotCertain() {
        let (result, _) = dates("Le présent arrêté entre en vigueur le 1er février 2024, à l'exception de l'article 2, et de l'article 1er, 1° et 2°, qui entrent en vigueur le 1er juillet 2024.")
        #expect(result.diagnostics.contains { $0.severity == .error && $0.message.contains("not certain") }, "\(result.diagnostics)")
    }

    /// The Dutch plural, « en van artikel 2, die in werking treden op … ».
    @Test func theDutchPlural() {
        let (result, map) = dates("Dit besluit treedt in werking op 1 februari 2024, met uitzondering van artikel 1, 2°, en van artikel 2, die in werking treden op 1 juli 2024.")
        #expect(!result.hasErrors, "\(result.diagnostics)")
        #expect(map == ["art. 1, 1°": "2024-02-01", "art. 1, 2°": "2024-07-01", "art. 2": "2024-07-01"])
    }
}
