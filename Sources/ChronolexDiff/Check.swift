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
    /// The instructions that could not be applied by the date compared (`--keep-going`):
    /// the text compared lacks what they change, so an article found identical proves less
    /// (look 31: « 7 of 7 articles identical » with one skipped, said on stderr only).
    public var notApplied = 0

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
    /// cut into tokens, and where each article's text and tokens stand.
    public struct OfficialWords: Sendable {
        /// The official text's words, as ``articlesText(_:)`` writes them.
        let bytes: [UInt8]
        let tokens: TokenizedText
        /// Each article: its text's bytes in `bytes`, its tokens in `tokens`.
        let articles: [(text: Range<Int>, tokens: Range<Int>)]
        /// The first article of each number as written.
        let byNumber: [String: Int]
        /// The articles themselves: an equal article of ours has the same words.
        let values: [Article]

        public init(_ official: Act) {
            values = official.articles
            let texts = values.map { TextRenderer.render($0) }
            let bytes = Array(texts.joined(separator: "\n").utf8)
            self.bytes = bytes
            tokens = TokenizedText(bytes: bytes)
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
            byNumber = Dictionary(zip(values.map(\.number), values.indices), uniquingKeysWith: { first, _ in first })
        }

        /// An official article whose words are `text[range]`, byte for byte: the one at
        /// `index`, else the first numbered `number`; `nil` when neither is.
        func sameText(as text: [UInt8], _ range: Range<Int>, at index: Int, number: String) -> Int? {
            if index < articles.count, sameBytes(text, range, bytes, articles[index].text) { return index }
            if let other = byNumber[number], other != index, sameBytes(text, range, bytes, articles[other].text) { return other }
            return nil
        }
    }

    /// ``WordDiff/distance(_:_:)`` of the official text's words and `ours`'s
    /// (``articlesText(_:)``), the official side cut beforehand.
    ///
    /// The same measure as cutting both whole texts into tokens (``DistanceCountTests``):
    /// a token never spans the line break between two articles, so the tokens of a whole
    /// text are those of its articles one after the other, and an article of `ours` whose
    /// words are an official article's, byte for byte (most of them), has that article's
    /// tokens; only the others are cut. Myers compares tokens by number, for equality
    /// only, and sets aside the longest run of equal tokens at the start, then at the end,
    /// before it looks at anything else: the articles both texts start and end with, the
    /// same bytes in the same places, are given numbers of their own, the same in both
    /// texts and unlike any other (their words are not looked up), unless the equal tokens
    /// that follow them run to the end of the changed stretch of either text, where Myers
    /// would set aside more; then every token is numbered by its words. The changed words
    /// are counted from the same runs as ``WordDiff/runs(_:_:_:_:)`` makes (a deleted run,
    /// then an inserted one, between two equal runs), cut again as their texts are.
    ///
    /// - Complexity: that of ``WordDiff/diff(_:_:)`` on the whole texts, the cutting of
    ///   the official text and of the articles of `ours` that it has not set aside.
    public static func distance(_ official: OfficialWords, _ ours: Act) -> Double {
        compare(official, ours, settingAside: true).distance
    }

    /// The distance, and the tokens Myers found deleted and inserted; `settingAside`
    /// false numbers every token by its words (for the tests: the same marks).
    static func compare(_ official: OfficialWords, _ ours: Act, settingAside: Bool) -> (distance: Double, deleted: [Bool], inserted: [Bool]) {
        let articles = ours.articles
        let count = articles.count
        var bytes: [UInt8] = []
        bytes.reserveCapacity(official.bytes.count + official.bytes.count / 8)
        var textRanges: [Range<Int>] = []
        textRanges.reserveCapacity(count)
        for (index, article) in articles.enumerated() {
            if index > 0 { bytes.append(0x0A) }
            let offset = bytes.count
            if index < official.values.count, article == official.values[index] {
                // The official article itself (most of them): its words as written there.
                bytes.append(contentsOf: official.bytes[official.articles[index].text])
            } else {
                bytes.append(contentsOf: TextRenderer.render(article).utf8)
            }
            textRanges.append(offset..<bytes.count)
        }
        // The official article each of ours reads as, byte for byte.
        let same = textRanges.indices.map { official.sameText(as: bytes, textRanges[$0], at: $0, number: articles[$0].number) }
        // The articles both texts start with, and end with (from the end).
        let shorter = min(count, official.articles.count)
        var prefix = 0
        while prefix < shorter, same[prefix] == prefix { prefix += 1 }
        var suffix = 0
        while prefix + suffix < shorter,
              sameBytes(bytes, textRanges[count - 1 - suffix], official.bytes, official.articles[official.articles.count - 1 - suffix].text) {
            suffix += 1
        }
        var numbering = Numbering(official: official, ours: bytes)
        // Our articles' tokens: an official article's, or cut here (their places in `bytes`).
        var cut: [Int: TokenizedText] = [:]
        var tokenStarts: [Int] = [0]
        tokenStarts.reserveCapacity(count + 1)
        for index in textRanges.indices {
            let tokenCount: Int
            if let from = same[index] {
                tokenCount = official.articles[from].tokens.count
            } else {
                let tokens = TokenizedText(bytes: Array(bytes[textRanges[index]]))
                cut[index] = tokens
                tokenCount = tokens.count
            }
            tokenStarts.append(tokenStarts[index] + tokenCount)
        }
        func numbers(settingAside setAside: Bool) -> (old: [Int32], new: [Int32])? {
            let (prefix, suffix) = setAside ? (prefix, suffix) : (0, 0)
            let officialCount = official.articles.count
            let shared = official.articles[..<prefix].reduce(0) { $0 + $1.tokens.count }
            let sharedEnd = official.articles[(officialCount - suffix)...].reduce(0) { $0 + $1.tokens.count }
            var old = [Int32](repeating: 0, count: official.tokens.count)
            var new = [Int32](repeating: 0, count: tokenStarts[count])
            // Numbers of their own, below those of words (from 0).
            for token in 0..<shared { old[token] = Int32(-1 - token); new[token] = Int32(-1 - token) }
            for back in 0..<sharedEnd {
                old[old.count - 1 - back] = Int32(-1 - shared - back)
                new[new.count - 1 - back] = Int32(-1 - shared - back)
            }
            for article in prefix..<(officialCount - suffix) {
                numbering.number(article)
                let tokens = official.articles[article].tokens
                old.replaceSubrange(tokens, with: numbering.official[tokens])
            }
            for index in prefix..<(count - suffix) {
                let place = tokenStarts[index]..<tokenStarts[index + 1]
                if let from = same[index] {
                    numbering.number(from)
                    new.replaceSubrange(place, with: numbering.official[official.articles[from].tokens])
                } else if let tokens = cut[index] {
                    let base = textRanges[index].lowerBound
                    for token in 0..<tokens.count {
                        new[place.lowerBound + token] = numbering.number(inOurs: true, base + tokens.starts[token], base + tokens.ends[token])
                    }
                }
            }
            guard setAside, prefix + suffix > 0 else { return (old, new) }
            // Myers would set aside the equal tokens after the shared articles as well: were
            // they to run to the end of either changed stretch, it would go on into the
            // shared end, whose numbers are not those of its words.
            var equal = shared
            while equal < old.count - sharedEnd, equal < new.count - sharedEnd, old[equal] == new[equal] { equal += 1 }
            return equal == old.count - sharedEnd || equal == new.count - sharedEnd ? nil : (old, new)
        }
        guard let (old, new) = numbers(settingAside: settingAside) ?? numbers(settingAside: false) else { return (0, [], []) }
        let (deleted, inserted) = Myers.changes(old, new)
        // Where a token of ours stands in `bytes`.
        func place(_ token: Int) -> (start: Int, end: Int) {
            var low = 0, high = count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if tokenStarts[middle] <= token { low = middle } else { high = middle - 1 }
            }
            let local = token - tokenStarts[low], base = textRanges[low].lowerBound
            if let from = same[low] {
                let shift = base - official.articles[from].text.lowerBound
                let index = official.articles[from].tokens.lowerBound + local
                return (official.tokens.starts[index] + shift, official.tokens.ends[index] + shift)
            }
            let tokens = cut[low]!
            return (base + tokens.starts[local], base + tokens.ends[local])
        }
        // Each change: the deleted run's words then the inserted run's, cut again as the
        // runs' texts are (``WordDiff/distance(_:_:)``).
        func words(_ text: [UInt8], _ from: Int, _ to: Int) -> Int {
            TokenizedText(String(decoding: text[from..<to], as: UTF8.self)).count
        }
        let a = old.count, b = new.count
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
            if firstInserted < j { changed += words(bytes, place(firstInserted).start, place(j - 1).end) }
            if firstDeleted == i, firstInserted == j { break }
        }
        let total = a + b
        return (total == 0 ? 0 : Double(changed) / Double(total), deleted, inserted)
    }

    /// Equal tokens, equal numbers (from 0): by FNV hash, the bytes compared on every hit
    /// (as ``TokenInterner``), for the tokens of the official articles, numbered an
    /// article at a time when needed, and for any other bytes.
    struct Numbering {
        let words: OfficialWords
        /// Our text's words.
        let ours: [UInt8]
        /// The number of each official token, once its article is numbered.
        private(set) var official: [Int32]
        private var numbered: [Bool]
        private var byHash: [UInt64: Int32] = [:]
        /// The first token of each number: in our text or the official one, its bytes.
        private var representatives: [(inOurs: Bool, start: Int, end: Int)] = []
        private var byBytes: [[UInt8]: Int32] = [:]

        init(official words: OfficialWords, ours: [UInt8]) {
            self.words = words
            self.ours = ours
            official = [Int32](repeating: 0, count: words.tokens.count)
            numbered = [Bool](repeating: false, count: words.articles.count)
            byHash.reserveCapacity(min(words.tokens.count, 1 << 16))
        }

        mutating func number(_ article: Int) {
            guard !numbered[article] else { return }
            numbered[article] = true
            for token in words.articles[article].tokens {
                official[token] = number(inOurs: false, words.tokens.starts[token], words.tokens.ends[token])
            }
        }

        mutating func number(inOurs: Bool, _ start: Int, _ end: Int) -> Int32 {
            let text = inOurs ? ours : words.bytes
            let hash = text.withUnsafeBufferPointer { fnv1a($0, start..<end) }
            if let id = byHash[hash] {
                let other = representatives[Int(id)]
                if sameBytes(text, start..<end, other.inOurs ? ours : words.bytes, other.start..<other.end) { return id }
                let bytes = Array(text[start..<end])
                if let id = byBytes[bytes] { return id }
                let new = Int32(truncatingIfNeeded: representatives.count)
                representatives.append((inOurs, start, end))
                byBytes[bytes] = new
                return new
            }
            let id = Int32(truncatingIfNeeded: representatives.count)
            byHash[hash] = id
            representatives.append((inOurs, start, end))
            return id
        }
    }
}

/// True when `x[a]` and `y[b]` are the same bytes.
private func sameBytes(_ x: [UInt8], _ a: Range<Int>, _ y: [UInt8], _ b: Range<Int>) -> Bool {
    guard a.count == b.count else { return false }
    return a.isEmpty || x.withUnsafeBufferPointer { x in
        y.withUnsafeBufferPointer { y in memcmp(x.baseAddress! + a.lowerBound, y.baseAddress! + b.lowerBound, a.count) == 0 }
    }
}
