import ChronolexAmendments
import ChronolexModel
import Testing

/// Instructions and clauses cut short: found by the fuzz31 sweep (every alinéa of the real
/// amending acts cut at every word, `CHRONOLEX_SWEEP=1`, see docs/development.md) and its
/// libFuzzer runs. Bad input gets an error or a safe reading, never a crash.
@Suite("Truncated instructions: an error, never a crash")
struct TruncatedInstructionTests {
    /// An alinéa ending on « la disposition suivante » (« les mots suivants »), nothing
    /// after: the normalizer looked for the quotation after the verb in a range whose start
    /// was past its end (« Range requires lowerBound <= upperBound »). Cut from
    /// 2019030053, art. 2.
    @Test("An alinéa ending on « … suivante(s) »", arguments: [
        "A l'article 4 du même arrêté, le a) est remplacé par la disposition suivante",
        "A l'article 4 du même arrêté, les mots suivants",
        "A l'article 4 du même arrêté, le mot suivant",
    ])
    func endingOnFollowing(_ instruction: String) {
        let result = edits(instruction)
        #expect(result.edits.count == 1)
        #expect(result.hasErrors, "\(result.diagnostics.map(\.message))")
    }
}
