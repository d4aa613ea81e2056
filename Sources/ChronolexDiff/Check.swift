import ChronolexModel
import ChronolexTimeline

/// What `check` reports: how many articles are identical, which diverge, the normalised
/// word edit distance over the whole act, and the divergences as a word diff.
public struct Check: Sendable {
    public var base: Act
    public var official: Act
    public var officialName: String
    public var comparison: OfficialComparison
    public var knownOn: LegalDate?
    /// Words changed over words in both texts.
    public var distance: Double
    public var diff: ActDiff

    public init(base: Act, official: Act, officialName: String, comparison: OfficialComparison, knownOn: LegalDate?, distance: Double, diff: ActDiff) {
        self.base = base
        self.official = official
        self.officialName = officialName
        self.comparison = comparison
        self.knownOn = knownOn
        self.distance = distance
        self.diff = diff
    }

    /// True when every article of the official text reads the same, and Chronolex has no other.
    public var agrees: Bool { comparison.divergent.isEmpty && comparison.extra.isEmpty }
}
