import ChronolexModel
import ChronolexTimeline
import Foundation

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

extension Check {
    /// The articles' words, one article per line: what the edit distance is measured on.
    public static func articlesText(_ act: Act) -> String {
        act.articles.map { TextRenderer.render($0) }.joined(separator: "\n")
    }

    /// The official text's side of `check`'s word distance, made before Chronolex's text is
    /// known (while the act is consolidated): its articles' words (``articlesText(_:)``)
    /// cut into tokens and each token numbered, and where each article's tokens stand.
    public struct OfficialWords: Sendable {
        /// The official text's words, as ``articlesText(_:)`` writes them.
        let bytes: [UInt8]
        let tokens: TokenizedText
        /// Each token's number: equal tokens, equal numbers (those of Chronolex's text
        /// are numbered by the same interner, after these).
        let ids: [Int32]
        let interner: TokenInterner
        /// Each article: its text's bytes in `bytes`, its tokens in `tokens`.
        let articles: [(text: Range<Int>, tokens: Range<Int>)]
        /// The first article of each number as written.
        let byNumber: [String: Int]

        public init(_ official: Act) {
            let texts = official.articles.map { TextRenderer.render($0) }
            let bytes = Array(texts.joined(separator: "\n").utf8)
            self.bytes = bytes
            tokens = TokenizedText(bytes: bytes)
            var interner = TokenInterner(capacity: tokens.count)
            ids = interner.ids(tokens)
            self.interner = interner
            // A token never spans the line break between two articles: each article's
            // tokens are those that start within its text.
            var articles: [(text: Range<Int>, tokens: Range<Int>)] = []
            articles.reserveCapacity(texts.count)
            var start = 0, token = 0
            for text in texts {
                let end = start + text.utf8.count
                let first = token
                while token < tokens.count, tokens.starts[token] < end { token += 1 }
                articles.append((start..<end, first..<token))
                start = end + 1
            }
            self.articles = articles
            byNumber = Dictionary(zip(official.articles.map(\.number), official.articles.indices), uniquingKeysWith: { first, _ in first })
        }
    }

    /// ``WordDiff/distance(_:_:)`` of the official text's words and `ours`'s
    /// (``articlesText(_:)``), the official side made beforehand.
    ///
    /// The same measure as cutting both whole texts into tokens (``DistanceCountTests``):
    /// a token never spans the line break between two articles, so the tokens of a whole
    /// text are those of its articles one after the other, and an article of `ours` whose
    /// words are an official article's, byte for byte (most of them), has that article's
    /// tokens and numbers; only the others are cut. Myers compares numbers for equality
    /// only; the changed words are counted from the same runs as ``WordDiff/runs(_:_:_:_:)``
    /// makes (a deleted run, then an inserted one, between two equal runs).
    ///
    /// - Complexity: that of ``WordDiff/diff(_:_:)`` on the whole texts, the cutting of
    ///   the official text and of the articles of `ours` that it has not set aside.
    public static func distance(_ official: OfficialWords, _ ours: Act) -> Double {
        let texts = ours.articles.map { TextRenderer.render($0) }
        var interner = official.interner
        var bytes: [UInt8] = []
        bytes.reserveCapacity(official.bytes.count + official.bytes.count / 8)
        var ids: [Int32] = [], starts: [Int] = [], ends: [Int] = []
        ids.reserveCapacity(official.ids.count + official.ids.count / 8)
        starts.reserveCapacity(ids.capacity)
        ends.reserveCapacity(ids.capacity)
        for (index, (article, text)) in zip(ours.articles, texts).enumerated() {
            if index > 0 { bytes.append(0x0A) }
            let offset = bytes.count
            bytes.append(contentsOf: text.utf8)
            let end = bytes.count
            if let same = official.sameText(as: bytes, offset..<end, at: index, number: article.number) {
                let from = official.articles[same]
                let shift = offset - from.text.lowerBound
                ids.append(contentsOf: official.ids[from.tokens])
                for token in from.tokens {
                    starts.append(official.tokens.starts[token] + shift)
                    ends.append(official.tokens.ends[token] + shift)
                }
            } else {
                let cut = TokenizedText(bytes: Array(bytes[offset..<end]))
                ids.append(contentsOf: interner.ids(cut))
                for token in 0..<cut.count {
                    starts.append(cut.starts[token] + offset)
                    ends.append(cut.ends[token] + offset)
                }
            }
        }
        let (deleted, inserted) = Myers.changes(official.ids, ids)
        // Each change: the deleted run's words then the inserted run's, cut again as the
        // runs' texts are (``WordDiff/distance(_:_:)``).
        func words(_ text: [UInt8], _ from: Int, _ to: Int) -> Int {
            TokenizedText(String(decoding: text[from..<to], as: UTF8.self)).count
        }
        let a = official.ids.count, b = ids.count
        var changed = 0
        var i = 0, j = 0
        while i < a || j < b {
            if i < a, j < b, !deleted[i], !inserted[j] {
                while i < a, j < b, !deleted[i], !inserted[j] { i += 1; j += 1 }
                continue
            }
            let firstDeleted = i
            while i < a, deleted[i] { i += 1 }
            let firstInserted = j
            while j < b, inserted[j] { j += 1 }
            if firstDeleted < i { changed += words(official.bytes, official.tokens.starts[firstDeleted], official.tokens.ends[i - 1]) }
            if firstInserted < j { changed += words(bytes, starts[firstInserted], ends[j - 1]) }
            if firstDeleted == i, firstInserted == j { break }
        }
        let total = a + b
        return total == 0 ? 0 : Double(changed) / Double(total)
    }
}

extension Check.OfficialWords {
    /// An official article whose words are `text[range]`, byte for byte: the one at
    /// `index`, else the first numbered `number`; `nil` when neither is.
    func sameText(as text: [UInt8], _ range: Range<Int>, at index: Int, number: String) -> Int? {
        func same(_ article: Int) -> Bool {
            let other = articles[article].text
            guard other.count == range.count else { return false }
            return other.isEmpty || text.withUnsafeBufferPointer { x in
                bytes.withUnsafeBufferPointer { y in memcmp(x.baseAddress! + range.lowerBound, y.baseAddress! + other.lowerBound, other.count) == 0 }
            }
        }
        if index < articles.count, same(index) { return index }
        if let other = byNumber[number], other != index, same(other) { return other }
        return nil
    }
}
